// Everything the site shows or writes about one date, computed once: pages, feeds, JSON-LD and story.json all
// read a date's view, so no two of them can say it differently.
import { formatStorySpan, precisionNote } from './format';
import { intervalOf, type DateInterval, type DateKnowledge, type StorySpan } from './interval';
import { datetimeAttribute, instantOf, isoPartialOf } from './machine';

/** A date as the site shows it, computed once: label, `datetime`, precision note, interval, machine forms. */
export interface DateView {
  /** The date as the editor wrote it. */
  span: StorySpan;
  label: string;
  /** For <time datetime>; absent when no valid date string is this imprecise (days in different years). */
  datetime?: string;
  known: DateKnowledge;
  /** "Known only to the month; the day is not known." */
  note: string;
  interval: DateInterval;
  /** ISO 8601 at the precision known ("2026-02"), for JSON-LD and open data (`isoPartialOf`). */
  isoPartial?: string;
  /** The instant in epoch milliseconds, only where `instantOf` allows one (feeds need one or none). */
  instant?: number;
}

/** Everything the site shows or writes about one date, computed once. */
export function dateView(span: StorySpan, timeZone: string, notBefore?: number, notAfter?: number): DateView {
  const interval = intervalOf(span, timeZone, notBefore, notAfter);
  return {
    span,
    label: formatStorySpan(span, timeZone),
    datetime: datetimeAttribute(span.start),
    known: interval.known,
    note: precisionNote(interval.known),
    interval,
    isoPartial: isoPartialOf(span),
    instant: instantOf(span),
  };
}
