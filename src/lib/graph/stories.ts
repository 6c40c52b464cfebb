// Many stories on one site: each story's graph is the site's graph restricted to its reports, events and claims
// (outlets and people are shared), and the stories are ordered by their latest development by the story order.
import type { DateView } from '../dates';
import { buildStoryGraph, type StoryGraph } from './index';
import { latestOf, orderMarks, ordered, sameDate, storyOrder } from './ordering';
import type { TimelineItem } from './timeline';
import type { DataTypes, PriorityMark, ReportNode, StoryEntryInput, StoryInput } from './types';

export interface StoryFront<T extends DataTypes> {
  id: string;
  title: string;
  data: T['story'];
  /** The story's own graph: its reports, events and claims, and the outlets and people they name. */
  graph: StoryGraph<T>;
  /** Its newest development that has happened (event or report), by the story order; none before its first. */
  latest?: {
    kind: 'event' | 'report';
    id: string;
    title: string;
    when: DateView;
    /**
     * Whether the dates prove it came last; when they do not, it is the item the story order places last among
     * the ones that may have (`why` names them), and it is never called "the latest".
     */
    known: boolean;
    why: string;
  };
}

export interface SiteGraph<T extends DataTypes> {
  /** Every story's entries together: the site-wide pages (reports, outlets, people, the site's feeds). */
  all: StoryGraph<T>;
  /** The stories, newest development first; stories with none yet last, by title. */
  stories: StoryFront<T>[];
  /**
   * The story of a site that follows exactly one: its front is the site's home page and the site-wide pages are its
   * own, as before the site had stories. None when the site follows several (or none yet).
   */
  only?: StoryFront<T>;
  /** "Order not known" beside a story whose place its latest development's date does not prove. */
  storyOrderMarks: Record<string, PriorityMark>;
  /** Stories whose latest developments share a date, so that only their titles order them: said in words. */
  storyTieNotes: string[];
  storyById: Map<string, StoryFront<T>>;
  /**
   * Reports grouped by story, stories in the site's order, each group in the order given (a list in story order, as
   * outlet and entity pages have them), with "order not known" where the dates do not prove a report's place among its
   * group's neighbours, which are not its neighbours in the whole list.
   */
  byStory(reports: ReportNode<T>[]): {
    story: StoryFront<T>;
    /**
     * The group's reports among the first `reportList` of the list given: grouping shows no more reports than the
     * flat list would (a list cut per group would show a limit's worth for each of a hundred stories).
     */
    reports: ReportNode<T>[];
    /** All of the group's reports in the list given, shown or not. */
    total: number;
    reportOrderMarks: Record<string, PriorityMark>;
  }[];
}

const inStory = (storyId: string) => (entry: { storyIds?: string[] }) => entry.storyIds?.includes(storyId) ?? false;

/** The site's input restricted to one story: its reports, events and claims; every outlet and person stays. */
function scopeTo<T extends DataTypes>(input: StoryInput<T>, storyId: string): StoryInput<T> {
  const member = inStory(storyId);
  return {
    ...input,
    stories: undefined,
    reports: input.reports.filter(member),
    events: input.events.filter(member),
    claims: (input.claims ?? []).filter(member),
  };
}

const itemTitle = <T extends DataTypes>(item: TimelineItem<T>) =>
  item.kind === 'event' ? item.event.title : ((item.report.data as { headline?: string }).headline ?? item.id);

function front<T extends DataTypes>(
  entry: StoryEntryInput<T>,
  input: StoryInput<T>,
  all: StoryGraph<T>,
): StoryFront<T> {
  const scoped = scopeTo(input, entry.id);
  // A story every entry belongs to (a site that follows one) is the site's graph: not built twice.
  const whole =
    scoped.reports.length === input.reports.length &&
    scoped.events.length === input.events.length &&
    scoped.claims!.length === (input.claims ?? []).length;
  const graph = whole ? all : buildStoryGraph(scoped);
  const happened = graph.homeTimeline.flatMap((period) => period.items);
  const newest = happened[0];
  const whenOf = (item: TimelineItem<T>) => (item.kind === 'event' ? item.event.when : item.report.published);
  const proven = latestOf(
    happened,
    (item) => whenOf(item).interval,
    (item) => `${itemTitle(item)} (${whenOf(item).label})`,
  );
  return {
    id: entry.id,
    title: entry.title,
    data: entry.data,
    graph,
    latest: newest && {
      kind: newest.kind,
      id: newest.id,
      title: itemTitle(newest),
      when: whenOf(newest),
      known: proven.known,
      why: proven.why,
    },
  };
}

/** Groups of two or more stories, next to each other, whose latest developments have the same date as written. */
function tieNotes<T extends DataTypes>(dated: StoryFront<T>[]): string[] {
  const notes: string[] = [];
  let group: StoryFront<T>[] = [];
  const flush = () => {
    if (group.length > 1)
      notes.push(
        `${group.length} stories’ latest developments are dated only “${group[0].latest!.when.label}”: which came last is not known, so they are listed by title.`,
      );
    group = [];
  };
  const orderedOf = (story: StoryFront<T>) => ordered(story.id, story.latest!.when);
  for (const story of dated) {
    const previous = group.at(-1);
    if (!previous || !sameDate(orderedOf(previous), orderedOf(story))) flush();
    group.push(story);
  }
  flush();
  return notes;
}

export function buildSiteGraph<T extends DataTypes>(input: StoryInput<T>): SiteGraph<T> {
  const all = buildStoryGraph(input);
  const fronts = (input.stories ?? []).map((entry) => front(entry, input, all));
  const newestFirst = storyOrder(input.timeZone, 'newest-first');
  const dated = fronts.filter((story) => story.latest);
  dated.sort((a, b) =>
    newestFirst(ordered(a.id, a.latest!.when, 0, a.title), ordered(b.id, b.latest!.when, 0, b.title)),
  );
  const undated = fronts
    .filter((story) => !story.latest)
    .sort((a, b) => a.title.localeCompare(b.title, 'en') || (a.id < b.id ? -1 : 1));
  const stories = [...dated, ...undated];
  const position = new Map(stories.map((story, index) => [story.id, index]));
  const storyById = new Map(stories.map((story) => [story.id, story]));
  return {
    all,
    stories,
    only: stories.length === 1 ? stories[0] : undefined,
    storyOrderMarks: orderMarks(dated, (story) => story.latest!.when),
    storyTieNotes: tieNotes(dated),
    storyById,
    byStory(reports) {
      const groups = new Map<string, { shown: ReportNode<T>[]; total: number }>();
      reports.forEach((report, index) => {
        for (const id of report.storyIds) {
          const group = groups.get(id) ?? { shown: [], total: 0 };
          if (index < all.limits.reportList) group.shown.push(report);
          group.total++;
          groups.set(id, group);
        }
      });
      return [...groups]
        .sort(([a], [b]) => position.get(a)! - position.get(b)!)
        .map(([id, { shown, total }]) => ({
          story: storyById.get(id)!,
          reports: shown,
          total,
          reportOrderMarks: orderMarks(shown, (report) => report.published),
        }));
    },
  };
}
