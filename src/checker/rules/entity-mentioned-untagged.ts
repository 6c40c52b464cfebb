// The other half of entity-tags: an entity we name in a report's summary or digest belongs in its `entities`,
// so that the entity's page lists the report. Names and aliases are matched as whole words, whatever the case;
// where names overlap the longest wins, so "EPA Administrator Lee Zeldin" names Lee Zeldin (whose alias "EPA
// Administrator" is) and not the agency, and "Trump administration" names the administration, not Trump.
import type { Rule } from './context';

const WORD_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_AFTER = /^[\p{L}\p{N}]/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Name {
  id: string;
  name: string;
  lower: string;
  pattern: RegExp;
}

interface Hit {
  at: number;
  end: number;
  name: Name;
}

/** Where each name stands in the text as a whole word (letters or digits may not touch it), whatever the case. */
function hitsOf(text: string, names: Name[]): Hit[] {
  const lower = text.toLowerCase();
  const hits: Hit[] = [];
  for (const name of names) {
    if (lower.length === text.length && name.lower.length === name.name.length) {
      // Lower-casing kept every character in its place: look the name up in the lower-cased text.
      for (let at = lower.indexOf(name.lower); at !== -1; at = lower.indexOf(name.lower, at + 1)) {
        const end = at + name.lower.length;
        if (WORD_BEFORE.test(text.slice(Math.max(0, at - 2), at)) || WORD_AFTER.test(text.slice(end, end + 2)))
          continue;
        hits.push({ at, end, name });
      }
    } else {
      for (const match of text.matchAll(name.pattern))
        hits.push({ at: match.index, end: match.index + match[0].length, name });
    }
  }
  return hits;
}

/** Of overlapping names, the longest (then the first): the others are part of it. */
function longestFirst(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  const byLength = [...hits].sort((a, b) => b.end - b.at - (a.end - a.at) || a.at - b.at);
  for (const hit of byLength) if (!kept.some((other) => hit.at < other.end && other.at < hit.end)) kept.push(hit);
  return kept.sort((a, b) => a.at - b.at);
}

export const entityMentionedUntagged: Rule = {
  name: 'entity-mentioned-untagged',
  check({ entries, warning }) {
    const names: Name[] = entries.entities.flatMap(({ id, data }) =>
      [data.name, ...data.aliases].map((name) => ({
        id,
        name,
        lower: name.toLowerCase(),
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'),
      })),
    );
    if (names.length === 0) return;
    const entityName = new Map(entries.entities.map(({ id, data }) => [id, data.name]));
    for (const { parsed, data } of entries.reports) {
      const tagged = new Set(data.entities.map(({ id }) => id));
      const text = `${data.summary}\n${parsed.body ?? ''}`;
      // The first words naming each untagged entity, for the message.
      const untagged = new Map<string, string>();
      for (const { at, end, name } of longestFirst(hitsOf(text, names))) {
        if (!tagged.has(name.id) && !untagged.has(name.id)) untagged.set(name.id, text.slice(at, end));
      }
      for (const [id, words] of untagged) {
        warning(
          parsed,
          `names ${entityName.get(id)} ("${words}") in the summary or the digest but does not tag it — add ${id} to entities, so that its page lists the report`,
          ['entities'],
        );
      }
    }
  },
};
