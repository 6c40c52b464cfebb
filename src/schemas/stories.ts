// Schema for stories (content/stories/<id>.yaml): one developing story the site follows. Reports, events and claims
// name the stories they belong to; outlets and people are shared by every story.
import { z } from 'astro/zod';
import { nonEmptyText } from './common';
import { storyDate } from './story-date';

export const STORY_STATUSES = {
  developing: 'Developing',
  quiet: 'Quiet',
  concluded: 'Concluded',
} as const;

export const storySchema = z.strictObject({
  title: nonEmptyText.describe('The story’s title: the heading of its front page and its line on the home page.'),
  description: nonEmptyText.describe('The dek: one sentence under the title, also the description of its pages.'),
  status: z
    .enum(Object.keys(STORY_STATUSES) as [keyof typeof STORY_STATUSES])
    .describe(
      '"developing" while reports come in, "quiet" when they have stopped for now, "concluded" when it is over.',
    ),
  started: storyDate(['year', 'month', 'day'])
    .optional()
    .describe('When the story began, as precisely as known ("2026-01"); leave out when not known.'),
  soFar: z.array(nonEmptyText).min(1).describe('"The story so far": short paragraphs of plain text.'),
  // Optional here so that the checker's so-far-dated rule, which runs before every build, reports a missing
  // date with its fix instead of a bare schema error.
  soFarAsOf: storyDate(['month', 'day'])
    .optional()
    .describe(
      'The date the "so far" text speaks for, as precisely as known: the latest development it takes in, e.g. "2026-02". Shown beside it, so a reader knows how current it is.',
    ),
});

export type StoryData = z.output<typeof storySchema>;
export type StoryStatus = StoryData['status'];
