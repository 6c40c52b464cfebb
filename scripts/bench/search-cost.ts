// What one search costs a reader: every Pagefind file the search page fetches to answer a query, from typing it
// to the first batch of results on screen (no filter opened: filter data loads only when the reader asks).
import type { Response } from 'playwright-core';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../browser';
import { gzippedSize } from '../page-weight';
import { serveStatic } from '../static-server';

export interface SearchCost {
  query: string;
  /** Bytes as a compressing server would send them (Pagefind's index files are already gzipped). */
  kilobytes: number;
  requests: number;
  /** Results on screen: the first batch (src/scripts/search-text.ts BATCH_SIZE), fewer when fewer match. */
  results: number;
}

export async function measureSearchCost(distDir: string, query: string): Promise<SearchCost> {
  const server = await serveStatic(distDir);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const bodies: Promise<number>[] = [];
    page.on('response', (response: Response) => {
      if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return;
      bodies.push(
        response.body().then(
          (body) => Math.min(body.length, gzippedSize(body)),
          () => 0,
        ),
      );
    });
    await page.goto(`${server.url}search/`);
    await page.locator('#search input[name="q"]').fill(query);
    await page.locator('.search-result').first().waitFor({ timeout: 30_000 });
    await page.waitForLoadState('networkidle');
    const results = await page.locator('.search-result').count();
    const sizes = await Promise.all(bodies);
    return {
      query,
      kilobytes: Math.round(sizes.reduce((a, b) => a + b, 0) / 102.4) / 10,
      requests: sizes.length,
      results,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}
