// The other half of entity-tags: an entity we name in a report's summary or digest belongs in its `entities`,
// so that the entity's page lists the report. Names and aliases are matched as whole words, whatever the case;
// where names overlap the longest wins, so "EPA Administrator Lee Zeldin" names Lee Zeldin (whose alias "EPA
// Administrator" is) and not the agency, and "Trump administration" names the administration, not Trump.
import type { Rule } from './context';

const WORD_AFTER = /^[\p{L}\p{N}]/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Name {
  id: string;
  name: string;
  lower: string;
  /** An acronym ("EPA", "GM") is matched in capitals only: "gm" or "set" in a sentence is not a name. */
  exact: boolean;
  pattern: RegExp;
}

interface Hit {
  at: number;
  end: number;
  name: Name;
}

const firstWord = (text: string) => text.match(/[\p{L}\p{N}]+/u)?.[0];

/** The names by the first word of each, lower-cased, and one pattern finding any of those words. */
interface NameIndex {
  byFirstWord: Map<string, Name[]>;
  /** Any first word as a whole word: one pass over a text, whatever the number of names (measured faster than
   * reading every word and looking it up). */
  firstWords: RegExp;
  /** Names that lower-case to another length, which only their own pattern can find. */
  unevenNames: Name[];
}

function nameIndex(names: Name[]): NameIndex {
  const byFirstWord = new Map<string, Name[]>();
  for (const name of names) {
    const first = firstWord(name.lower);
    if (first) byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), name]);
  }
  const words = [...byFirstWord.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return {
    byFirstWord,
    unevenNames: names.filter((name) => name.lower.length !== name.name.length),
    firstWords: new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'gu'),
  };
}

/** Where each name stands in the text as a whole word (letters or digits may not touch it), whatever the case. */
function hitsOf(text: string, names: Name[], { byFirstWord, firstWords, unevenNames }: NameIndex): Hit[] {
  const lower = text.toLowerCase();
  const hits: Hit[] = [];
  const found = (at: number, end: number, name: Name) =>
    !WORD_AFTER.test(text.slice(end, end + 2)) && (!name.exact || text.startsWith(name.name, at));
  // Lower-casing that keeps the text's length keeps every character in its place: look names up in `lower`.
  const inPlace = lower.length === text.length;
  if (inPlace && byFirstWord.size > 0) {
    for (const match of lower.matchAll(firstWords)) {
      for (const name of byFirstWord.get(match[0]) ?? []) {
        // A name that lower-cases to another length is left to its own pattern below.
        if (name.lower.length !== name.name.length || !lower.startsWith(name.lower, match.index)) continue;
        const end = match.index + name.lower.length;
        if (found(match.index, end, name)) hits.push({ at: match.index, end, name });
      }
    }
  }
  for (const name of inPlace ? unevenNames : names) {
    for (const match of text.matchAll(name.pattern)) {
      const end = match.index + match[0].length;
      if (found(match.index, end, name)) hits.push({ at: match.index, end, name });
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
        exact: name === name.toUpperCase() && /\p{Lu}/u.test(name),
        pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu'),
      })),
    );
    if (names.length === 0) return;
    const index = nameIndex(names);
    const entityName = new Map(entries.entities.map(({ id, data }) => [id, data.name]));
    for (const { parsed, data } of entries.reports) {
      const tagged = new Set(data.entities.map(({ id }) => id));
      const text = `${data.summary}\n${parsed.body ?? ''}`;
      // The first words naming each untagged entity, for the message.
      const untagged = new Map<string, string>();
      for (const { at, end, name } of longestFirst(hitsOf(text, names, index))) {
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
