// Reads the records of a built Pagefind index: one per indexed page, with its text, filters and metadata.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface IndexedPage {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

const SIGNATURE = 'pagefind_dcd';

export function readSearchIndex(distDir: string): IndexedPage[] {
  const dir = join(distDir, 'pagefind', 'fragment');
  return readdirSync(dir).map((file) => {
    const bytes = gunzipSync(readFileSync(join(dir, file)));
    if (bytes.subarray(0, SIGNATURE.length).toString() !== SIGNATURE)
      throw new Error(`${file} is not a Pagefind fragment`);
    return JSON.parse(bytes.subarray(SIGNATURE.length).toString()) as IndexedPage;
  });
}
