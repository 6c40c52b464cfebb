// The corrections page's view: every correction newest first, each naming the page it corrected as that page names
// itself — a report by its outlet ("(probable)" where due) and headline, an event by its title, a claim titled.
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/lib/story-types';
import { correctionsLogView } from '../../../src/lib/views/corrections-log';
import { viewKeys } from '../../../src/lib/views/key';
import { fordStory, SITE, storyOf } from '../../helpers/graph-fixture';
import { viewContextOf } from '../../helpers/views';

const viewOf = (story: Story, site = SITE) => correctionsLogView(viewContextOf(story, { site }));

// Electrek's first report is only probably its own, though Electrek is confirmed by another: the report's own
// attribution, not its outlet's, decides "(probable)".
const corrected = () => {
  const spec = fordStory();
  const report = (id: string) => spec.reports.find((entry) => entry.id === id)!;
  Object.assign(report('electrek-ford-asks'), {
    attribution: 'probable',
    corrections: [{ date: '2026-03-03', note: 'The headline misnamed Xiaomi.' }],
  });
  spec.reports.push({ id: 'electrek-more', source: 'electrek', published: '2026-02-20' });
  report('autopapo-ford-denies').corrections = [{ date: '2026-03-01', note: 'The author was misspelled.' }];
  spec.events!.find(({ id }) => id === 'xi-meeting')!.corrections = [{ date: '2026-03-04', note: 'Moved to April.' }];
  spec.claims!.find(({ id }) => id === 'ford-xiaomi-talks')!.corrections = [
    { date: '2026-03-02', note: 'Ford’s denial was misdated.' },
  ];
  return storyOf(spec);
};

describe('correctionsLogView', () => {
  it('lists every correction newest first, with its kind and the page it corrected', () => {
    const view = viewOf(corrected());
    expect(view.corrections.map(({ when, kindLabel, note }) => [when.label, kindLabel, note])).toEqual([
      ['4 March 2026', 'Event', 'Moved to April.'],
      ['3 March 2026', 'Report', 'The headline misnamed Xiaomi.'],
      ['2 March 2026', 'Claim', 'Ford’s denial was misdated.'],
      ['1 March 2026', 'Report', 'The author was misspelled.'],
    ]);
    expect(view.corrections.map(({ entry }) => [entry.title, entry.href])).toEqual([
      ['Xi Meeting', '/events/xi-meeting/'],
      ['Headline of electrek-ford-asks', '/reports/electrek-ford-asks/'],
      ['Denied: Ford held talks with Xiaomi about US production.', '/claims/ford-xiaomi-talks/'],
      ['Headline of autopapo-ford-denies', '/reports/autopapo-ford-denies/'],
    ]);
    expect(view.lede).toBe(
      '4 corrections made after publishing, newest first: what was wrong and what the page says now.',
    );
  });

  it('names a report’s outlet with "(probable)" where we only probably attribute the report, and only a report’s', () => {
    const [event, probable, claim, confirmed] = viewOf(corrected()).corrections.map(({ entry }) => entry.outlet);
    expect([probable?.label, probable?.probable]).toEqual(['Electrek (probable)', true]);
    expect([confirmed?.label, confirmed?.probable]).toEqual(['AutoPapo', false]);
    expect([event, claim]).toEqual([undefined, undefined]);
  });

  it('says so when there is none yet, and carries the site’s own words on corrections', () => {
    const about = { purpose: [], selection: [], digests: [], corrections: ['We date every correction.'], contact: '-' };
    const site = { ...SITE, about };
    const view = viewOf(storyOf(fordStory()), site);
    expect(view.corrections).toEqual([]);
    expect(view.lede).toMatch(/^No correction has been made yet\./);
    expect(view.about).toEqual(['We date every correction.']);
    expect(view.description).toBe(
      'Every correction Test Watch has made after publishing, newest first, with what was wrong and what it says now.',
    );
  });

  it('is plain data', () => {
    const view = viewOf(corrected());
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(() => viewKeys({})(view)).not.toThrow();
  });
});
