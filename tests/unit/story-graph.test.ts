import { describe, expect, it } from 'vitest';
import { parseStoryDate, type StoryDate } from '../../src/lib/dates';
import { buildStoryGraph, DanglingReferenceError, type GraphEvent, type GraphReport } from '../../src/lib/story-graph';

const date = (text: string) => parseStoryDate(text) as StoryDate;

const report = (id: string, published: string, more: Partial<GraphReport> = {}): GraphReport => ({
  id,
  filePath: `content/reports/${id}.md`,
  sourceId: 'wire',
  published: date(published),
  eventIds: [],
  entityIds: [],
  citedSourceIds: [],
  claimRefs: [],
  ...more,
});

const event = (id: string, start: string, more: Partial<GraphEvent> = {}): GraphEvent => ({
  id,
  filePath: `content/events/${id}.yaml`,
  span: { start: date(start) },
  rank: 0,
  planned: false,
  entityIds: [],
  outletIds: [],
  ...more,
});

const sources = [{ id: 'wire' }, { id: 'paper' }, { id: 'blog' }];
const entities = [{ id: 'ceo' }, { id: 'rival' }];

const graphOf = (reports: GraphReport[], events: GraphEvent[] = [], relatedLimit?: number) =>
  buildStoryGraph({ reports, events, sources, entities, timeZone: 'UTC', relatedLimit });

const ids = (items: { id: string }[] | undefined) => (items ?? []).map((item) => item.id);

describe('story order', () => {
  it('orders reports by publication, month-only ones after the dated ones of that month, ids breaking ties', () => {
    const graph = graphOf([
      report('b-month', '2026-02'),
      report('a-month', '2026-02'),
      report('late', '2026-02-16T15:45Z'),
      report('early', '2026-02-04T08:00-03:00'),
      report('january', '2026-01-20'),
    ]);
    expect(ids(graph.reports)).toEqual(['january', 'early', 'late', 'a-month', 'b-month']);
  });

  it('gives the same order whatever order the input arrives in', () => {
    const reports = [report('x', '2026-02'), report('y', '2026-02-01'), report('z', '2026-02')];
    const forward = ids(graphOf(reports).reports);
    expect(ids(graphOf([...reports].reverse()).reports)).toEqual(forward);
  });

  it('links each report to its previous and next in story order', () => {
    const graph = graphOf([report('c', '2026-03-01'), report('a', '2026-01-01'), report('b', '2026-02-01')]);
    expect(graph.neighbours.get('a')).toEqual({ previous: undefined, next: graph.reportById.get('b') });
    expect(graph.neighbours.get('b')?.previous?.id).toBe('a');
    expect(graph.neighbours.get('b')?.next?.id).toBe('c');
    expect(graph.neighbours.get('c')?.next).toBeUndefined();
  });
});

describe('timeline', () => {
  it('interleaves events and reports in contiguous month and year sections', () => {
    const graph = graphOf(
      [report('scoop-copy', '2026-02-16T15:45Z', { eventIds: ['scoop'] }), report('recap', '2026-02')],
      [event('scoop', '2026-02-13', { span: { start: date('2026-02-13'), end: date('2026-02-14') } }), event('background', '2025'), event('speech', '2026-01-13')],
    );
    expect(graph.timeline.map((period) => [period.key, period.label, period.items.map((item) => item.id)])).toEqual([
      ['2025', '2025', ['background']],
      ['2026-01', 'January 2026', ['speech']],
      ['2026-02', 'February 2026', ['scoop', 'scoop-copy', 'recap']],
    ]);
    const scoop = graph.timeline[2].items[0];
    expect(scoop.kind === 'event' && ids(scoop.coveredBy)).toEqual(['scoop-copy']);
  });

  it('tells same-moment events by rank (a report before its denial), and events before reports', () => {
    const graph = graphOf(
      [report('same-day-report', '2026-02-02')],
      [event('z-report', '2026-02-02', { rank: 4 }), event('a-denial', '2026-02-02', { rank: 6 })],
    );
    expect(graph.timeline[0].items.map((item) => item.id)).toEqual(['z-report', 'a-denial', 'same-day-report']);
    expect(ids(graph.events)).toEqual(['z-report', 'a-denial']);
  });

  it('never repeats a section key', () => {
    const graph = graphOf(
      [report('r1', '2026-12-31T23:59Z'), report('r2', '2026-12'), report('r3', '2027-01-01T00:00Z')],
      [event('year', '2026'), event('december', '2026-12-31')],
    );
    const keys = graph.timeline.map((period) => period.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toEqual(['2026-12', '2026', '2027-01']);
  });
});

describe('indexes', () => {
  const graph = graphOf(
    [
      report('wire-1', '2026-02-01', { eventIds: ['talks'], entityIds: ['ceo'] }),
      report('paper-1', '2026-02-03', { sourceId: 'paper', eventIds: ['talks', 'denial'], citedSourceIds: ['wire'], entityIds: ['ceo', 'rival'] }),
      report('paper-2', '2026-02-05', { sourceId: 'paper', eventIds: ['denial'], citedSourceIds: ['wire', 'wire'] }),
    ],
    [event('talks', '2026-01', { entityIds: ['ceo'], outletIds: ['wire'] }), event('denial', '2026-02-02', { entityIds: ['rival'] })],
  );

  it('lists each outlet’s own reports and the reports citing it, once each', () => {
    expect(ids(graph.reportsBySource.get('paper'))).toEqual(['paper-1', 'paper-2']);
    expect(ids(graph.citingReportsBySource.get('wire'))).toEqual(['paper-1', 'paper-2']);
    expect(graph.citingReportsBySource.get('paper')).toBeUndefined();
    expect(ids(graph.eventsByOutlet.get('wire'))).toEqual(['talks']);
  });

  it('separates reporting outlets from cited-only ones', () => {
    expect(ids(graph.reportingSources)).toEqual(['paper', 'wire']);
    expect(ids(graph.citedOnlySources)).toEqual(['blog']);
  });

  it('lists reports per event in story order, so the first is the first to cover it', () => {
    expect(ids(graph.reportsByEvent.get('talks'))).toEqual(['wire-1', 'paper-1']);
    expect(ids(graph.sourcesByEvent.get('talks'))).toEqual(['wire', 'paper']);
    expect(ids(graph.sourcesByEvent.get('denial'))).toEqual(['paper']);
  });

  it('lists reports and events per entity', () => {
    expect(ids(graph.reportsByEntity.get('ceo'))).toEqual(['wire-1', 'paper-1']);
    expect(ids(graph.eventsByEntity.get('rival'))).toEqual(['denial']);
  });
});

describe('related reports', () => {
  it('ranks by shared events, then story order, and never includes the report itself', () => {
    const graph = graphOf([
      report('subject', '2026-02-10', { eventIds: ['a', 'b'] }),
      report('one-shared-early', '2026-02-01', { eventIds: ['a'] }),
      report('two-shared', '2026-02-12', { eventIds: ['a', 'b'] }),
      report('one-shared-late', '2026-02-20', { eventIds: ['b'] }),
      report('unrelated', '2026-02-11', { eventIds: ['c'] }),
    ], [event('a', '2026-01'), event('b', '2026-01'), event('c', '2026-01')]);
    const related = graph.relatedReports.get('subject')!;
    expect(related.map((entry) => [entry.report.id, entry.sharedEventIds])).toEqual([
      ['two-shared', ['a', 'b']],
      ['one-shared-early', ['a']],
      ['one-shared-late', ['b']],
    ]);
  });

  it('keeps at most the requested number', () => {
    const reports = Array.from({ length: 8 }, (_, i) => report(`r${i}`, `2026-02-0${i + 1}`, { eventIds: ['a'] }));
    expect(graphOf(reports, [event('a', '2026-01')], 3).relatedReports.get('r0')).toHaveLength(3);
  });
});

describe('broken references', () => {
  it('lists every dangling id with its file, field and a fix', () => {
    const attempt = () =>
      graphOf(
        [report('bad', '2026-02-01', { sourceId: 'blomberg', citedSourceIds: ['ft'], eventIds: ['nope'], entityIds: ['nobody'] })],
        [event('talks', '2026-01', { entityIds: ['ghost'], outletIds: ['gone'] })],
      );
    expect(attempt).toThrow(DanglingReferenceError);
    try {
      attempt();
    } catch (error) {
      const { problems } = error as DanglingReferenceError;
      expect(problems).toEqual([
        'content/reports/bad.md: "source" names unknown outlet "blomberg" — add content/sources/blomberg.yaml or fix the id',
        'content/reports/bad.md: "cites" names unknown outlet "ft" — add content/sources/ft.yaml or fix the id',
        'content/reports/bad.md: "events" names unknown event "nope" — add content/events/nope.yaml or fix the id',
        'content/reports/bad.md: "entities" names unknown entity "nobody" — add content/entities/nobody.yaml or fix the id',
        'content/events/talks.yaml: "entities" names unknown entity "ghost" — add content/entities/ghost.yaml or fix the id',
        'content/events/talks.yaml: "outlets" names unknown outlet "gone" — add content/sources/gone.yaml or fix the id',
      ]);
    }
  });
});

describe('archives and the home page', () => {
  const manyReports = Array.from({ length: 23 }, (_, i) => report(`feb-${String(i).padStart(2, '0')}`, `2026-02-${String((i % 28) + 1).padStart(2, '0')}`));
  const graph = buildStoryGraph({
    reports: [...manyReports, report('jan', '2026-01-05'), report('dec', '2025-12-05')],
    events: [],
    sources,
    entities,
    timeZone: 'UTC',
    pageSize: 10,
    homeItems: 12,
  });

  it('cuts a long period into pages no longer than the page size', () => {
    const february = graph.timelinePages.filter((page) => page.key === '2026-02');
    expect(february.map((page) => [page.page, page.pageCount, page.items.length])).toEqual([
      [1, 3, 10],
      [2, 3, 10],
      [3, 3, 3],
    ]);
    expect(graph.timelinePages.every((page) => page.items.length <= 10)).toBe(true);
    expect(graph.periods.map((period) => [period.key, period.itemCount, period.pageCount])).toEqual([
      ['2025-12', 1, 1],
      ['2026-01', 1, 1],
      ['2026-02', 23, 3],
    ]);
  });

  it('shows only the latest items at home and links every period not shown in full, latest first', () => {
    expect(graph.homeTimeline.flatMap((period) => period.items)).toHaveLength(12);
    expect(graph.homeTimeline.map((period) => period.key)).toEqual(['2026-02']);
    expect(graph.homeTimeline[0].items.at(-1)).toEqual(graph.timeline.at(-1)!.items.at(-1));
    expect(graph.earlierPeriods.map((period) => period.key)).toEqual(['2026-02', '2026-01', '2025-12']);
  });
});

describe('feed order, coverage and the latest development', () => {
  const graph = graphOf(
    [
      report('month-only', '2026-02'),
      report('late', '2026-02-16T15:45Z'),
      report('early', '2026-02-04T08:00-03:00'),
      report('same-week', '2026-02-17'),
    ],
    [event('happened', '2026-02-10'), event('planned-later', '2026-04', { planned: true })],
  );

  it('lists reports newest first by publication instant, whatever story order says', () => {
    expect(ids(graph.reportsNewestFirst)).toEqual(['same-week', 'late', 'early', 'month-only']);
    expect(ids(graph.newestFirst([graph.reportById.get('early')!, graph.reportById.get('late')!]))).toEqual(['late', 'early']);
  });

  it('counts reports per week, with empty weeks, and says how many have no week', () => {
    expect(graph.coverageByWeek).toEqual([
      { week: '2026-02-02', count: 1 },
      { week: '2026-02-09', count: 0 },
      { week: '2026-02-16', count: 2 },
    ]);
    expect(graph.reportsWithoutWeek).toBe(1);
  });

  it('takes the latest development from events that have happened', () => {
    expect(graph.latestDevelopment?.id).toBe('happened');
  });
});

describe('claims, coverage and attribution', () => {
  const claim = (id: string, first: string, history: [string, string, { outletId?: string; entityId?: string }][]) => ({
    id,
    firstReportedBy: first,
    entityIds: ['ceo'],
    eventIds: [],
    history: history.map(([status, when, who]) => ({ status, date: date(when), ...who })),
  });
  const graph = buildStoryGraph({
    reports: [
      report('paper-copy', '2026-02-03', { sourceId: 'paper', eventIds: ['scoop'], citedSourceIds: ['wire'], claimRefs: [{ claimId: 'talks', mentionsResponse: true }] }),
      report('blog-first', '2026-02-02', { sourceId: 'blog', eventIds: ['scoop'], claimRefs: [{ claimId: 'talks' }] }),
      report('paper-late', '2026-02-05', { sourceId: 'paper', eventIds: ['denial'], citedSourceIds: ['wire', 'blog'], claimRefs: [{ claimId: 'talks', mentionsResponse: false }] }),
    ],
    events: [event('scoop', '2026-02-01', { outletIds: ['wire'] }), event('denial', '2026-02-02')],
    sources,
    entities,
    claims: [
      claim('talks', 'wire', [['reported', '2026-02-01', { outletId: 'wire' }], ['denied', '2026-02-02', { entityId: 'ceo' }]]),
      claim('older', 'paper', [['reported', '2026-01', { outletId: 'paper' }]]),
    ],
    timeZone: 'UTC',
  });

  it('orders claims by when they were first made and lists who carried each, in story order', () => {
    expect(ids(graph.claims)).toEqual(['older', 'talks']);
    expect(graph.reportsByClaim.get('talks')!.map(({ report: r, mentionsResponse }) => [r.id, mentionsResponse])).toEqual([
      ['blog-first', undefined],
      ['paper-copy', true],
      ['paper-late', false],
    ]);
    expect(ids(graph.claimsByEntity.get('ceo'))).toEqual(['older', 'talks']);
  });

  it('marks who broke an event, who covered it first and who only re-reported a cited outlet', () => {
    expect(graph.eventCoverage.get('wire|scoop')).toMatchObject({ broke: true, first: false, reports: [] });
    expect(graph.eventCoverage.get('blog|scoop')).toMatchObject({ broke: false, first: true, via: [] });
    expect(graph.eventCoverage.get('paper|scoop')).toMatchObject({ broke: false, first: false, via: ['wire'] });
    expect(graph.eventCoverage.get('paper|denial')).toMatchObject({ first: true, via: [] });
    expect(graph.eventCoverage.has('blog|denial')).toBe(false);
  });

  it('counts, per outlet and claim, the reports carrying it and how many mention the response', () => {
    expect(graph.claimCoverage.get('wire|talks')).toMatchObject({ first: true, reports: [] });
    expect(graph.claimCoverage.get('paper|talks')).toMatchObject({ first: false, mentioningResponse: 1, withResponseDue: 2 });
    expect(graph.claimCoverage.get('blog|talks')).toMatchObject({ withResponseDue: 0 });
  });

  it('draws the attribution chain both ways, most relied-on first', () => {
    expect(graph.citations.map(({ from, to, reports: n }) => [from.id, to.id, n])).toEqual([
      ['paper', 'wire', 2],
      ['paper', 'blog', 1],
    ]);
    expect(graph.upstreamBySource.get('paper')!.map(({ source, reports: n }) => [source.id, n])).toEqual([['wire', 2], ['blog', 1]]);
    expect(graph.downstreamBySource.get('wire')!.map(({ source }) => source.id)).toEqual(['paper']);
  });

  it('reports a claim that names outlets or entities that do not exist', () => {
    expect(() =>
      buildStoryGraph({ reports: [], events: [], sources, entities, claims: [claim('bad', 'nobody', [['denied', '2026-02-02', { entityId: 'ghost' }]])], timeZone: 'UTC' }),
    ).toThrow(/"firstReportedBy" names unknown outlet "nobody"[\s\S]*"history" names unknown entity "ghost"/);
  });
});
