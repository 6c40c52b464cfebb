// The reader's guide to our dates: every way a date can be known, what it means, and an example from the
// story itself where it has one (the about page shows them, so the examples change with the content).
import { DATE_KNOWLEDGE, precisionNote, type DateKnowledge, type DateView } from '../dates';
import { dateOf, type TimelineItem, type TimelinePeriod } from './timeline';
import type { DataTypes } from './types';

export interface PrecisionEntry<T extends DataTypes> {
  known: DateKnowledge;
  /** "Known only to the month; the day is not known." */
  note: string;
  /** The first item of the story dated this way, when there is one. */
  example?: { date: DateView; item: TimelineItem<T> };
}

/** One entry per kind of date knowledge, each with the first item of the (oldest-first) timeline known that way. */
export function precisionGuide<T extends DataTypes>(timeline: TimelinePeriod<T>[]): PrecisionEntry<T>[] {
  const items = timeline.flatMap((period) => period.items);
  return DATE_KNOWLEDGE.map((known) => {
    const item = items.find((candidate) => dateOf(candidate).known === known);
    return { known, note: precisionNote(known), ...(item && { example: { date: dateOf(item), item } }) };
  });
}
