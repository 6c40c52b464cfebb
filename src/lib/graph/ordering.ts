// The one order of the story and the one rule for priority. Order is total and deterministic; "first" and
// "latest" are claimed only when the dates prove them, never read off a tie-breaker.
import {
  earliestInstant,
  firstCandidates,
  knownBefore,
  lastCandidates,
  latestInstant,
  periodKey,
  type DateInterval,
  type DateView,
  type StorySpan,
} from '../dates';
import type { Priority, PriorityMark } from './types';
import { orderNotKnown } from './wording';

export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** What the story order needs of an item: its date as written and as known, and the visible tie-breakers. */
export interface Ordered {
  id: string;
  /** The date as written: it decides the item's timeline section. */
  span: StorySpan;
  /** The instants it may denote, narrowed by what the content knows (a report known to follow a scoop). */
  interval: DateInterval;
  /** Events before reports at the same moment, events by kind (a report before its denial). */
  rank: number;
  /** Reports that tie on their dates are listed by outlet name: a reader can see why. */
  tieLabel: string;
}

/** An item as the story order takes it, from the date the graph shows for it. */
export const ordered = (id: string, when: DateView, rank = 0, tieLabel = ''): Ordered => ({
  id,
  span: when.span,
  interval: when.interval,
  rank,
  tieLabel,
});

/** The period (month, or year when only the year is known) an item's section is, as a date to compare. */
const periodOf = memoisedPeriod();
function memoisedPeriod() {
  const cache = new Map<string, { earliest: number; latest: number }>();
  return (span: StorySpan, timeZone: string) => {
    const key = periodKey(span, timeZone);
    let period = cache.get(`${timeZone}|${key}`);
    if (!period) {
      const date = { precision: key.length === 4 ? 'year' : 'month', value: key } as const;
      period = { earliest: earliestInstant(date, timeZone), latest: latestInstant(date, timeZone) };
      cache.set(`${timeZone}|${key}`, period);
    }
    return period;
  };
}

/**
 * The story order, oldest first — the one rule every list and feed follows:
 * 1. by section: the month of the date as written (a year known alone after that year's months);
 * 2. within it, by the earliest instant the item may denote, then by the latest (an item known to the day
 *    before one known to the minute on that day), so an imprecise item stands where it may first have happened;
 * 3. then events before reports and by kind (`rank`), then outlet name (`tieLabel`), then id.
 * Where this places an item whose interval overlaps a neighbour's, the order is not proven, and `orderMarks`
 * says so beside it. Items tied on their dates keep the same relative order in both directions.
 */
export function storyOrder(timeZone: string, direction: 'oldest-first' | 'newest-first' = 'oldest-first') {
  const sign = direction === 'oldest-first' ? 1 : -1;
  return (a: Ordered, b: Ordered) => {
    const periodA = periodOf(a.span, timeZone);
    const periodB = periodOf(b.span, timeZone);
    return (
      sign * (periodA.latest - periodB.latest || periodB.earliest - periodA.earliest) ||
      sign * (a.interval.earliest - b.interval.earliest || a.interval.latest - b.interval.latest) ||
      sign * (a.rank - b.rank) ||
      byText(a.tieLabel, b.tieLabel) ||
      byId(a, b)
    );
  };
}

/** True when two items' dates are known alike, so only a tie-breaker orders them. */
export const sameDate = (a: Ordered, b: Ordered) =>
  a.interval.earliest === b.interval.earliest && a.interval.latest === b.interval.latest;

/** Neither is known to come before the other. */
const overlap = (a: DateInterval, b: DateInterval) => !knownBefore(a, b) && !knownBefore(b, a);

/**
 * The "order not known" marks of a list as shown: an item whose dates do not prove its place against the item
 * before or after it. Keyed by item id; items whose place is proven have none.
 */
export function orderMarks<N extends { id: string }>(
  items: N[],
  when: (item: N) => DateView,
  /** Order known from the content rather than the dates: a report that followed the scoop it relays. */
  follows: (later: N, earlier: N) => boolean = () => false,
): Record<string, PriorityMark> {
  const marks: Record<string, PriorityMark> = {};
  const proven = (a: N, b: N) => !overlap(when(a).interval, when(b).interval) || follows(a, b) || follows(b, a);
  items.forEach((item, index) => {
    const date = when(item);
    const unproven = [items[index - 1], items[index + 1]].some(
      (neighbour) => neighbour !== undefined && !proven(neighbour, item),
    );
    if (unproven) marks[item.id] = orderNotKnown(date);
  });
  return marks;
}

function priority<N>(
  items: N[],
  candidatesOf: (items: N[], interval: (item: N) => DateInterval) => N[],
  interval: (item: N) => DateInterval,
  describe: (item: N) => string,
  which: 'first' | 'latest',
): Priority<N> {
  if (items.length === 0) return { candidates: [], known: false, why: '' };
  const candidates = candidatesOf(items, interval);
  const known = candidates.length === 1;
  return {
    candidates,
    known,
    why: known ? '' : `The dates do not show which came ${which}: ${candidates.map(describe).join('; ')}.`,
  };
}

/** Which of `items` came first, as far as their intervals prove. */
export const firstOf = <N>(items: N[], interval: (item: N) => DateInterval, describe: (item: N) => string) =>
  priority(items, firstCandidates, interval, describe, 'first');

/** Which of `items` came last, as far as their intervals prove. */
export const latestOf = <N>(items: N[], interval: (item: N) => DateInterval, describe: (item: N) => string) =>
  priority(items, lastCandidates, interval, describe, 'latest');
