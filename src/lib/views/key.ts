// A page's cache key for incremental builds (`experimental.incrementalBuild` in astro.config.mjs): the hash of the
// one view the page renders, plus what every page shows besides (the site's settings, the deploy base). A page
// shows nothing its view does not hold, so a key cannot miss what the page shows; tests/build/incremental*.test.ts
// prove no page goes stale.
import { createHash } from 'node:crypto';

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

/** Views many pages share (card views): each is written out once, then stands in every key as its own hash. */
const shared = new WeakSet<object>();
const fingerprints = new WeakMap<object, string>();

/** Marks a view that many pages hold, so keys hash it once (cards.ts marks every card it builds). */
export function sharedView<T extends object>(view: T): T {
  shared.add(view);
  return view;
}

const notPlain = (path: string) =>
  new Error(`cache keys: "${path}" in a view is not plain data; views hold strings, numbers and plain objects`);

/** The view as JSON would write it (undefined fields left out), refusing what JSON would write as nothing or {}. */
function written(value: unknown, path: string, open: Set<object>): string {
  if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') throw notPlain(path);
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const known = fingerprints.get(value);
  if (known !== undefined) return known;
  const prototype = Object.getPrototypeOf(value);
  if (!Array.isArray(value) && prototype !== Object.prototype && prototype !== null) throw notPlain(path);
  if (open.has(value)) throw new Error(`cache keys: "${path}" in a view is circular`);
  open.add(value);
  const text = Array.isArray(value)
    ? `[${value.map((item, index) => written(item, `${path}[${index}]`, open)).join(',')}]`
    : `{${Object.entries(value)
        .filter(([, field]) => field !== undefined)
        .map(([name, field]) => `${JSON.stringify(name)}:${written(field, `${path}.${name}`, open)}`)
        .join(',')}}`;
  open.delete(value);
  if (!shared.has(value)) return text;
  const fingerprint = `#${sha1(text)}`;
  fingerprints.set(value, fingerprint);
  return fingerprint;
}

/** Hashes a view with what every page shares; a view that is not plain data (a node, a Map) is refused. */
export function viewKeys(settings: unknown): (view: unknown) => string {
  const base = sha1(written(settings, 'settings', new Set()));
  return (view) => sha1(`${base}\n${written(view, 'view', new Set())}`);
}
