// How the CMS reads, writes and names content files: as an editor writes them by hand, changing only
// what changed, under the name `npm run new:*` would give them. Decap CMS's own YAML writer sorts every key into the form's order and writes dates bare (`published:
// 2026-02`, which the checker refuses); this one is registered as a custom format for every collection instead
// (src/cms/browser/app.ts). The rules are in docs/cms.md; tests/unit/cms-config.test.ts holds them to it.
import { Document, parse, Scalar, YAMLMap, YAMLSeq, type Node } from 'yaml';
import { idFromWords } from '../../lib/ids';

/** The part of a form field (src/cms/types.ts) the writer reads. */
export interface WriterField {
  name: string;
  widget: string;
  multiple?: boolean;
  field?: WriterField;
  fields?: WriterField[];
  story?: { quote?: boolean; default?: unknown };
}

/** Kept in an entry's data by `fromFile` and read back by `toFile`: the file as it was on disk. */
const RAW = '__file';
/** Set by the CMS (app.ts) before a new entry is saved: its file name, made as `npm run new:*` makes it. */
export const NEW_ID = '__id';
/** Set by the CMS (app.ts) as it reads a file: the entry's line in its collection's list (never written). */
export const LIST = '__list';

type Data = Record<string, unknown>;

/** The YAML rules the checker (and Astro) read files with: timestamps on, so a bare date is not a string. */
const CHECKER_YAML = { customTags: ['timestamp' as const] };
const WRITE = { lineWidth: 0, flowCollectionPadding: false, indentSeq: true } as const;
const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/** A Markdown file's frontmatter and body; a YAML file is all frontmatter. */
function splitFile(text: string, frontmatter: boolean): { front: string; body: string } {
  if (!frontmatter) return { front: text, body: '' };
  const match = FRONTMATTER.exec(text);
  return match ? { front: match[1] ?? '', body: text.slice(match[0].length) } : { front: '', body: text };
}

const isPlainObject = (value: unknown): value is Data =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => key in b && deepEqual(a[key], b[key]));
  }
  return false;
}

/** The field describing one item of a list field. */
function itemField(field: WriterField | undefined): WriterField | undefined {
  if (!field) return undefined;
  if (field.widget === 'relation' && field.multiple) return { ...field, multiple: false };
  if (field.widget === 'list')
    return field.field ?? (field.fields ? { name: field.name, widget: 'object', fields: field.fields } : undefined);
  return undefined;
}

const fieldNamed = (fields: WriterField[] | undefined, name: string) => fields?.find((field) => field.name === name);

/** Keys in the form's order, then any others in the order they came. */
function orderedKeys(value: Data, fields: WriterField[] | undefined): string[] {
  const known = (fields ?? []).map((field) => field.name).filter((name) => name in value);
  return [...known, ...Object.keys(value).filter((key) => !known.includes(key))];
}

/**
 * A value as the file should hold it, or undefined when the file should leave the key out: empty text, lists and
 * objects, and a value equal to the schema's default (`draft: false`), as a hand-written file leaves them out.
 */
function clean(value: unknown, field?: WriterField): unknown {
  if (value === undefined || value === null) return undefined;
  let result: unknown = value;
  if (typeof value === 'string') {
    result = value.trim() === '' ? undefined : value;
  } else if (Array.isArray(value)) {
    const items = value.map((item) => clean(item, itemField(field))).filter((item) => item !== undefined);
    result = items.length ? items : undefined;
  } else if (isPlainObject(value)) {
    const entries = orderedKeys(value, field?.fields)
      .map((key) => [key, clean(value[key], fieldNamed(field?.fields, key))] as const)
      .filter(([, item]) => item !== undefined);
    result = entries.length ? Object.fromEntries(entries) : undefined;
  }
  if (result !== undefined && field?.story && 'default' in field.story && deepEqual(result, field.story.default))
    return undefined;
  return result;
}

/** The data of an entry as the file should hold it (the CMS's bookkeeping keys taken out). */
function cleanEntry(data: Data, fields: WriterField[]): Data {
  const { body: _body, [RAW]: _raw, [NEW_ID]: _id, [LIST]: _list, ...values } = data;
  return (clean(values, { name: '', widget: 'object', fields }) as Data | undefined) ?? {};
}

// ---- writing values ------------------------------------------------------------------------------------------------

/** YAML 1.1 readers take these bare words for booleans or null: always quoted, for any tool that reads our files. */
const AMBIGUOUS = /^(y|yes|n|no|on|off|true|false|null|~)$/i;

function scalar(value: unknown, field: WriterField | undefined, inFlow: boolean): Scalar {
  const node = new Scalar(value);
  if (typeof value === 'string') {
    // Dates and our own words in double quotes, as the authoring guide asks; ids, codes, addresses and the items of
    // a one-line list bare unless YAML needs quotes (the writer adds them then: "a: b", timestamps, "#").
    node.type = (field?.story?.quote && !inFlow) || AMBIGUOUS.test(value) ? 'QUOTE_DOUBLE' : 'PLAIN';
  }
  return node;
}

function toNode(value: unknown, field: WriterField | undefined, inFlow = false): Node {
  if (Array.isArray(value)) {
    const item = itemField(field);
    const seq = new YAMLSeq();
    // Ids and names on one line (`events: [a, b]`); objects and paragraphs one item per line.
    seq.flow = !value.some((entry) => isPlainObject(entry)) && item?.widget !== 'text';
    for (const entry of value) seq.items.push(toNode(entry, item, seq.flow));
    return seq;
  }
  if (isPlainObject(value)) {
    const map = new YAMLMap();
    for (const key of orderedKeys(value, field?.fields))
      map.set(scalar(key, undefined, false), toNode(value[key], fieldNamed(field?.fields, key)));
    return map;
  }
  return scalar(value, field, inFlow);
}

/** "key: value\n" (or a block), written the way the authoring guide writes it. */
function writePairs(values: Data, keys: string[], fields: WriterField[]): string {
  if (keys.length === 0) return '';
  const doc = new Document(undefined, CHECKER_YAML);
  const map = new YAMLMap();
  for (const key of keys) map.set(scalar(key, undefined, false), toNode(values[key], fieldNamed(fields, key)));
  doc.contents = map;
  return doc.toString(WRITE);
}

// ---- changing only what changed -----------------------------------------------------------------------------------

interface Segment {
  /** The top-level key the lines belong to; undefined for what comes before the first key. */
  key?: string;
  /** The key's own lines: the key and its value. */
  lines: string[];
  /** Blank lines and comments after the value, kept when the value is rewritten. */
  trailing: string[];
}

const TOP_LEVEL_KEY = /^(?:"([^"\\]*)"|'([^']*)'|([A-Za-z_$][\w$-]*))[ \t]*:(?:[ \t]|\r?\n|$)/;

/** The frontmatter cut into one piece per top-level key, so a key can be rewritten without touching the others. */
function segmentsOf(front: string): Segment[] {
  const segments: Segment[] = [{ lines: [], trailing: [] }];
  for (const line of front.split(/(?<=\n)/)) {
    const key = TOP_LEVEL_KEY.exec(line);
    if (key) {
      segments.push({ key: key[1] ?? key[2] ?? key[3], lines: [line], trailing: [] });
      continue;
    }
    const current = segments[segments.length - 1];
    if (/^(#.*)?\r?\n?$/.test(line) || /^\s*\r?\n?$/.test(line)) current.trailing.push(line);
    else current.lines.push(...current.trailing.splice(0), line);
  }
  return segments;
}

const parsedBy = (text: string) => (parse(text, CHECKER_YAML) as Data | null) ?? {};

/**
 * The frontmatter with only the changed keys rewritten: an unchanged key keeps its lines byte for byte, a removed key
 * loses them, a new key goes where the form's order puts it. Undefined when the old text cannot be cut into keys
 * safely (the caller then writes the whole frontmatter afresh).
 */
function patchFront(oldFront: string, values: Data, fields: WriterField[]): string | undefined {
  let old: Data;
  try {
    old = parsedBy(oldFront);
  } catch {
    return undefined;
  }
  if (!isPlainObject(old)) return undefined;
  const segments = segmentsOf(oldFront);
  const keyed = segments.filter((segment) => segment.key !== undefined).map((segment) => segment.key!);
  if (new Set(keyed).size !== keyed.length || keyed.length !== Object.keys(old).length) return undefined;

  for (const segment of segments) {
    if (segment.key === undefined) continue;
    const field = fieldNamed(fields, segment.key);
    // Read as the checker reads it (a bare date is a Date there, so it is rewritten in quotes); `events: []` and a
    // key left out say the same, so such a line stays.
    const before = clean(old[segment.key], field);
    if (deepEqual(before, values[segment.key])) continue;
    segment.lines = segment.key in values ? [writePairs(values, [segment.key], fields)] : [];
  }
  const order = (key: string | undefined) => fields.findIndex((field) => field.name === key);
  for (const key of orderedKeys(values, fields).filter((key) => !keyed.includes(key))) {
    const position = order(key);
    let after = 0;
    segments.forEach((segment, index) => {
      const existing = order(segment.key);
      if (position >= 0 && existing >= 0 && existing < position) after = index;
    });
    segments.splice(after + 1, 0, { key, lines: [writePairs(values, [key], fields)], trailing: [] });
  }
  return segments.map((segment) => [...segment.lines, ...segment.trailing].join('')).join('');
}

/** Whether text, read as the checker reads it, holds exactly these values. */
function holds(front: string, values: Data, fields: WriterField[]): boolean {
  try {
    const read = clean(parsedBy(front), { name: '', widget: 'object', fields }) ?? {};
    return deepEqual(read, values);
  } catch {
    return false;
  }
}

/** A file's text for an entry's data: the old file patched where it can be, otherwise written afresh. */
export function writeFile(data: Data, fields: WriterField[], frontmatter: boolean): string {
  const values = cleanEntry(data, fields);
  const raw = typeof data[RAW] === 'string' ? (data[RAW] as string) : undefined;
  const old = raw === undefined ? undefined : splitFile(raw, frontmatter);
  const patched = old && patchFront(old.front, values, fields);
  let front =
    patched !== undefined && holds(patched, values, fields)
      ? patched
      : writePairs(values, orderedKeys(values, fields), fields);
  if (!holds(front, values, fields))
    throw new Error(`could not write this entry as YAML that reads back the same: ${JSON.stringify(values)}`);
  if (!frontmatter) return front;
  if (front !== '' && !front.endsWith('\n')) front += '\n';
  const body = typeof data.body === 'string' ? data.body : '';
  // An untouched digest keeps its bytes; an edited one ends with one newline, like a file saved by an editor.
  const text =
    old && body.trim() === old.body.trim() ? old.body : body.trim() === '' ? '' : `${body.replace(/\s+$/, '')}\n`;
  return `---\n${front}---\n${text}`;
}

/** The data of a file, for the form: dates as written (a bare date stays text here, and is quoted on save). */
export function readFile(text: string, frontmatter: boolean): Data {
  const { front, body } = splitFile(text, frontmatter);
  const data = (parse(front) as Data | null) ?? {};
  return { ...data, ...(frontmatter && body.trim() ? { body } : {}), [RAW]: text };
}

/** A Decap CMS custom format for one collection. */
export const storyFormat = (fields: WriterField[], frontmatter: boolean) => ({
  fromFile: (text: string) => readFile(text, frontmatter),
  toFile: (data: Data) => writeFile(data, fields, frontmatter),
});

/** A file name from the fields `id_from` names, by the rule of `npm run new:*` (src/lib/ids.ts), accents folded. */
export function newId(parts: unknown[], fields: (WriterField | undefined)[]): string {
  return parts
    .map((part, index) => {
      const text = String(part ?? '')
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '');
      // An outlet is already an id; words become one.
      return fields[index]?.widget === 'relation' ? text : idFromWords(text);
    })
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
}
