// Reads entity names and aliases at config time, before collections exist, for remark-entity-links (with js-yaml,
// as Astro's loaders read them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { EntityNames } from '../plugins/remark-entity-links';
import { entryId } from './ids';

/** Names by entity id; a missing folder yields none, and the content checker says what is missing. */
export function readEntityNames(folder: string): EntityNames[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const data = (load(readFileSync(join(folder, file), 'utf8')) ?? {}) as { name?: unknown; aliases?: unknown };
      const names = [data.name, ...(Array.isArray(data.aliases) ? data.aliases : [])];
      return { id: entryId(file), names: names.filter((name) => typeof name === 'string' && name) };
    });
}
