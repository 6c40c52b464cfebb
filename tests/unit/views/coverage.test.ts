// The coverage page's view: "(probable)" travels with every outlet and country resting on a probable attribution,
// the matrices' cells line up with their outlets, and the page's words (reach, blind spots, citations) are final.
import { describe, expect, it } from 'vitest';
import { coverageView } from '../../../src/lib/views/coverage';
import { viewKeys } from '../../../src/lib/views/key';
import { fordStory, storyOf, type StorySpec } from '../../helpers/graph-fixture';
import { viewContextOf } from '../../helpers/views';

const viewOf = (spec: StorySpec) => {
  const story = storyOf(spec);
  return coverageView(viewContextOf(story));
};

const ford = viewOf(fordStory());
const reachOf = (view: typeof ford, id: string) => view.reach.find((item) => item.event.id === id)!;

describe('who covers it', () => {
  it('counts reports, outlets and countries, and the outlets only cited', () => {
    expect(ford.who).toBe('5 reports from 5 outlets in 4 countries; 2 more outlets are only cited');
  });

  it('counts outlets whose country no source states apart', () => {
    const view = viewOf({
      sources: [{ id: 'somewhere' }, { id: 'here', country: 'FR' }],
      reports: [
        { id: 'r1', source: 'somewhere', published: '2026-02-01' },
        { id: 'r2', source: 'here', published: '2026-02-02' },
      ],
    });
    expect(view.who).toBe('2 reports from 2 outlets in 1 country (and 1 outlet whose country no source states)');
  });

  it('names the story in the description and carries the lists of the outlet mix', () => {
    expect(ford.description).toContain('“The test story”');
    expect(ford.mix.variant).toBe('lists');
  });
});

describe('how far each development travelled', () => {
  it('names countries known only through probable outlets "(probable)"', () => {
    expect(reachOf(ford, 'bloomberg-scoop').line).toEqual({
      covered: true,
      outlets: '4 outlets',
      countries: '3 countries: Australia (probable), India (probable), United States',
    });
  });

  it('carries the event’s order mark and says when no outlet here covered it or whose country is not known', () => {
    const view = viewOf({
      sources: [{ id: 'somewhere' }],
      events: [
        { id: 'covered', date: '2026-02-01' },
        { id: 'missed', date: '2026-02-03' },
      ],
      reports: [{ id: 'r1', source: 'somewhere', published: '2026-02-02', events: ['covered'] }],
    });
    expect(reachOf(view, 'covered').line).toEqual({
      covered: true,
      outlets: '1 outlet',
      unknown: 'country not known for 1',
    });
    expect(reachOf(view, 'missed').line).toEqual({ covered: false, text: 'Not covered by any outlet here' });
    expect(reachOf(ford, 'detroit-pitch').mark).toEqual(storyOf(fordStory()).eventOrderMarks['detroit-pitch']);
    expect(reachOf(ford, 'detroit-pitch').mark).toBeDefined();
  });
});

describe('blind spots', () => {
  it('says which scoop or country alone carried a development, and by how many outlets', () => {
    expect(ford.blindSpots.map(({ event, note }) => [event.id, note])).toEqual([
      ['ft-story', '— only outlets relaying Financial Times (2 outlets)'],
      ['bloomberg-scoop', '— only outlets relaying Bloomberg (4 outlets)'],
    ]);
    const oneCountry = viewOf({
      sources: [
        { id: 'a', country: 'BR' },
        { id: 'b', country: 'BR' },
      ],
      events: [{ id: 'e', date: '2026-02-01' }],
      reports: [
        { id: 'r1', source: 'a', published: '2026-02-02', events: ['e'] },
        { id: 'r2', source: 'b', published: '2026-02-03', events: ['e'] },
      ],
    });
    expect(oneCountry.blindSpots.map(({ note }) => note)).toEqual(['— only outlets in Brazil (2 outlets)']);
  });

  it('says "(probable)" of a scoop or a country known only through outlets we probably attribute', () => {
    const probable = viewOf({
      sources: [
        { id: 'scooper', country: 'AU' },
        { id: 'a', country: 'AU' },
        { id: 'b', country: 'AU' },
      ],
      events: [{ id: 'e', date: '2026-02-01', outlets: ['scooper'] }],
      reports: [
        { id: 'r0', source: 'scooper', published: '2026-01-20', attribution: 'probable' },
        { id: 'r1', source: 'a', published: '2026-02-02', events: ['e'], attribution: 'probable' },
        { id: 'r2', source: 'b', published: '2026-02-03', events: ['e'], attribution: 'probable' },
      ],
    });
    expect(probable.blindSpots.map(({ note }) => note)).toEqual([
      '— only outlets in Australia (probable) (2 outlets)',
      '— only outlets relaying Scooper (probable) (2 outlets)',
    ]);
  });
});

describe('who covered what', () => {
  const [events, claims] = ford.matrices;
  const column = (id: string) => events.outlets.findIndex((outlet) => outlet.id === id);
  const row = (id: string) => events.rows.find((each) => each.id === id)!;

  it('heads each column with its outlet, "(probable)" with a probable one, reporting outlets before cited ones', () => {
    expect(events.outlets.map((outlet) => outlet.label)).toEqual([
      'AutoGuide',
      'AutoPapo',
      'Drive (probable)',
      'Electrek',
      'Torque Cafe (probable)',
      'Bloomberg',
      'Financial Times',
    ]);
    expect(events.outlets[2]).toMatchObject({ probable: true, href: '/sources/drive/' });
  });

  it('lines each cell up with its outlet, null where the outlet did not cover the row', () => {
    expect(row('bloomberg-scoop').cells[column('bloomberg')]).toEqual({ mark: 'broke', symbol: '★', text: 'broke it' });
    expect(row('bloomberg-scoop').cells[column('drive')]).toEqual({
      mark: 'among-first',
      symbol: '◐',
      text: 'among the first here; order unknown; via Bloomberg',
    });
    expect(row('bloomberg-scoop').cells[column('autopapo')]).toBeNull();
    expect(row('bloomberg-scoop').cells).toHaveLength(events.outlets.length);
    expect(row('bloomberg-scoop').href).toBe('/events/bloomberg-scoop/');
  });

  it('adds the claims matrix, claims titled with their status, only when there are claims', () => {
    expect(claims).toMatchObject({ id: 'claims-matrix', caption: 'Claims by outlet', rowHeading: 'Claim' });
    expect(claims.rows.find((each) => each.id === 'ford-xiaomi-talks')!.label).toMatch(/^Denied/);
    const noClaims = viewOf({ reports: [{ id: 'r1', source: 'a', published: '2026-02-01' }] });
    expect(noClaims.matrices.map((matrix) => matrix.id)).toEqual(['events-matrix']);
  });

  it('explains every mark in the legend', () => {
    expect(ford.legend.map(({ key }) => key)).toEqual(['broke', 'first', 'among-first', 'relayed', 'covered']);
  });
});

describe('who relies on whom', () => {
  it('names citing and cited outlets with "(probable)" and says every citation in words', () => {
    const citations = ford.citations!;
    expect(citations.citing.map((outlet) => outlet.label)).toContain('Drive (probable)');
    expect(citations.summary).toContain('Drive (probable) cites Bloomberg in 1 report');
    const edge = citations.edges.find(
      (each) => citations.citing[each.from].id === 'drive' && citations.cited[each.to].id === 'bloomberg',
    );
    expect(edge).toMatchObject({ reports: 1, weight: 1 });
  });

  it('weighs each line by its share of the most-used citation', () => {
    const view = viewOf({
      reports: [
        { id: 'r1', source: 'a', published: '2026-02-01', cites: ['b'] },
        { id: 'r2', source: 'a', published: '2026-02-02', cites: ['b'] },
        { id: 'r3', source: 'c', published: '2026-02-03', cites: ['b'] },
      ],
    });
    expect(view.citations).toEqual({
      citing: [expect.objectContaining({ id: 'a' }), expect.objectContaining({ id: 'c' })],
      cited: [expect.objectContaining({ id: 'b' })],
      edges: [
        { from: 0, to: 0, reports: 2, weight: 1 },
        { from: 1, to: 0, reports: 1, weight: 0.5 },
      ],
      summary: 'A cites B in 2 reports; C cites B in 1 report',
    });
  });

  it('is absent when no report cites another outlet', () => {
    expect(viewOf({ reports: [{ id: 'r1', source: 'a', published: '2026-02-01' }] }).citations).toBeUndefined();
  });
});

it('is plain data a cache key can hash', () => {
  expect(() => viewKeys({})(ford)).not.toThrow();
});
