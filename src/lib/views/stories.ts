// The list of the stories the site follows (the home page of a site that follows several, and /stories/): each
// story's title, status and dek, its latest development and date, where its claims stand and how many reports it
// has, in the site's order with "Order not known" where the dates do not prove a story's place.
import { count, type PriorityMark } from '../graph';
import type { SiteGraph } from '../graph/stories';
import { paths, storyPaths, withBase } from '../routes';
import type { ContentTypes, DateView } from '../story-types';
import { itemList } from '../structured-data';
import { STORY_STATUSES, type StoryStatus } from '../../schemas/stories';
import type { ViewContext } from './context';
import { homeView, type HomeView } from './home';

/** What the list needs of the site graph: the stories in order, their marks and their ties. */
export type StoryIndex = Pick<SiteGraph<ContentTypes>, 'stories' | 'only' | 'storyOrderMarks' | 'storyTieNotes'>;

type StoryFront = StoryIndex['stories'][number];

interface StoryListItemView {
  id: string;
  /** Its front, /stories/<id>/. */
  href: string;
  title: string;
  status: { key: StoryStatus; label: string };
  description: string;
  /** "Order not known" where the date of its latest development does not prove its place next to its neighbours. */
  mark?: PriorityMark;
  /** Its newest development that has happened, linked, with its date as known; none before the first. */
  latest?: {
    /** "Latest" when the dates prove it came last; "Among the latest" when they do not, said beside it, and why. */
    label: string;
    note?: string;
    why?: string;
    title: string;
    href: string;
    when: DateView;
  };
  /** Where things stand, in one line: "3 claims: 1 denied, 2 unconfirmed", or that none is tracked yet. */
  standing: string;
  /** "4 reports", or "No reports yet". */
  reportsText: string;
  /**
   * Its reports grouped by the earliest instant their `added` date may denote (epoch ms), for counting those new
   * since the reader's last visit in the browser (NewSinceVisit); empty for a story with no reports.
   */
  added: { at: number; reports: number }[];
}

export interface StoriesView {
  title: string;
  /** The page's heading: "The stories we follow" on the home page, "Stories" on /stories/. */
  heading: string;
  description: string;
  /** "The 4 stories we follow, …". */
  lede: string;
  jsonLd: object;
  stories: StoryListItemView[];
  /** Stories listed by title only because their latest developments share a date, said in words. */
  tieNotes: string[];
}

/** The home page: the story's front when the site follows one story, the list of its stories when it follows more. */
export type HomePageView = { kind: 'front'; view: HomeView } | { kind: 'stories'; view: StoriesView };

/** "3 claims: 1 denied, 2 unconfirmed" (or "1 claim: denied"), the statuses in the order the claims board shows them. */
function standing({ graph }: StoryFront): string {
  const claims = graph.claims.length;
  if (claims === 0) return 'No claims tracked yet';
  if (claims === 1) return `1 claim: ${graph.claimsBoard[0].label.toLowerCase()}`;
  const groups = graph.claimsBoard.map((group) => `${group.lines.length} ${group.label.toLowerCase()}`);
  return `${count(claims, 'claim')}: ${groups.join(', ')}`;
}

function addedCounts({ graph }: StoryFront): StoryListItemView['added'] {
  const counts = new Map<number, number>();
  for (const report of graph.reports) {
    const at = report.added.interval.earliest;
    counts.set(at, (counts.get(at) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => a - b).map(([at, reports]) => ({ at, reports }));
}

function item(front: StoryFront, mark: PriorityMark | undefined): StoryListItemView {
  const { latest } = front;
  const reports = front.graph.reports.length;
  return {
    id: front.id,
    href: withBase(storyPaths(front.id).home()),
    title: front.data.title,
    status: { key: front.data.status, label: STORY_STATUSES[front.data.status] },
    description: front.data.description,
    mark,
    latest: latest && {
      label: latest.known ? 'Latest' : 'Among the latest',
      note: latest.known ? undefined : 'the dates do not show which came last',
      why: latest.known ? undefined : latest.why,
      title: latest.title,
      href: withBase(latest.kind === 'event' ? paths.event(latest.id) : paths.report(latest.id)),
      when: latest.when,
    },
    standing: standing(front),
    reportsText: reports === 0 ? 'No reports yet' : count(reports, 'report'),
    added: addedCounts(front),
  };
}

/** The stories as listed, titled `title` (the site's name on its home page, "Stories" on /stories/). */
export function storiesView(
  index: StoryIndex,
  context: ViewContext,
  { title, heading }: { title: string; heading: string },
): StoriesView {
  const { settings, absolute } = context;
  const stories = index.stories.map((front) => item(front, index.storyOrderMarks[front.id]));
  return {
    title,
    heading,
    description: `The ${count(stories.length, 'story', 'stories')} ${settings.site.name} follows, latest development first.`,
    lede:
      `${count(stories.length, 'story', 'stories')} we follow, the one with the latest development first, as far as ` +
      'the dates show; where they do not, the story says its order is not known. Stories with no reports yet come last.',
    jsonLd: itemList(
      title,
      index.stories.map((front) => ({
        name: front.data.title,
        url: absolute(storyPaths(front.id).home()),
        note: index.storyOrderMarks[front.id]?.why,
      })),
    ),
    stories,
    tieNotes: index.storyTieNotes,
  };
}

export function homePageView(index: StoryIndex, context: ViewContext): HomePageView {
  return index.only
    ? { kind: 'front', view: homeView(context) }
    : {
        kind: 'stories',
        view: storiesView(index, context, { title: context.settings.site.name, heading: 'The stories we follow' }),
      };
}
