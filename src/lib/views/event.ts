// The event page's view (when it happened, who broke it, which reports covered it, first only as far as the dates
// prove) and the events index's (every event in story order, each card marked where its place is unproven).
import { count } from '../graph';
import { eventKindLabel } from '../labels';
import type { DateView, StoryEvent } from '../story-types';
import type { EntityRef, EventItem, ListView, OutletRef, ReportItem } from './cards';
import type { ViewContext } from './context';
import { correctionsView, type CorrectionsView } from './corrections';
import { partOf, storyTitles, type PartOfView } from './membership';

export interface EventView {
  id: string;
  title: string;
  summary: string;
  /** "Meeting · planned": its kind, and whether it is only planned. */
  kicker: string;
  /** The stories it is part of: "Part of: …". */
  partOf?: PartOfView;
  search: { entities: string[]; stories: string[] };
  when: DateView;
  /** "By 4 February 2026, when AutoPapo reported it": the bound its date does not give. */
  knownBy?: string;
  /** Outlets whose scoop it is, "(probable)" where we only probably attribute them. */
  brokeBy: OutletRef[];
  /** "3 reports from 2 outlets". */
  coverageText: string;
  corrections: CorrectionsView;
  entities: EntityRef[];
  /** Why no report we hold is known to have come first, when none is. */
  firstWhy?: string;
  /** Its reports in story order, each with its priority or order mark, cut at the list limit. */
  reports: ListView<ReportItem>;
}

export function eventView(event: StoryEvent, context: ViewContext): EventView {
  const { cards } = context;
  const part = partOf(event.storyIds, context);
  return {
    id: event.id,
    title: event.title,
    summary: event.data.summary,
    kicker: `${eventKindLabel(event.data.kind)}${event.planned ? ' · planned' : ''}`,
    partOf: part,
    search: { entities: event.entities.map((entity) => entity.name), stories: storyTitles(part) },
    when: event.when,
    knownBy: event.knownBy?.text,
    brokeBy: event.brokeBy.map((source) => cards.outlet(source)),
    coverageText: `${count(event.reports.length, 'report')} from ${count(event.coveringSources.length, 'outlet')}`,
    corrections: correctionsView(event.corrections),
    entities: event.entities.map(cards.entity),
    firstWhy: event.firstCoverage.why
      ? `Which report we hold came first is not known. ${event.firstCoverage.why}`
      : undefined,
    reports: cards.reports(event.reports, event.reportMarks),
  };
}

export interface EventsIndexView {
  description: string;
  /** "6 developments, oldest first…". */
  lede: string;
  /** Every event in story order, marked "Order not known" where its dates do not prove its place. */
  events: EventItem[];
}

export function eventsIndexView({ story, cards, scope }: ViewContext): EventsIndexView {
  return {
    description: `The dated developments of “${scope.title}”, oldest first.`,
    lede:
      `${count(story.events.length, 'development')}, oldest first, each with the reports that cover it; where the ` +
      'dates do not prove one’s place, it says so.',
    events: cards.events(story.events, story.eventOrderMarks),
  };
}
