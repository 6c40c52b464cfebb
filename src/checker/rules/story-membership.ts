// Every report, event and claim belongs to at least one story: an entry in none would show on no story's front,
// in no story's feed, and only on the site-wide pages, which is the silent drop an editor would not notice.
import { fileFor } from '../../lib/collections';
import type { Rule } from './context';

const MEMBERS = ['reports', 'events', 'claims'] as const;

export const storyMembership: Rule = {
  name: 'story-membership',
  check({ entries, contentDir, error }) {
    const stories = entries.stories.map((story) => story.id).sort();
    const example = stories.length === 1 ? stories[0] : '<story id>';
    const known =
      stories.length === 0
        ? `add a story first (${fileFor('stories', '<id>', contentDir)})`
        : `the stories are ${stories.map((id) => `"${id}"`).join(', ')}`;
    for (const collection of MEMBERS) {
      for (const { parsed, data } of entries[collection]) {
        if (data.stories.length > 0) continue;
        error(parsed, `belongs to no story — add stories: [${example}] (${known})`, ['stories']);
      }
    }
  },
};
