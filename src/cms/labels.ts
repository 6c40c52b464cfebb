// The browser editor's words: field labels, the singular on a list's "Add" button, an enum's options as words, and
// the field a collection's entries are named by. Collections' own labels are in src/cms/config.ts.
import * as claims from '../schemas/claims';
import * as common from '../schemas/common';
import * as corrections from '../schemas/corrections';
import * as entities from '../schemas/entities';
import * as events from '../schemas/events';
import * as reports from '../schemas/reports';
import * as site from '../schemas/site';
import * as sources from '../schemas/sources';

/** The label maps exported beside the schemas (EVENT_KINDS, CLAIM_STATUSES…): an enum's options read as words. */
const LABEL_MAPS: Record<string, unknown>[] = [
  claims,
  common,
  corrections,
  entities,
  events,
  reports,
  site,
  sources,
].flatMap((module) =>
  Object.values(module).filter(
    (value): value is Record<string, unknown> => typeof value === 'object' && value !== null && !('def' in value),
  ),
);

/** An enum option's words, from the label map whose keys are exactly the enum's values (else the value itself). */
export function optionLabel(values: string[], value: string): string {
  const map = LABEL_MAPS.find((candidate) => {
    const keys = Object.keys(candidate);
    return keys.length === values.length && values.every((key) => keys.includes(key));
  });
  const label = map?.[value];
  if (typeof label === 'string') return label;
  if (typeof label === 'object' && label && 'label' in label) return String(label.label);
  return value;
}

/** Words for a field name where "camelCase → Camel case" would read badly in a newsroom. */
const LABELS: Record<string, string> = {
  source: 'Outlet',
  url: 'Original address',
  homepage: 'Home page',
  entities: 'People and organisations',
  brokenBy: 'Broken by',
  soFar: 'The story so far',
  timeZone: 'Time zone',
  mentionsResponse: 'Mentions the response',
};
export const labelOf = (name: string) =>
  LABELS[name] ??
  `${name[0].toUpperCase()}${name.slice(1).replace(/[A-Z]/g, (letter) => ` ${letter.toLowerCase()}`)}`.replace(
    / url$/,
    ' address',
  );

/** One item of a list field, for its "Add" button. */
const SINGULAR: Record<string, string> = { history: 'Status change', soFar: 'Paragraph' };
/** Plural endings of our field names and their singulars; only the first that matches applies ("Aliases" → "Alias"). */
const PLURALS: [RegExp, string][] = [
  [/ies$/, 'y'],
  [/ses$/, 's'],
  [/s$/, ''],
];
export function singularOf(name: string): string {
  const label = labelOf(name);
  const plural = PLURALS.find(([ending]) => ending.test(label));
  return SINGULAR[name] ?? (plural ? label.replace(...plural) : label);
}

/** The field a collection's entries are named by in lists, searches and relation menus. */
const NAME_FIELDS = ['headline', 'title', 'name', 'statement'];
export const nameField = (shape: Record<string, unknown>) => NAME_FIELDS.find((field) => field in shape);

/**
 * A schema's description, as an editor reads it in the form: the schemas are written for people editing files
 * (`docs/authoring.md` quotes them), so file paths, ids, JSON lists, "BCP 47" and commands are put in the form's words.
 */
export function forEditors(text: string): string {
  return text
    .replace(/\s*\([^)]*content\/[^)]*\)/g, '')
    .replace(/\s+in content\/[\w-]+\/?/g, '')
    .replace(/,?\s*e\.g\.\s*\[[^\]]*\]/g, '')
    .replace(/\b([Ii])ds? of (the |a |an )?/g, (_, i: string, article = '') =>
      i === 'I' ? `${article.charAt(0).toUpperCase()}${article.slice(1)}` || 'The ' : article || 'the ',
    )
    .replace(/\s*\(BCP 47\)/g, '')
    .replace(/a BCP 47 language tag/g, 'a language code')
    .replace(/`npm run dev`/g, 'the editing preview of the site')
    .replace(/a production build/g, 'the public site')
    .replace(/\s*\(ISO 3166-1 alpha-2\)/g, '')
    .replace(/a two-letter ISO 3166-1 code/g, 'a two-letter country code')
    .replace(/ we only cite, e\.g\. "[a-z-]+"/g, ' we only cite')
    .replace(/`(\w+)`/g, (_, name: string) => `“${labelOf(name)}”`)
    .replace(/\s*\(?(see )?`?docs\/[\w.-]+`?\)?/g, '')
    .replace(/\s+\./g, '.');
}
