// The reader's guide to our dates: every way a date can be known, what it means, and an example from the
// story itself where it has one (the about page shows them, so the examples change with the content).
import { precisionNote, type DateKnowledge } from '../dates';
import type { TimelineItem, TimelinePeriod } from './timeline';
import type { DataTypes, DateView } from './types';

/** Every way a date can be known, from the most precise to the least, then the qualified ones. */
export const DATE_KNOWLEDGE = [
  'exact',
  'day',
  'one-of',
  'month',
  'year',
  'approximate',
  'planned',
] as const satisfies readonly DateKnowledge[];
// A new kind of knowledge in src/lib/dates must be added above: this line stops the type check until it is.
const everyKnowledge: Exclude<DateKnowledge, (typeof DATE_KNOWLEDGE)[number]> extends never ? true : never = true;
void everyKnowledge;

export interface PrecisionEntry<T extends DataTypes> {
  known: DateKnowledge;
  /** "Known only to the month; the day is not known." */
  note: string;
  /** The first item of the story dated this way, when there is one. */
  example?: { date: DateView; item: TimelineItem<T> };
}

const dateOf = <T extends DataTypes>(item: TimelineItem<T>): DateView =>
  item.kind === 'event' ? item.event.when : item.report.published;

/** One entry per kind of date knowledge, each with the first item of the (oldest-first) timeline known that way. */
export function precisionGuide<T extends DataTypes>(timeline: TimelinePeriod<T>[]): PrecisionEntry<T>[] {
  const items = timeline.flatMap((period) => period.items);
  return DATE_KNOWLEDGE.map((known) => {
    const item = items.find((candidate) => dateOf(candidate).known === known);
    return { known, note: precisionNote(known), ...(item && { example: { date: dateOf(item), item } }) };
  });
}
