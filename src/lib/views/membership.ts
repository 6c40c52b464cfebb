// What the site-wide pages show of stories: which stories a report, event or claim is part of ("Part of: A and B").
// Those pages keep their one URL whatever stories they belong to.
import type { StoryRef } from './cards';
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
