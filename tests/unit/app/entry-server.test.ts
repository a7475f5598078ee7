// What the build bakes into index.html (src/app/entry-server.tsx), rendered in Node as the
// build does: the default dashboard from the shipped data, or a failed build that lists what
// is wrong with it.
import { describe, expect, it } from 'vitest';
import { bakeDashboard } from '../../../src/app/entry-server';
import { fixtureJson } from '../../support/dataset';

describe('the baked dashboard', () => {
  it('renders the headline, every view title and the visit bars from the dataset', async () => {
    const { html, datasetJson } = await bakeDashboard(fixtureJson());
    const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Engagements 16');
    for (const title of ['Visit frequency', 'Cooperation by sector and year', 'People involved']) {
      expect(text).toContain(title);
    }
    expect(html).toContain('class="visits-baked"');
    // No inline script: the CSP would refuse it.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)/);
    // The file the browser will fetch is the checked dataset the page was rendered from.
    expect((JSON.parse(datasetJson) as { events: unknown[] }).events).toHaveLength(16);
  });

  it('fails, listing every problem, when the dataset is invalid', async () => {
    const broken = fixtureJson() as unknown as { events: { date: string }[] };
    broken.events[0]!.date = 'soon';
    broken.events[1]!.date = 'later';
    await expect(bakeDashboard(broken)).rejects.toThrow(
      /data\/az-rs\.json is not a valid dataset:\n.*events\[0\]\.date.*\n.*events\[1\]\.date/,
    );
  });
});
