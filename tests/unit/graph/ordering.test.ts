// Story order and priority: the order is total and deterministic; "first" and "latest" only when dates prove them.
import { describe, expect, it } from 'vitest';
import { byId } from '../../../src/lib/graph/ordering';
import { fordStory, ids, storyOf, storyInput, type ReportSpec, type StorySpec } from '../../helpers/graph-fixture';
import { buildStoryGraph } from '../../../src/lib/graph';
import type { ContentTypes } from '../../../src/lib/story-types';

const reportsOnly = (reports: ReportSpec[], more: Partial<StorySpec> = {}) => storyOf({ reports, ...more });

describe('story order of reports', () => {
  it('puts month-only reports where they may first have happened, ties by outlet name then id, and marks each place the dates do not prove', () => {
    const story = reportsOnly([
      { id: 'zeta-month', source: 'alpha', published: '2026-02' },
      { id: 'b-month', source: 'zulu', published: '2026-02' },
      { id: 'a-month', source: 'alpha', published: '2026-02' },
      { id: 'late', source: 'mike', published: '2026-02-16T15:45Z' },
      { id: 'early', source: 'mike', published: '2026-02-04T08:00-03:00' },
      { id: 'january', source: 'mike', published: '2026-01-20' },
    ]);
    expect(ids(story.reports)).toEqual(['january', 'a-month', 'zeta-month', 'b-month', 'early', 'late']);
    expect(ids(story.reportsNewestFirst)).toEqual(['late', 'early', 'a-month', 'zeta-month', 'b-month', 'january']);
    // 16 Feb is proved later than 4 Feb and 20 Jan earlier than February; nothing else is proved.
    expect(Object.keys(story.reportOrderMarks).sort()).toEqual(['a-month', 'b-month', 'early', 'zeta-month']);
    expect(story.reportOrderMarks['a-month']).toEqual({
      kind: 'order-unknown',
      text: 'Order not known',
      why: 'Dated February 2026: the dates do not show whether it came before or after the items next to it, so its place here is not known.',
    });
  });

  it('orders ties by outlet name, not by outlet id', () => {
    const story = reportsOnly(
      [
        { id: 'r1', source: 'a-outlet', published: '2026-02' },
        { id: 'r2', source: 'b-outlet', published: '2026-02' },
      ],
      {
        sources: [
          { id: 'a-outlet', name: 'Zebra News' },
          { id: 'b-outlet', name: 'Aardvark Post' },
        ],
      },
    );
    expect(ids(story.reports)).toEqual(['r2', 'r1']);
    expect(ids(story.reportsNewestFirst)).toEqual(['r2', 'r1']);
  });

  it('gives the same graph whatever order the input arrives in', () => {
    const spec = fordStory();
    const forward = storyOf(spec);
    const input = storyInput(spec);
    const reversed = buildStoryGraph<ContentTypes>({
      ...input,
      reports: [...input.reports].reverse(),
      events: [...input.events].reverse(),
      sources: [...input.sources].reverse(),
      entities: [...input.entities].reverse(),
      claims: [...(input.claims ?? [])].reverse(),
    });
    expect(ids(reversed.reports)).toEqual(ids(forward.reports));
    expect(ids(reversed.events)).toEqual(ids(forward.events));
    expect(ids(reversed.sources)).toEqual(ids(forward.sources));
    expect(ids(reversed.entities)).toEqual(ids(forward.entities));
    expect(ids(reversed.claims)).toEqual(ids(forward.claims));
    expect(ids(forward.sources)).toEqual([...ids(forward.sources)].sort());
    expect(ids(forward.entities)).toEqual([...ids(forward.entities)].sort());
  });

  it('links each report to its exact previous and next in story order', () => {
    const story = reportsOnly([
      { id: 'c', source: 'wire', published: '2026-03-01' },
      { id: 'a', source: 'wire', published: '2026-01-01' },
      { id: 'b', source: 'wire', published: '2026-02-01' },
      { id: 'd', source: 'wire', published: '2026-03' },
    ]);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => story.reportById.get(id)!);
    expect([a.previous, a.next]).toEqual([undefined, b]);
    expect([b.previous?.id, b.next?.id]).toEqual(['a', 'c']);
    expect([c.previous?.id, c.next?.id]).toEqual(['b', 'd']);
    expect([d.previous?.id, d.next]).toEqual(['c', undefined]);
  });

  it('lists a report’s events in story order, not in the order it names them, each once', () => {
    const story = storyOf({
      events: [
        { id: 'late', date: '2026-02-20' },
        { id: 'early', date: '2026-01-05' },
        { id: 'middle', date: '2026-02' },
      ],
      reports: [{ id: 'r', source: 'wire', published: '2026-03-01', events: ['late', 'middle', 'early', 'late'] }],
    });
    expect(ids(story.reportById.get('r')!.events)).toEqual(['early', 'middle', 'late']);
  });

  it('tells same-moment events by kind rank (a report before its denial), then by id', () => {
    const story = storyOf({
      events: [
        { id: 'a-denial', date: '2026-02-01', kind: 'denial' },
        { id: 'y-report', date: '2026-02-01', kind: 'report' },
        { id: 'z-report', date: '2026-02-01', kind: 'report' },
        { id: 'x-report', date: '2026-02-01', kind: 'report' },
        { id: 'policy', date: '2026-02-01', kind: 'policy' },
      ],
      reports: [],
    });
    expect(ids(story.events)).toEqual(['policy', 'x-report', 'y-report', 'z-report', 'a-denial']);
  });

  it('puts the reports of each outlet and entity in story order', () => {
    const story = storyOf(fordStory());
    expect(ids(story.entityById.get('ford')!.reports)).toEqual([
      'autoguide-ford-wants',
      'torque-cafe-landmark',
      'autopapo-ford-denies',
      'electrek-ford-asks',
    ]);
    expect(ids(story.sourceById.get('bloomberg')!.citingReports)).toEqual([
      'autoguide-ford-wants',
      'drive-farley-met',
      'torque-cafe-landmark',
      'electrek-ford-asks',
    ]);
    expect(ids(story.eventById.get('bloomberg-scoop')!.reports)).toEqual([
      'autoguide-ford-wants',
      'drive-farley-met',
      'torque-cafe-landmark',
      'electrek-ford-asks',
    ]);
    expect(story.eventById.get('detroit-pitch')!.coveringSources.map((source) => source.id)).toEqual([
      'autoguide',
      'drive',
      'torque-cafe',
      'electrek',
    ]);
  });
});

describe('first to cover: awarded only when the dates prove it', () => {
  it('is not awarded to Electrek (16 Feb) while three reports dated only "2026-02" may be earlier', () => {
    const pitch = storyOf(fordStory()).eventById.get('detroit-pitch')!;
    expect(pitch.firstCoverage.known).toBe(false);
    expect(ids(pitch.firstCoverage.candidates)).toEqual([
      'autoguide-ford-wants',
      'drive-farley-met',
      'torque-cafe-landmark',
      'electrek-ford-asks',
    ]);
    expect(pitch.firstCoverage.why).toBe(
      'The dates do not show which came first: AutoGuide, February 2026; Drive (probable), February 2026; Torque Cafe (probable), February 2026; Electrek, 16 February 2026, 15:45 UTC.',
    );
    expect(Object.values(pitch.coverageMarks).map((mark) => `${mark.text} ${mark.detail}`)).toEqual(
      Array(4).fill('Among the first here — order unknown'),
    );
  });

  it('is still not awarded when the month-only reports are known to follow the 13-or-14 Feb scoop: they may precede 16 Feb', () => {
    const pitch = storyOf(fordStory({ publishedAfter: true })).eventById.get('detroit-pitch')!;
    expect(pitch.firstCoverage.known).toBe(false);
    expect(pitch.firstCoverage.candidates).toHaveLength(4);
  });

  it('is awarded to a 4 Feb report against month-only reports known to follow the 13-or-14 Feb scoop', () => {
    const denial = storyOf(fordStory({ publishedAfter: true })).eventById.get('ford-denial')!;
    expect(ids(denial.firstCoverage.candidates)).toEqual(['autopapo-ford-denies']);
    expect(denial.firstCoverage.known).toBe(true);
    expect(denial.firstCoverage.why).toBe('');
    expect(denial.coverageMarks).toEqual({
      'autopapo-ford-denies': {
        kind: 'first',
        text: 'First here',
        why: 'The earliest of the reports we hold on this, as their dates show; others may have come before it.',
      },
    });
  });

  it('is not awarded to the same 4 Feb report when nothing narrows the month-only ones', () => {
    const denial = storyOf(fordStory()).eventById.get('ford-denial')!;
    expect(denial.firstCoverage.known).toBe(false);
    expect(ids(denial.firstCoverage.candidates)).toEqual([
      'drive-farley-met',
      'torque-cafe-landmark',
      'autopapo-ford-denies',
    ]);
  });

  it('is awarded when the dates prove it, and only to the earliest', () => {
    const story = storyOf({
      events: [{ id: 'e', date: '2026-02-10' }],
      reports: [
        { id: 'second', source: 'b', published: '2026-02-17', events: ['e'] },
        { id: 'first', source: 'a', published: '2026-02-16T15:45Z', events: ['e'] },
        { id: 'third', source: 'c', published: '2026-03', events: ['e'] },
      ],
    });
    const event = story.eventById.get('e')!;
    expect(event.firstCoverage).toEqual({ candidates: [story.reportById.get('first')], known: true, why: '' });
    expect(Object.keys(event.coverageMarks)).toEqual(['first']);
  });

  it('narrows a month-only report only from the event it follows, not from its own text', () => {
    const story = storyOf({
      events: [{ id: 'scoop', date: '2026-02-13 or 2026-02-14' }],
      reports: [
        { id: 'narrowed', source: 'a', published: '2026-02', publishedAfter: 'scoop' },
        { id: 'plain', source: 'b', published: '2026-02' },
      ],
    });
    expect(story.reportById.get('narrowed')!.published.interval.earliest).toBe(Date.UTC(2026, 1, 13));
    expect(story.reportById.get('plain')!.published.interval.earliest).toBe(Date.UTC(2026, 1, 1));
    expect(story.reportById.get('narrowed')!.published.label).toBe('February 2026');
  });

  it('leaves an event nobody covered without candidates', () => {
    const event = storyOf(fordStory()).eventById.get('ft-story')!;
    expect(event.firstCoverage.candidates.length).toBeGreaterThan(0);
    const lonely = storyOf({ events: [{ id: 'e', date: '2026-02' }], reports: [] }).eventById.get('e')!;
    expect(lonely.firstCoverage).toEqual({ candidates: [], known: false, why: '' });
    expect(lonely.coverageMarks).toEqual({});
  });

  it('calls the one report we hold on an event the only one we hold, never the first to cover it', () => {
    const story = storyOf({
      events: [{ id: 'old-rule', date: '2022' }],
      reports: [{ id: 'r', source: 'wire', published: '2026-02-16', events: ['old-rule'] }],
    });
    expect(story.eventById.get('old-rule')!.coverageMarks).toEqual({
      r: {
        kind: 'only',
        text: 'The only report we hold',
        why: 'No other report in our collection covers this; others may exist.',
      },
    });
  });
});

describe('latest development', () => {
  it('is known when one event is proved to be the latest that has happened; planned events do not count', () => {
    const story = storyOf(fordStory());
    expect(ids(story.latestDevelopment.candidates)).toEqual(['bloomberg-scoop']);
    expect(story.latestDevelopment.known).toBe(true);
    expect(story.latestDevelopment.why).toBe('');
  });

  it('is unknown when a month-only event may be later than a dated one, and says why', () => {
    const story = storyOf({
      events: [
        { id: 'dated', date: '2026-02-16', title: 'A dated event' },
        { id: 'month', date: '2026-02', title: 'A month-only event' },
        { id: 'older', date: '2026-01-20', title: 'An older event' },
        { id: 'planned', date: '2026-04', planned: true },
      ],
      reports: [],
    });
    expect(ids(story.latestDevelopment.candidates)).toEqual(['month', 'dated']);
    expect(story.latestDevelopment.known).toBe(false);
    expect(story.latestDevelopment.why).toBe(
      'The dates do not show which came latest: A month-only event (February 2026); A dated event (16 February 2026).',
    );
  });

  it('is empty without events', () => {
    expect(storyOf({ reports: [] }).latestDevelopment).toEqual({ candidates: [], known: false, why: '' });
  });
});

describe('related reports', () => {
  it('ranks other reports by shared events, then story order, without the report itself, up to the limit', () => {
    const story = storyOf({
      limits: { relatedReports: 2 },
      events: [
        { id: 'e1', date: '2026-01-01' },
        { id: 'e2', date: '2026-01-02' },
        { id: 'e3', date: '2026-01-03' },
      ],
      reports: [
        { id: 'main', source: 's', published: '2026-02-10', events: ['e1', 'e2', 'e3'] },
        { id: 'one-early', source: 's', published: '2026-02-01', events: ['e3'] },
        { id: 'two', source: 's', published: '2026-02-20', events: ['e1', 'e2'] },
        { id: 'one-late', source: 's', published: '2026-02-25', events: ['e1'] },
        { id: 'none', source: 's', published: '2026-02-26' },
      ],
    });
    const related = story.reportById.get('main')!.related;
    expect(related.map(({ report, sharedEvents }) => [report.id, sharedEvents])).toEqual([
      ['two', 2],
      ['one-early', 1],
    ]);
    expect(story.reportById.get('none')!.related).toEqual([]);
    const all = storyOf({ ...fordStory(), limits: { relatedReports: 10 } }).reportById.get('drive-farley-met')!.related;
    expect(all.map(({ report, sharedEvents }) => `${report.id}:${sharedEvents}`)).toEqual([
      'torque-cafe-landmark:3',
      'autoguide-ford-wants:2',
      'electrek-ford-asks:2',
      'autopapo-ford-denies:1',
    ]);
  });
});

describe('related reports, many at once', () => {
  it('are what counting every pair and sorting gives, for every report of a dense story', () => {
    let seed = 7;
    const random = (n: number) => (((seed = (seed * 48271) % 2147483647) % n) + n) % n;
    const events = Array.from({ length: 9 }, (_, i) => ({
      id: `e${i}`,
      date: `2026-01-${String(i + 1).padStart(2, '0')}`,
    }));
    const reports = Array.from({ length: 80 }, (_, i) => ({
      id: `r${String(i).padStart(2, '0')}`,
      source: `s${random(4)}`,
      published: `2026-02-${String(1 + random(27)).padStart(2, '0')}`,
      events: [...new Set(Array.from({ length: random(4) }, () => `e${random(9)}`))],
    }));
    const story = storyOf({ limits: { relatedReports: 4 }, events, reports });
    for (const report of story.reports) {
      const mine = new Set(report.events);
      const expected = story.reports
        .filter((other) => other !== report)
        .map((other) => ({ other, shared: other.events.filter((event) => mine.has(event)).length }))
        .filter(({ shared }) => shared > 0)
        .sort((a, b) => b.shared - a.shared || story.reports.indexOf(a.other) - story.reports.indexOf(b.other))
        .slice(0, 4)
        .map(({ other, shared }) => `${other.id}:${shared}`);
      expect(report.related.map(({ report: other, sharedEvents }) => `${other.id}:${sharedEvents}`)).toEqual(expected);
    }
  });
});

describe('outlets and entities', () => {
  const source = (id: string) => storyOf(fordStory()).sourceById.get(id)!;

  it('calls an outlet probable only when every report of its own is probable', () => {
    expect(source('drive').probable).toBe(true);
    expect(source('electrek').probable).toBe(false);
    expect(source('bloomberg').probable).toBe(false);
    const mixed = storyOf({
      reports: [
        { id: 'a', source: 'mixed', published: '2026-02-01', attribution: 'probable' },
        { id: 'b', source: 'mixed', published: '2026-02-02' },
        { id: 'c', source: 'sure', published: '2026-02-03', attribution: 'confirmed' },
      ],
    });
    expect(mixed.sourceById.get('mixed')!.probable).toBe(false);
    expect(mixed.sourceById.get('sure')!.probable).toBe(false);
  });

  it('tells outlets with reports of their own from outlets only cited, each sorted by name', () => {
    const story = storyOf(fordStory());
    expect(story.reportingSources.map((s) => s.name)).toEqual([
      'AutoGuide',
      'AutoPapo',
      'Drive',
      'Electrek',
      'Torque Cafe',
    ]);
    expect(story.citedOnlySources.map((s) => s.name)).toEqual(['Bloomberg', 'Financial Times']);
    expect(source('bloomberg').citedOnly).toBe(true);
    expect(source('electrek').citedOnly).toBe(false);
    expect(ids(source('bloomberg').reports)).toEqual([]);
  });

  it('records scoops, who each outlet relies on and who relies on it, most first, then by name', () => {
    expect(ids(source('bloomberg').scoops)).toEqual(['bloomberg-scoop']);
    expect(source('torque-cafe').upstream.map((edge) => [edge.source.id, edge.reports])).toEqual([
      ['bloomberg', 1],
      ['financial-times', 1],
    ]);
    expect(source('bloomberg').downstream.map((edge) => edge.source.id)).toEqual([
      'autoguide',
      'drive',
      'electrek',
      'torque-cafe',
    ]);
    const heavy = storyOf({
      reports: [
        { id: 'a1', source: 'aggregator', published: '2026-02-01', cites: ['wire'] },
        { id: 'a2', source: 'aggregator', published: '2026-02-02', cites: ['wire', 'paper'] },
        { id: 'a3', source: 'aggregator', published: '2026-02-03', cites: ['paper', 'wire'] },
        { id: 'b1', source: 'blog', published: '2026-02-04', cites: ['paper'] },
        { id: 'b2', source: 'blog', published: '2026-02-05', cites: ['paper'] },
        { id: 'c1', source: 'columnist', published: '2026-02-06', cites: ['paper'] },
      ],
      sources: [
        { id: 'paper', name: 'The Paper' },
        { id: 'wire', name: 'A Wire' },
      ],
    });
    expect(heavy.sourceById.get('aggregator')!.upstream.map((edge) => [edge.source.id, edge.reports])).toEqual([
      ['wire', 3],
      ['paper', 2],
    ]);
    expect(heavy.sourceById.get('paper')!.downstream.map((edge) => [edge.source.id, edge.reports])).toEqual([
      ['aggregator', 2],
      ['blog', 2],
      ['columnist', 1],
    ]);
    expect(heavy.citations.map((edge) => `${edge.from.id}>${edge.to.id}:${edge.reports}`)).toEqual([
      'aggregator>wire:3',
      'aggregator>paper:2',
      'blog>paper:2',
      'columnist>paper:1',
    ]);
  });

  it('groups entities by kind in the kinds’ order, leaving empty kinds out', () => {
    const story = storyOf(fordStory());
    expect(story.entitiesByKind.map(({ kind, entities }) => [kind, ids(entities)])).toEqual([
      ['person', ['donald-trump', 'jim-farley']],
      ['company', ['ford', 'xiaomi']],
    ]);
    expect(ids(story.entityById.get('jim-farley')!.events)).toEqual(['detroit-pitch', 'bloomberg-scoop']);
  });

  it('counts the story: reports, reporting outlets, their countries, events, claims', () => {
    const story = storyOf(fordStory());
    expect(story.stats).toEqual({
      reports: 5,
      outlets: 5,
      countries: 4,
      outletsWithoutCountry: 0,
      events: 6,
      claims: 3,
    });
  });

  it('gives reading time at an unhurried pace, at least a minute', () => {
    const timed = storyOf({
      reports: [
        { id: 'short', source: 's', published: '2026-02-01', words: 20 },
        { id: 'medium', source: 's', published: '2026-02-02', words: 660 },
        { id: 'rounded', source: 's', published: '2026-02-03', words: 769 },
      ],
    });
    expect(['short', 'medium', 'rounded'].map((id) => timed.reportById.get(id)!.readingMinutes)).toEqual([1, 3, 3]);
  });
});

describe('tie-breakers', () => {
  it('compares ids as text', () => {
    expect(byId({ id: 'a' }, { id: 'b' })).toBe(-1);
    expect(byId({ id: 'b' }, { id: 'a' })).toBe(1);
    expect(byId({ id: 'a' }, { id: 'a' })).toBe(0);
    expect(byId({ id: 'a-2' }, { id: 'a-10' })).toBe(1);
  });

  it('sorts outlets by name, not id, and outlets of the same name by id', () => {
    const story = storyOf({
      sources: [
        { id: 'a-outlet', name: 'Zulu Times' },
        { id: 'z-outlet', name: 'Alpha Daily' },
        { id: 'm-outlet', name: 'Same Name' },
        { id: 'b-outlet', name: 'Same Name' },
        { id: 'c-cited', name: 'Zed Agency' },
        { id: 'y-cited', name: 'Able Agency' },
      ],
      reports: [
        { id: 'r1', source: 'a-outlet', published: '2026-02-01', cites: ['c-cited'] },
        { id: 'r2', source: 'z-outlet', published: '2026-02-02', cites: ['y-cited'] },
        { id: 'r3', source: 'm-outlet', published: '2026-02-03' },
        { id: 'r4', source: 'b-outlet', published: '2026-02-04' },
      ],
    });
    expect(ids(story.reportingSources)).toEqual(['z-outlet', 'b-outlet', 'm-outlet', 'a-outlet']);
    expect(ids(story.citedOnlySources)).toEqual(['y-cited', 'c-cited']);
    expect(ids(story.sources)).toEqual(['a-outlet', 'b-outlet', 'c-cited', 'm-outlet', 'y-cited', 'z-outlet']);
  });

  it('lists who relies on an outlet most first, then by name, whatever order the outlets are in', () => {
    const story = storyOf({
      sources: [
        { id: 'a-blog', name: 'Blog' },
        { id: 'b-zine', name: 'Zine' },
        { id: 'c-aggregator', name: 'Aggregator' },
        { id: 'd-digest', name: 'Digest' },
      ],
      reports: [
        { id: 'b1', source: 'a-blog', published: '2026-02-01', cites: ['paper'] },
        { id: 'z1', source: 'b-zine', published: '2026-02-02', cites: ['paper'] },
        { id: 'g1', source: 'c-aggregator', published: '2026-02-03', cites: ['paper', 'wire'] },
        { id: 'g2', source: 'c-aggregator', published: '2026-02-04', cites: ['paper', 'wire'] },
        { id: 'g3', source: 'c-aggregator', published: '2026-02-05', cites: ['wire'] },
        { id: 'd1', source: 'd-digest', published: '2026-02-06', cites: ['paper'] },
      ],
    });
    expect(story.sourceById.get('paper')!.downstream.map((edge) => [edge.source.name, edge.reports])).toEqual([
      ['Aggregator', 2],
      ['Blog', 1],
      ['Digest', 1],
      ['Zine', 1],
    ]);
    expect(story.sourceById.get('c-aggregator')!.upstream.map((edge) => [edge.source.id, edge.reports])).toEqual([
      ['wire', 3],
      ['paper', 2],
    ]);
  });
});

describe('optional inputs', () => {
  it('groups no entities by kind without kinds, counts countries only where known, and reads a missing "planned" as not planned', () => {
    const input = storyInput({
      sources: [{ id: 'known', country: 'US' }, { id: 'also-us', country: 'US' }, { id: 'unknown' }],
      events: [{ id: 'e', date: '2026-02-01' }],
      claims: [
        { id: 'c', basis: 'not-sourced', history: [{ status: 'reported', date: '2026-02-01', outlet: 'known' }] },
      ],
      reports: [
        { id: 'a', source: 'known', published: '2026-02-01', events: ['e'], entities: ['ford'] },
        { id: 'b', source: 'also-us', published: '2026-02-02' },
        { id: 'c', source: 'unknown', published: '2026-02-03' },
      ],
    });
    delete input.entityKinds;
    delete input.events[0].span.planned;
    delete input.events[0].corrections;
    delete input.reports[0].corrections;
    delete input.claims![0].corrections;
    const story = buildStoryGraph<ContentTypes>(input);
    expect(story.entitiesByKind).toEqual([]);
    expect(ids(story.entities)).toEqual(['ford']);
    expect(story.reportById.get('a')!.corrections).toEqual([]);
    expect(story.eventById.get('e')!.corrections).toEqual([]);
    expect(story.claimById.get('c')!.corrections).toEqual([]);
    expect(story.corrections).toEqual([]);
    expect(story.stats).toMatchObject({ outlets: 3, countries: 1, outletsWithoutCountry: 1 });
    expect(story.eventById.get('e')!.planned).toBe(false);
    expect(ids(story.latestDevelopment.candidates)).toEqual(['e']);
  });
});

describe('an event known by a report', () => {
  it('states the upper bound its earliest covering report gives, only when that report ends before the date could', () => {
    const story = storyOf(fordStory({ publishedAfter: true }));
    expect(story.eventById.get('ford-denial')!.knownBy?.text).toBe(
      'By 4 February 2026, 11:00 UTC, when AutoPapo reported it.',
    );
    expect(story.eventById.get('ford-denial')!.knownBy?.report.id).toBe('autopapo-ford-denies');
    // Its interval ends there too, so nothing may place it after the report that covered it.
    expect(story.eventById.get('ford-denial')!.when.interval.latest).toBe(Date.parse('2026-02-04T11:00Z'));
    expect(story.eventById.get('xi-meeting')!.when.interval.latest).toBe(Date.UTC(2026, 4, 1) - 1);
    // Reports dated 16 February and later say nothing about a speech dated 13 January; a plan has no bound.
    expect(story.eventById.get('trump-speech')!.knownBy).toBeUndefined();
    expect(story.eventById.get('xi-meeting')!.knownBy).toBeUndefined();
    // Farley's pitch is known only to January; every report is later than January's end.
    expect(story.eventById.get('detroit-pitch')!.knownBy).toBeUndefined();
  });
});
