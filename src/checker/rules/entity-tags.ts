// A tagged entity lists the report on that entity's page: a reader who follows the link should find the
// entity in what we wrote, not only in our frontmatter.
import type { Rule } from './context';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any of the names as a whole word (letters or digits may not touch it), whatever the case. */
const anyOf = (names: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

const WORD_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_AFTER = /^[\p{L}\p{N}]/u;

/**
 * Whether one of the names is in the text as a whole word. The pattern's look-behind makes it slow on a long
 * digest, so the names are first looked for in the lower-cased text; lower-casing that keeps the text's length
 * keeps every character in its place, and then a hit with no letter or digit either side is the pattern's answer.
 */
function mentions(text: string, lower: string, entity: { lowerNames: string[]; pattern: RegExp }): boolean {
  if (lower.length === text.length) {
    for (const name of entity.lowerNames) {
      for (let at = lower.indexOf(name); at !== -1; at = lower.indexOf(name, at + 1)) {
        const end = at + name.length;
        if (!WORD_BEFORE.test(lower.slice(Math.max(0, at - 2), at)) && !WORD_AFTER.test(lower.slice(end, end + 2)))
          return true;
      }
    }
  }
  return entity.pattern.test(text);
}

export const entityTags: Rule = {
  name: 'entity-tags',
  check({ entries, warning }) {
    // One pattern per entity, not one per tag: a big story tags thousands of times.
    const entityById = new Map(
      entries.entities.map(({ id, data }) => {
        const names = [data.name, ...data.aliases];
        return [id, { ...data, pattern: anyOf(names), lowerNames: names.map((name) => name.toLowerCase()) }];
      }),
    );
    for (const { parsed, data } of entries.reports) {
      const text = `${data.summary}\n${parsed.body ?? ''}`;
      const lower = text.toLowerCase();
      data.entities.forEach(({ id }, index) => {
        const entity = entityById.get(id);
        if (!entity || mentions(text, lower, entity)) return;
        warning(
          parsed,
          `tags "${id}" (${entity.name}), but neither its name nor an alias appears in the summary or the digest — say in the digest why it matters, or remove the tag`,
          ['entities', index],
        );
      });
    }
  },
};
