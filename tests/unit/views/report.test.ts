// The report page's view (src/lib/views/report.ts): everything the page shows, plain, with the graph's decisions
// carried over — "probable" on the outlet wherever it is named, marks on its events, the list limits applied.
import { describe, expect, it } from 'vitest';
import { reportView } from '../../../src/lib/views/report';
import { fordStory, storyOf } from '../../helpers/graph-fixture';
import { viewsOf } from '../../helpers/views';

const story = storyOf(fordStory({ limits: { eventCardReports: 2 } }));
const views = viewsOf(story);
const viewOf = (id: string) =>
  reportView(
    story.reports.find((report) => report.id === id)!,
    views.context,
  );
const probableReport = story.reports.find((report) => report.attribution === 'probable')!;

describe('report view', () => {
  it('names a probably attributed outlet as probable in the kicker, the facts, the search label and its feed title', () => {
    const view = viewOf(probableReport.id);
    expect(view.outlet).toMatchObject({ probable: true, label: `${probableReport.source.name} (probable)` });
    expect(view.facts.outlet.probable).toBe(true);
    expect(view.search.outletLabel).toBe(`${probableReport.source.name} (probable)`);
    expect(view.feeds[0].title).toBe(`${probableReport.source.label} — Test Watch`);
  });

  it('leaves the publisher out of JSON-LD for a probable outlet and names it for a confirmed one', () => {
    const probable = viewOf(probableReport.id).jsonLd as { isBasedOn: { publisher?: unknown } };
    expect(probable.isBasedOn.publisher).toBeUndefined();
    const confirmed = story.reports.find((report) => report.attribution === 'confirmed')!;
    const named = viewOf(confirmed.id).jsonLd as { isBasedOn: { publisher?: { name: string } } };
    expect(named.isBasedOn.publisher?.name).toBe(confirmed.source.name);
  });

  it('cuts each event card’s coverage line at the limit and says how many more', () => {
    const report = story.reports.find((candidate) => candidate.events.some((event) => event.reports.length > 2))!;
    const event = reportView(report, views.context).events.find(({ event }) => event.coverage!.more)!.event;
    expect(event.coverage!.outlets).toHaveLength(2);
    const node = story.events.find((candidate) => candidate.id === event.id)!;
    expect(event.coverage!.more!.count).toBe(node.reports.length - 2);
  });

  it('carries the graph’s marks on its events and on the links to its neighbours', () => {
    for (const report of story.reports) {
      const view = reportView(report, views.context);
      expect(
        Object.fromEntries(view.events.filter((item) => item.mark).map((item) => [item.event.id, item.mark])),
      ).toEqual(report.eventOrderMarks);
      expect(view.previousMark).toEqual(report.previousMark);
      expect(view.previous?.id).toBe(report.previous?.id);
    }
  });

  it('holds the digest’s fingerprint, so its cache key moves when the digest does', () => {
    const view = viewOf(probableReport.id);
    expect(view.digest).toBe(`digest:${probableReport.id}`);
    expect(views.key(view)).not.toBe(views.key({ ...view, digest: 'edited' }));
  });

  it('is plain data', () => {
    for (const report of story.reports) expect(() => views.key(reportView(report, views.context))).not.toThrow();
  });
});
