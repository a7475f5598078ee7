import { describe, expect, it } from 'vitest';
import { emptyFilters, type Filters } from '../../../src/model/filters';
import { formatAppUrl, emptyUrlState } from '../../../src/state/app-url';
import {
  dashboardPath,
  embedPath,
  embedSnippet,
  escapeHtml,
  parseEmbedUrl,
  type EmbedState,
} from '../../../src/state/embed-url';

const BASE = 'https://bilateral.example/';

function state(filters: Partial<Filters> = {}, rest: Partial<EmbedState> = {}): EmbedState {
  return {
    view: 'visit-frequency',
    filters: { ...emptyFilters(), ...filters },
    visitMode: 'direction',
    showContacts: true,
    ...rest,
  };
}

describe('embedPath', () => {
  it('writes the view, then the filters exactly as the dashboard’s address does', () => {
    const filters = { ...emptyFilters(), sectors: ['energy', 'defence-industry'], from: 2020 };
    const dashboardQuery = formatAppUrl({ ...emptyUrlState(), filters });
    expect(embedPath(state(filters))).toBe(
      `embed.html?view=visit-frequency&${dashboardQuery.slice(1)}`,
    );
    expect(embedPath(state(filters))).toBe(
      'embed.html?view=visit-frequency&sector=energy,defence-industry&from=2020',
    );
  });

  it('has the view alone without filters', () => {
    expect(embedPath(state({}, { view: 'people-involved' }))).toBe(
      'embed.html?view=people-involved',
    );
  });

  it('carries the visit chart’s split and hidden contacts, and only for that chart', () => {
    const options = { visitMode: 'level', showContacts: false } as const;
    expect(embedPath(state({}, options))).toBe(
      'embed.html?view=visit-frequency&mode=level&contacts=0',
    );
    expect(embedPath(state({}, { ...options, view: 'cooperation-areas' }))).toBe(
      'embed.html?view=cooperation-areas',
    );
  });
});

describe('parseEmbedUrl', () => {
  it('reads back what embedPath writes', () => {
    const written = state(
      { sectors: ['energy'], people: ['ilham-aliyev'], from: 2015, to: 2024, q: 'gas & oil' },
      { visitMode: 'level', showContacts: false },
    );
    const parsed = parseEmbedUrl(embedPath(written).replace(/^embed\.html/, ''));
    expect(parsed).toEqual({ ...written, viewParam: 'visit-frequency' });
  });

  it('names no view for an unknown or missing one, keeping what was written', () => {
    expect(parseEmbedUrl('?view=events')).toMatchObject({ view: null, viewParam: 'events' });
    expect(parseEmbedUrl('?view=%3Cscript%3E')).toMatchObject({
      view: null,
      viewParam: '<script>',
    });
    expect(parseEmbedUrl('')).toMatchObject({ view: null, viewParam: '' });
    expect(parseEmbedUrl(`?view=${'x'.repeat(500)}`).viewParam).toHaveLength(80);
  });

  it('drops mangled filters and options, as the dashboard does', () => {
    const parsed = parseEmbedUrl(
      '?view=%20cooperation-areas%20&sector=%3Cb%3E,energy&from=3000&to=abc&mode=sideways&contacts=maybe&zzz=1',
    );
    expect(parsed.view).toBe('cooperation-areas');
    expect(parsed.filters).toEqual({ ...emptyFilters(), sectors: ['energy'] });
    expect(parsed.visitMode).toBe('direction');
    expect(parsed.showContacts).toBe(true);
  });

  it('never throws on broken percent escapes', () => {
    expect(() => parseEmbedUrl('?view=%E0%A4%A&q=%ff%00')).not.toThrow();
  });
});

describe('dashboardPath', () => {
  it('opens the dashboard with the same filters at the view', () => {
    expect(dashboardPath('people-involved', { ...emptyFilters(), sectors: ['energy'] })).toBe(
      '?sector=energy#view-people-involved',
    );
    expect(dashboardPath('visit-frequency', emptyFilters())).toBe('#view-visit-frequency');
  });
});

describe('embedSnippet', () => {
  it('is one lazy, titled iframe that fits its column', () => {
    const html = embedSnippet(BASE, state({ sectors: ['energy'] }), 'Visit frequency');
    expect(html).toBe(
      '<iframe src="https://bilateral.example/embed.html?view=visit-frequency&amp;sector=energy"' +
        ' title="Visit frequency" width="960" height="560"' +
        ' style="width:100%;max-width:960px;border:0" loading="lazy"></iframe>',
    );
  });

  it('escapes hostile filter strings and titles', () => {
    const html = embedSnippet(
      BASE,
      state({ q: '"><script>alert(1)</script>' }),
      'Visits "<b>&</b>\'',
    );
    expect(html).not.toMatch(/<script|<b>/);
    expect(html).toContain('title="Visits &quot;&lt;b&gt;&amp;&lt;/b&gt;&#39;"');
    // Exactly one element: the hostile text opened no tag and closed no attribute.
    expect(html.match(/</g)).toHaveLength(2);
    const src = /src="([^"]*)"/.exec(html)?.[1] ?? '';
    const url = new URL(src.replace(/&amp;/g, '&'));
    expect(url.searchParams.get('q')).toBe('"><script>alert(1)</script>');
  });

  it('escapes the five HTML metacharacters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
