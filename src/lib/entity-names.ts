// Reads entity names and aliases at config time, before collections exist, for remark-entity-links.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EntityNames } from '../plugins/remark-entity-links';

export function readEntityNames(folder: string): EntityNames[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const data = parse(readFileSync(join(folder, file), 'utf8')) ?? {};
      const names = [data.name, ...(Array.isArray(data.aliases) ? data.aliases : [])];
      return { id: file.replace(/\.yaml$/, ''), names: names.filter((name) => typeof name === 'string' && name) };
    });
}
