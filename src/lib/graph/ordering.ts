// The one order of the story and the one rule for priority. Order is total and deterministic; "first" and
// "latest" are claimed only when the dates prove them, never read off a tie-breaker.
import {
  compareSpans,
  datetimeAttribute,
  feedInstant,
  firstCandidates,
  formatStorySpan,
  intervalOf,
  isoPartialDate,
  lastCandidates,
  precisionNote,
  type DateInterval,
  type StorySpan,
} from '../dates';
import type { DateView, Priority } from './types';

export const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Everything the site shows or writes about one date, computed once. */
export function dateView(span: StorySpan, timeZone: string, notBefore?: number): DateView {
  const interval = intervalOf(span, timeZone, notBefore);
  const single = !span.end || span.end.value === span.start.value;
  return {
    span,
    label: formatStorySpan(span, timeZone),
    datetime: datetimeAttribute(span.start),
    known: interval.known,
    note: precisionNote(interval.known),
    interval,
    isoPartial: single && !span.approximate ? isoPartialDate(span.start) : undefined,
    instant: single && !span.approximate ? feedInstant(span.start) : undefined,
  };
}

/** What the story order needs of an item: its date as written, and the visible tie-breakers. */
export interface Ordered {
  id: string;
  span: StorySpan;
  /** Events before reports at the same moment, events by kind (a report before its denial). */
  rank: number;
  /** Reports that tie on their dates are listed by outlet name: a reader can see why. */
  tieLabel: string;
}

/**
 * Story order, oldest first: by date as written (see `compareSpans`), then rank, then `tieLabel`
 * (outlet name), then id. Items tied on their dates keep the same relative order in both directions.
 */
export function storyOrder(timeZone: string, direction: 'oldest-first' | 'newest-first' = 'oldest-first') {
  const sign = direction === 'oldest-first' ? 1 : -1;
  return (a: Ordered, b: Ordered) =>
    sign * compareSpans(a.span, b.span, timeZone) ||
    sign * (a.rank - b.rank) ||
    byText(a.tieLabel, b.tieLabel) ||
    byId(a, b);
}

/** True when two items' dates as written are the same, so only a tie-breaker orders them. */
export const sameDate = (a: StorySpan, b: StorySpan, timeZone: string) => compareSpans(a, b, timeZone) === 0;

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
