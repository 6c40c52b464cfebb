// A link between two entries of stories stays inside a story: a report of story A that covers an event, follows an
// event or carries a claim makes that event or claim part of A's front, timeline and feeds, so the target must
// belong to A too. Outlets and people are shared by every story and are not checked.
import { COLLECTIONS, fileFor, REFERENCE_FIELDS, type CollectionName } from '../../lib/collections';
import type { Rule } from './context';

type Member = 'reports' | 'events' | 'claims';
const MEMBERS: readonly CollectionName[] = ['reports', 'events', 'claims'];
const isMember = (collection: CollectionName): collection is Member => MEMBERS.includes(collection);

/** The ids a reference field holds in an entry's data, with each one's place ("claims", 0, "claim"). */
function idsAt(data: unknown, path: string): { id: string; at: (string | number)[] }[] {
  const [field, key] = path.split('.');
  const value = (data as Record<string, unknown>)[field];
  const idOf = (ref: unknown) => (ref as { id?: string } | undefined)?.id;
  if (!Array.isArray(value)) {
    const id = idOf(value);
    return id === undefined ? [] : [{ id, at: [field] }];
  }
  return value.flatMap((item, index) => {
    const id = idOf(key ? (item as Record<string, unknown>)[key] : item);
    return id === undefined ? [] : [{ id, at: key ? [field, index, key] : [field, index] }];
  });
}

export const storyLinks: Rule = {
  name: 'story-links',
  check({ entries, contentDir, error }) {
    const storiesOf = Object.fromEntries(
      MEMBERS.map((collection) => [
        collection,
        new Map(entries[collection as Member].map(({ id, data }) => [id, new Set(data.stories.map((ref) => ref.id))])),
      ]),
    ) as Record<Member, Map<string, Set<string>>>;
    const fields = REFERENCE_FIELDS.filter(({ owner, target }) => isMember(owner) && isMember(target));
    for (const { owner, path, target } of fields) {
      for (const { parsed, data } of entries[owner as Member]) {
        const own = (data.stories as { id: string }[]).map((ref) => ref.id);
        for (const { id, at } of idsAt(data, path)) {
          const theirs = storiesOf[target as Member].get(id);
          if (!theirs) continue; // an unknown id: the reference check reports it
          for (const story of own.filter((storyId) => !theirs.has(storyId))) {
            error(
              parsed,
              `links to ${COLLECTIONS[target].noun} "${id}", which is not in story "${story}" this entry belongs to — add "${story}" to the stories of ${fileFor(target, id, contentDir)}, or remove the link`,
              at,
            );
          }
        }
      }
    }
  },
};
