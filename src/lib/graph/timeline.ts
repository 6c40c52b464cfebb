// The timeline: events and reports interleaved in story order, in month (or year) sections, paged.
import { formatPeriodKey, periodKey, type DateView } from '../dates';
import { orderMarks, ordered, sameDate, storyOrder, type Ordered } from './ordering';
import type { DataTypes, EventNode, PriorityMark, ReportNode } from './types';

export type TimelineItem<T extends DataTypes> = (
  { kind: 'event'; id: string; event: EventNode<T> } | { kind: 'report'; id: string; report: ReportNode<T> }
) & {
  /** "Order not known", where the dates do not prove the item's place against its neighbours. */
  orderMark?: PriorityMark;
};

export interface TimelinePeriod<T extends DataTypes> {
  /** "2026-02" for a month, "2025" for items known only to the year. */
  key: string;
  label: string;
  items: TimelineItem<T>[];
  /** Reports whose dates tie, so that only the visible tie-breaker orders them: said in words. */
  tieNotes: string[];
}

export interface TimelinePage<T extends DataTypes> extends TimelinePeriod<T> {
  page: number;
  pageCount: number;
}

export interface PeriodSummary {
  key: string;
  label: string;
  itemCount: number;
  pageCount: number;
}

type Entry<T extends DataTypes> = Ordered & { item: TimelineItem<T> };

const REPORT_RANK = Number.MAX_SAFE_INTEGER;

/** Groups of two or more reports with the same written date, described for readers. */
function tieNotes<T extends DataTypes>(entries: Entry<T>[]): string[] {
  const notes: string[] = [];
  let group: Entry<T>[] = [];
  const flush = () => {
    if (group.length > 1) {
      const first = group[0].item as { report: ReportNode<T> };
      notes.push(
        `${group.length} reports are dated only “${first.report.published.label}”: their order is not known, so they are listed by outlet name.`,
      );
    }
    group = [];
  };
  for (const entry of entries) {
    const previous = group.at(-1);
    if (entry.item.kind === 'report' && previous && sameDate(previous, entry)) group.push(entry);
    else {
      flush();
      if (entry.item.kind === 'report') group = [entry];
    }
  }
  flush();
  return notes;
}

/** Events and reports in story order (or its reverse), cut into contiguous month (or year) sections. */
export function buildTimeline<T extends DataTypes>(
  reports: ReportNode<T>[],
  events: { node: EventNode<T>; rank: number }[],
  timeZone: string,
  direction: 'oldest-first' | 'newest-first' = 'oldest-first',
): TimelinePeriod<T>[] {
  const entries: Entry<T>[] = [
    ...events.map(({ node, rank }) => ({
      ...ordered(node.id, node.when, rank),
      item: { kind: 'event', id: node.id, event: node } as TimelineItem<T>,
    })),
    ...reports.map((report) => ({
      ...ordered(report.id, report.published, REPORT_RANK, report.source.name),
      item: { kind: 'report', id: report.id, report } as TimelineItem<T>,
    })),
  ];
  entries.sort(storyOrder(timeZone, direction));
  const marks = orderMarks(
    entries,
    (entry) => dateOf(entry.item),
    ({ item: later }, { item: earlier }) =>
      later.kind === 'report' && earlier.kind === 'event' && later.report.followed === earlier.event,
  );
  for (const entry of entries) if (marks[entry.id]) entry.item = { ...entry.item, orderMark: marks[entry.id] };

  const sections: { key: string; entries: Entry<T>[] }[] = [];
  for (const entry of entries) {
    const key = periodKey(entry.span, timeZone);
    const current = sections.at(-1);
    if (current?.key === key) current.entries.push(entry);
    else sections.push({ key, entries: [entry] });
  }
  return sections.map(({ key, entries: inPeriod }) => ({
    key,
    label: formatPeriodKey(key),
    items: inPeriod.map((entry) => entry.item),
    tieNotes: tieNotes(inPeriod),
  }));
}

/** The date an item of the timeline stands at. */
export const dateOf = <T extends DataTypes>(item: TimelineItem<T>): DateView =>
  item.kind === 'event' ? item.event.when : item.report.published;

/** Every period cut into pages of at most `pageSize` items, for the archive. */
export function pageTimeline<T extends DataTypes>(timeline: TimelinePeriod<T>[], pageSize: number): TimelinePage<T>[] {
  return timeline.flatMap((period) => {
    const pageCount = Math.ceil(period.items.length / pageSize);
    return Array.from({ length: pageCount }, (_, index) => ({
      ...period,
      items: period.items.slice(index * pageSize, (index + 1) * pageSize),
      page: index + 1,
      pageCount,
    }));
  });
}

export const summarisePeriods = <T extends DataTypes>(
  timeline: TimelinePeriod<T>[],
  pageSize: number,
): PeriodSummary[] =>
  timeline.map(({ key, label, items }) => ({
    key,
    label,
    itemCount: items.length,
    pageCount: Math.ceil(items.length / pageSize),
  }));

/** The first `count` items of a timeline, keeping their sections (of a newest-first timeline: the latest). */
export function firstItems<T extends DataTypes>(timeline: TimelinePeriod<T>[], count: number): TimelinePeriod<T>[] {
  const kept: TimelinePeriod<T>[] = [];
  let remaining = count;
  for (const period of timeline) {
    if (remaining <= 0) break;
    const items = period.items.slice(0, remaining);
    kept.push({ ...period, items });
    remaining -= items.length;
  }
  return kept;
}
