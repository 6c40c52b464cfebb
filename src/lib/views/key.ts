// A page's cache key for incremental builds (`experimental.incrementalBuild` in astro.config.mjs): the hash of the
// one view the page renders, plus what every page shows besides (the site's settings, the deploy base). A page
// shows nothing its view does not hold, so a key cannot miss what the page shows; tests/build/incremental*.test.ts
// prove no page goes stale.
import { createHash } from 'node:crypto';

const sha1 = (text: string) => createHash('sha1').update(text).digest('base64url');

const plainOnly = (key: string, value: unknown) => {
  if (typeof value === 'function' || value instanceof Map || value instanceof Set) {
    // JSON would write these as nothing or {}: a key would then miss what they hold.
    throw new Error(`cache keys: "${key}" in a view is not plain data; views hold strings, numbers and plain objects`);
  }
  return value;
};

/** Hashes a view with what every page shares; a view that is not plain data (a node, a Map) is refused. */
export function viewKeys(shared: unknown): (view: unknown) => string {
  const base = sha1(JSON.stringify(shared, plainOnly));
  return (view) => sha1(`${base}\n${JSON.stringify(view, plainOnly)}`);
}
