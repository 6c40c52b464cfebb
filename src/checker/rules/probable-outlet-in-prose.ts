// When we cannot confirm which outlet published a report ("attribution: probable"), we say so wherever we name
// that outlet: "Drive (probable)", "probably Drive", "the probable Drive". A reader who meets the name in a
// digest, a summary, the story so far or a caveat should never take it for a confirmed byline.
//
// The mark is "(probable)" right after the name, or "probably"/"probable" just before it, with at most two short
// words between ("probably for Drive", "the probable Drive"). A possessive takes the mark before the name
// ("the probable Drive's view", "probably Drive's"): "Drive's (probable)" would mark the thing owned. Names are
// matched as written (case and whole word), so "drive" the verb is not the outlet.
import type { FieldPath, ParsedFile } from '../read-files';
import type { Rule } from './context';

/** "probably" or "probable", then up to two short words, ending where the name begins. */
const MARK_BEFORE = /(?<![\p{L}\p{N}])probabl[ey]\s+(?:(?:for|by|from|of|in|at|on|to|with|the|a|an)\s+){0,2}$/iu;
const MARK_AFTER = /^\s*\(probable\)/;
const POSSESSIVE = /^['’]s(?![\p{L}\p{N}])/u;

/** A probable outlet: its name, and whether some report is confirmed to it (then only its own reports count). */
interface ProbableOutlet {
  name: string;
  /** The reports attributed to it as probable, by id. */
  reports: string[];
  confirmedToo: boolean;
}

/** Each text of ours in an entry: the field it is in (none for the digest) and the text. */
type Prose = [field: FieldPath | undefined, text: string];

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item) => typeof item === 'string') : typeof value === 'string' ? [value] : [];

/** The texts at `path` in the raw data: a string, or each string of a list (with its index). */
function proseAt(data: unknown, path: string[]): Prose[] {
  let value: unknown = data;
  for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
  if (Array.isArray(value))
    return value.flatMap((item, index): Prose[] => (typeof item === 'string' ? [[[...path, index], item]] : []));
  return strings(value).map((text) => [path, text]);
}

/** Each item's `key` text in a list of objects at `list` ("corrections[0].note"). */
const proseIn = (data: unknown, list: string, key: string): Prose[] => {
  const items = (data as Record<string, unknown> | undefined)?.[list];
  return Array.isArray(items)
    ? items.flatMap((item, index): Prose[] =>
        typeof item?.[key] === 'string' ? [[[list, index, key], item[key] as string]] : [],
      )
    : [];
};

/** Our own words in each kind of file; headlines, names and addresses are the outlets' or facts. */
const PROSE: Record<string, (data: unknown) => Prose[]> = {
  reports: (data) => [
    ...proseAt(data, ['summary']),
    ...proseAt(data, ['caveats']),
    ...proseIn(data, 'corrections', 'note'),
  ],
  events: (data) => [
    ...proseAt(data, ['title']),
    ...proseAt(data, ['summary']),
    ...proseIn(data, 'corrections', 'note'),
  ],
  claims: (data) => [
    ...proseAt(data, ['statement']),
    ...proseIn(data, 'history', 'note'),
    ...proseIn(data, 'corrections', 'note'),
  ],
  sources: (data) => proseAt(data, ['description']),
  entities: (data) => proseAt(data, ['role']),
  stories: (data) => [['title'], ['description'], ['soFar']].flatMap((path) => proseAt(data, path)),
  site: (data) => [
    ...proseAt(data, ['tagline']),
    ...['purpose', 'selection', 'digests', 'corrections', 'contact'].flatMap((key) => proseAt(data, ['about', key])),
  ],
};

const WORD_BEFORE = /[\p{L}\p{N}]$/u;
const WORD_AFTER = /^[\p{L}\p{N}]/u;

/** Where each name of an outlet stands unmarked in the text, and whether it is a possessive there. */
function unmarked(text: string, outlet: ProbableOutlet): { at: number; possessive: boolean }[] {
  const found: { at: number; possessive: boolean }[] = [];
  // indexOf, not a pattern with a look-behind: thousands of digests are read for each outlet.
  for (let at = text.indexOf(outlet.name); at !== -1; at = text.indexOf(outlet.name, at + 1)) {
    const end = at + outlet.name.length;
    const after = text.slice(end, end + 16);
    if (WORD_BEFORE.test(text.slice(Math.max(0, at - 2), at)) || WORD_AFTER.test(after)) continue;
    if (MARK_AFTER.test(after) || MARK_BEFORE.test(text.slice(Math.max(0, at - 40), at))) continue;
    found.push({ at, possessive: POSSESSIVE.test(after) });
  }
  return found;
}

export const probableOutletInProse: Rule = {
  name: 'probable-outlet-in-prose',
  check({ entries, site, error }) {
    const published = entries.reports.filter(({ data }) => !data.draft);
    const outlets = new Map<string, ProbableOutlet>();
    for (const { id, data } of published) {
      if (data.attribution !== 'probable') continue;
      const source = entries.sources.find((candidate) => candidate.id === data.source.id);
      if (!source) continue;
      const outlet = outlets.get(source.id) ?? {
        name: source.data.name,
        reports: [],
        confirmedToo: published.some(
          (report) => report.data.source.id === source.id && report.data.attribution !== 'probable',
        ),
      };
      outlet.reports.push(id);
      outlets.set(source.id, outlet);
    }
    if (outlets.size === 0) return;

    const check = (parsed: ParsedFile, prose: Prose[], body: string | undefined, reportId?: string) => {
      // An outlet some report is confirmed to may be named plainly, except in its probable reports' own words.
      const named = [...outlets.values()].filter(
        (outlet) => !outlet.confirmedToo || (reportId !== undefined && outlet.reports.includes(reportId)),
      );
      // Each text in turn, and in each the names in the order they come.
      const hits = (text: string) =>
        named
          .flatMap((outlet) => unmarked(text, outlet).map((hit) => ({ ...hit, outlet })))
          .sort((a, b) => a.at - b.at);
      const message = ({ outlet, possessive }: { outlet: ProbableOutlet; possessive: boolean }) =>
        `names ${outlet.name}, whose attribution is probable (${outlet.reports.map((id) => `reports/${id}`).join(', ')}), without saying so — ` +
        (possessive
          ? `write "the probable ${outlet.name}'s" or "probably ${outlet.name}'s", or "${outlet.name} (probable)" without the possessive`
          : `write "${outlet.name} (probable)" or "probably ${outlet.name}"`);
      for (const [field, text] of prose) for (const hit of hits(text)) error(parsed, message(hit), field);
      for (const hit of body === undefined ? [] : hits(body)) {
        const line = parsed.bodyLine && parsed.bodyLine + body!.slice(0, hit.at).split('\n').length - 1;
        error(parsed, `the digest ${message(hit)}`, undefined, line);
      }
    };

    for (const collection of ['sources', 'entities', 'events', 'claims'] as const) {
      for (const { parsed } of entries[collection]) check(parsed, PROSE[collection](parsed.data), undefined);
    }
    for (const { id, parsed } of published) check(parsed, PROSE.reports(parsed.data), parsed.body, id);
    for (const { parsed } of entries.stories) check(parsed, PROSE.stories(parsed.data), undefined);
    if (site) check(site.parsed, PROSE.site(site.parsed.data), undefined);
  },
};
