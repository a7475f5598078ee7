// Excel in an Azerbaijani locale saves "CSV" in Windows-1254, which has no "ə": it writes "?".
// Such a file still opens, and its description (shown under the title) says which names lost
// letters and how to keep them; a "?" in a link or a question is no such loss.
import { describe, expect, it } from 'vitest';
import { lostLetterWords } from '../../../src/data/text-encoding';
import { encodeCodePage } from '../../support/code-page';
import { openBytes } from '../../support/open-file';

const HEADER =
  'date;title;type;place_city;place_country;host_country;guest_country;participants;sectors;sources';
const row = (who: string, source: string) =>
  `12.02.2025;Görüş in Bakı;meeting;Bakı;AZ;AZ;RS;"${who} (Nazir, AZ); Marko Djuric (Minister, RS)";Energy;${source}`;

describe('lostLetterWords', () => {
  it('finds the words where "?" stands for a letter', () => {
    expect(lostLetterWords('?lham ?liyev met M?mm?dov; ?liyev again')).toEqual([
      '?lham',
      '?liyev',
      'M?mm?dov',
    ]);
  });

  it('leaves out links, questions and lone marks', () => {
    const text =
      'See https://president.az/en/articles/view?id=5 and www.mfa.gov.rs/x?lang=en. Why? Yes ? no.';
    expect(lostLetterWords(text)).toEqual([]);
  });
});

describe('a Windows-1254 CSV that lost "ə"', () => {
  it('opens with its engagements, and the description names the names and the remedy', async () => {
    const csv = [HEADER, row('Şahin M?mm?dov', 'Report, 2025-02-12, Görüş'), ''].join('\r\n');
    const opened = await openBytes('görüş.csv', encodeCodePage(csv, 'windows-1254'));
    if (!opened.ok) throw new Error(`${opened.message}\n${opened.problems.join('\n')}`);
    expect(opened.dataset.events).toHaveLength(1);
    expect(opened.dataset.people.map((p) => p.name)).toContain('Şahin M?mm?dov');
    const description = opened.dataset.meta.description ?? '';
    expect(description).toContain('Some letters were lost before it was opened');
    expect(description).toContain('"M?mm?dov"');
    expect(description).toContain('save it as CSV UTF-8 or open the .xlsx itself');
  });

  it('says nothing of the kind for a CSV whose names are whole', async () => {
    const csv = [HEADER, row('Şahin Məmmədov', 'https://report.az/x?id=1'), ''].join('\n');
    const opened = await openBytes('whole.csv', new TextEncoder().encode(csv));
    if (!opened.ok) throw new Error(`${opened.message}\n${opened.problems.join('\n')}`);
    expect(opened.dataset.meta.description).toBe('Imported from whole.csv.');
  });
});
