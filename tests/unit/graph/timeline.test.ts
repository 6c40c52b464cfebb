// The timeline: events and reports interleaved in story order, month (or year) sections, tie notes, pages.
import { describe, expect, it } from 'vitest';
import type { TimelinePeriod } from '../../../src/lib/graph';
import type { ContentTypes } from '../../../src/lib/story-types';
import { fordStory, ids, storyOf, type ReportSpec } from '../../helpers/graph-fixture';

const shape = (periods: TimelinePeriod<ContentTypes>[]) =>
  periods.map((period) => [period.key, period.label, ids(period.items)]);

describe('sections', () => {
  it('interleaves events and reports, events first at the same moment, in contiguous month sections', () => {
    const story = storyOf(fordStory());
    expect(shape(story.timeline)).toEqual([
      ['2026-01', 'January 2026', ['detroit-pitch', 'trump-speech']],
      [
        '2026-02',
        'February 2026',
        [
          'ft-story',
          'ford-denial',
          'autoguide-ford-wants',
          'drive-farley-met',
          'torque-cafe-landmark',
          'autopapo-ford-denies',
          'bloomberg-scoop',
          'electrek-ford-asks',
        ],
      ],
      ['2026-04', 'April 2026', ['xi-meeting']],
    ]);
    const item = story.timeline[1].items[5];
    expect(item.kind).toBe('report');
    expect(item.kind === 'report' && item.report).toBe(story.reportById.get('autopapo-ford-denies'));
    const event = story.timeline[0].items[1];
    expect(event.kind === 'event' && event.event).toBe(story.eventById.get('trump-speech'));
  });

  it('puts an event before a report of the same day', () => {
    const story = storyOf({
      events: [{ id: 'z-event', date: '2026-02-16' }],
      reports: [{ id: 'a-report', source: 'wire', published: '2026-02-16' }],
    });
    expect(ids(story.timeline[0].items)).toEqual(['z-event', 'a-report']);
  });

  it('puts a year-only section after the months of that year, and before the next year', () => {
    const story = storyOf({
      events: [
        { id: 'year-2025', date: '2025' },
        { id: 'september-2025', date: '2025-09-10' },
        { id: 'december-2025', date: '2025-12' },
        { id: 'year-2026', date: '2026' },
        { id: 'april-2026', date: '2026-04', planned: true },
      ],
      reports: [{ id: 'february-report', source: 'wire', published: '2026-02-03' }],
    });
    expect(shape(story.timeline)).toEqual([
      ['2025-09', 'September 2025', ['september-2025']],
      ['2025-12', 'December 2025', ['december-2025']],
      ['2025', '2025, month not known', ['year-2025']],
      ['2026-02', 'February 2026', ['february-report']],
      ['2026-04', 'April 2026', ['april-2026']],
      ['2026', '2026, month not known', ['year-2026']],
    ]);
  });

  it('files a span under the month of its end', () => {
    const story = storyOf({ events: [{ id: 'talks', date: '2026-01-20', end: '2026-02-03' }], reports: [] });
    expect(shape(story.timeline)).toEqual([['2026-02', 'February 2026', ['talks']]]);
  });

  it('files a time in the month it falls in within the site zone', () => {
    const late = [{ id: 'late', source: 'wire', published: '2026-02-28T23:30-08:00' }];
    expect(storyOf({ reports: late }).timeline[0].key).toBe('2026-03');
    expect(storyOf({ reports: late, timeZone: 'America/Los_Angeles' }).timeline[0].key).toBe('2026-02');
  });
});

describe('tie notes', () => {
  it('says in words when reports share a written date and are listed by outlet name', () => {
    const feb = storyOf(fordStory()).timeline[1];
    expect(feb.tieNotes).toEqual([
      '3 reports are dated only “February 2026”: their order is not known, so they are listed by outlet name.',
    ]);
  });

  it('notes each group of two or more, and no single report', () => {
    const story = storyOf({
      events: [{ id: 'e', date: '2026-02-16' }],
      reports: [
        { id: 'alone', source: 'wire', published: '2026-02-10' },
        { id: 'pair-a', source: 'alpha', published: '2026-02-16' },
        { id: 'pair-b', source: 'beta', published: '2026-02-16' },
        { id: 'other', source: 'wire', published: '2026-02-18' },
        { id: 'm1', source: 'alpha', published: '2026-02' },
        { id: 'm2', source: 'beta', published: '2026-02' },
      ],
    });
    expect(ids(story.timeline[0].items)).toEqual(['m1', 'm2', 'alone', 'e', 'pair-a', 'pair-b', 'other']);
    expect(story.timeline[0].tieNotes).toEqual([
      '2 reports are dated only “February 2026”: their order is not known, so they are listed by outlet name.',
      '2 reports are dated only “16 February 2026”: their order is not known, so they are listed by outlet name.',
    ]);
  });

  it('has none when no two reports share a date, and none for events sharing one', () => {
    const story = storyOf({
      events: [
        { id: 'e1', date: '2026-02-16' },
        { id: 'e2', date: '2026-02-16' },
      ],
      reports: [
        { id: 'r1', source: 'wire', published: '2026-02-16' },
        { id: 'r2', source: 'wire', published: '2026-02-17' },
      ],
    });
    expect(story.timeline[0].tieNotes).toEqual([]);
  });
});

describe('pages', () => {
  const month = (n: number, key: string): ReportSpec[] =>
    Array.from({ length: n }, (_, index) => ({
      id: `${key}-${index + 1}`,
      source: 'wire',
      published: `${key}-${String(index + 1).padStart(2, '0')}`,
    }));

  it('cuts a month with more items than a page into pages with the right items, numbered', () => {
    const story = storyOf({
      reports: [...month(7, '2026-02'), ...month(2, '2026-01'), ...month(6, '2026-03')],
      limits: { timelinePage: 3 },
    });
    const pages = story.timelinePages.map((page) => [page.key, page.page, page.pageCount, ids(page.items)]);
    expect(pages).toEqual([
      ['2026-01', 1, 1, ['2026-01-1', '2026-01-2']],
      ['2026-02', 1, 3, ['2026-02-1', '2026-02-2', '2026-02-3']],
      ['2026-02', 2, 3, ['2026-02-4', '2026-02-5', '2026-02-6']],
      ['2026-02', 3, 3, ['2026-02-7']],
      ['2026-03', 1, 2, ['2026-03-1', '2026-03-2', '2026-03-3']],
      ['2026-03', 2, 2, ['2026-03-4', '2026-03-5', '2026-03-6']],
    ]);
    expect(story.timelinePages[2].label).toBe('February 2026');
    expect(story.periods).toEqual([
      { key: '2026-01', label: 'January 2026', itemCount: 2, pageCount: 1 },
      { key: '2026-02', label: 'February 2026', itemCount: 7, pageCount: 3 },
      { key: '2026-03', label: 'March 2026', itemCount: 6, pageCount: 2 },
    ]);
  });

  it('keeps a period’s tie notes on each of its pages', () => {
    const story = storyOf({
      reports: [
        { id: 'a', source: 'alpha', published: '2026-02' },
        { id: 'b', source: 'beta', published: '2026-02' },
        { id: 'c', source: 'gamma', published: '2026-02' },
      ],
      limits: { timelinePage: 2 },
    });
    expect(story.timelinePages.map((page) => [page.page, ids(page.items), page.tieNotes.length])).toEqual([
      [1, ['a', 'b'], 1],
      [2, ['c'], 1],
    ]);
  });

  it('uses a page of 100 items by default', () => {
    const story = storyOf({ reports: month(28, '2026-02') });
    expect(story.limits.timelinePage).toBe(100);
    expect(story.timelinePages).toHaveLength(1);
  });
});

describe('order not known', () => {
  it('marks each item whose place against a neighbour its dates do not prove, and no other', () => {
    const story = storyOf(fordStory({ publishedAfter: true }));
    const marked = story.timeline.flatMap((period) =>
      period.items.filter((item) => item.orderMark).map((item) => item.id),
    );
    // Farley's January pitch may be before or after Trump's 13 January speech; the FT story, Ford's denial and
    // AutoPapo's 4 Feb report all fall within an estimate's reach; the reports known only to February follow the
    // 13-or-14 scoop (proven by what they relay) but may come before or after Electrek's 16 Feb report.
    expect(marked).toEqual([
      'detroit-pitch',
      'trump-speech',
      'ft-story',
      'ford-denial',
      'autopapo-ford-denies',
      'autoguide-ford-wants',
      'drive-farley-met',
      'torque-cafe-landmark',
      'electrek-ford-asks',
    ]);
    const scoop = story.timeline[1].items.find((item) => item.id === 'bloomberg-scoop')!;
    expect(scoop.orderMark).toBeUndefined();
    expect(story.timeline[2].items[0].orderMark).toBeUndefined();
  });
});

describe('home timeline', () => {
  it('keeps the latest items newest first in their sections, planned events apart, and lists the periods it leaves out, latest first', () => {
    const story = storyOf({ ...fordStory(), limits: { homeItems: 4 } });
    // Newest first by the story order reversed; a plan (the April meeting) is not news of the day: it stands apart.
    expect(shape(story.homeTimeline)).toEqual([
      [
        '2026-02',
        'February 2026',
        ['electrek-ford-asks', 'bloomberg-scoop', 'autopapo-ford-denies', 'autoguide-ford-wants'],
      ],
    ]);
    expect(ids(story.plans)).toEqual(['xi-meeting']);
    expect(story.earlierPeriods.map((period) => [period.key, period.itemCount])).toEqual([
      ['2026-02', 8],
      ['2026-01', 2],
    ]);
  });

  it('shows everything, what happened in the timeline and plans apart, and lists no earlier period when the story is short', () => {
    const story = storyOf(fordStory());
    expect(story.homeTimeline.flatMap((period) => ids(period.items))).toHaveLength(10);
    expect(ids(story.plans)).toEqual(['xi-meeting']);
    expect(story.earlierPeriods).toEqual([]);
  });

  it('ends a section exactly at the limit', () => {
    const story = storyOf({ ...fordStory(), limits: { homeItems: 8 } });
    expect(shape(story.homeTimeline).map(([key, , items]) => [key, items.length])).toEqual([['2026-02', 8]]);
    expect(story.earlierPeriods.map((period) => period.key)).toEqual(['2026-01']);
  });
});
