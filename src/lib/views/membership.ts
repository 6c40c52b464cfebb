// What the site-wide pages show of stories: which stories a report, event or claim is part of ("Part of: A and B"),
// and an outlet's or a person's reports grouped by story. Outlets and people are shared by every story, so their
// pages keep one URL and say where each report belongs.
import type { Report } from '../story-types';
import type { ListView, ReportItem, StoryRef } from './cards';
import type { StoryEntry, ViewContext, ViewSettings } from './context';

export interface PartOfView {
  /** "Part of". */
  label: string;
  /** The stories in the site's order, each with the words before it ("", ", " or " and "). */
  stories: { before: string; story: StoryRef }[];
}

/** The stories an entry names, in the site's order. */
export const storiesOf = (storyIds: readonly string[], { stories }: ViewSettings): StoryEntry[] =>
  stories.list.filter((entry) => storyIds.includes(entry.id));

/** The stories an entry is part of, in the site's order; none when it names none the site follows. */
export function partOf(storyIds: readonly string[], { cards, settings }: ViewContext): PartOfView | undefined {
  const named = storiesOf(storyIds, settings);
  if (named.length === 0) return undefined;
  return {
    label: 'Part of',
    stories: named.map((entry, index) => ({
      before: index === 0 ? '' : index === named.length - 1 ? ' and ' : ', ',
      story: cards.story(entry),
    })),
  };
}

/** The titles search filters an entry by (Pagefind's `story` filter). */
export const storyTitles = (part: PartOfView | undefined) => part?.stories.map(({ story }) => story.title) ?? [];

/** Reports of one story on an outlet's or a person's page, headed by the story's title linking to its front. */
export interface ReportGroupView {
  story: StoryRef;
  total: number;
  /** The group's reports among the list's first (the graph's cut), marked where the dates do not prove a report's
   * place within the group; the rest counted in "n more". */
  list: ListView<ReportItem>;
}

/**
 * Reports grouped by story when the site follows several; none when it follows one, where every report is in that
 * story and a heading naming it would say nothing. A report in two stories is listed under each.
 */
export function reportGroups(reports: Report[], { cards, settings }: ViewContext): ReportGroupView[] | undefined {
  if (settings.stories.list.length < 2) return undefined;
  const entries = new Map(settings.stories.list.map((entry) => [entry.id, entry]));
  return settings.stories.byStory(reports).map(({ story, reports: shown, total, reportOrderMarks }) => ({
    story: cards.story(entries.get(story.id)!),
    total,
    list: cards.reports(shown, reportOrderMarks, total),
  }));
}
