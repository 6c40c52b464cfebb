// A tagged entity lists the report on that entity's page: a reader who follows the link should find the
// entity in what we wrote, not only in our frontmatter.
import type { Rule } from './context';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any of the names as a whole word (letters or digits may not touch it), whatever the case. */
const anyOf = (names: string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'iu');

export const entityTags: Rule = {
  name: 'entity-tags',
  check({ entries, warning }) {
    // One pattern per entity, not one per tag: a big story tags thousands of times.
    const entityById = new Map(
      entries.entities.map(({ id, data }) => [id, { ...data, pattern: anyOf([data.name, ...data.aliases]) }]),
    );
    for (const { parsed, data } of entries.reports) {
      const text = `${data.summary}\n${parsed.body ?? ''}`;
      data.entities.forEach(({ id }, index) => {
        const entity = entityById.get(id);
        if (!entity || entity.pattern.test(text)) return;
        warning(
          parsed,
          `tags "${id}" (${entity.name}), but neither its name nor an alias appears in the summary or the digest — say in the digest why it matters, or remove the tag`,
          ['entities', index],
        );
      });
    }
  },
};
