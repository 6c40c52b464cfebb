// What a page costs a reader, gzipped: its HTML plus every stylesheet and script it loads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzippedSize = (bytes: Buffer | string) => gzipSync(bytes).length;

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  /** Inline <style> elements: CSS that cannot be cached apart from the page. */
  inlineStyles: number;
  stylesheets: string[];
}

/** `urlPath` is served from `distDir`; `base` is the deploy sub-path the page's links carry. */
export function pageWeight(distDir: string, urlPath: string, base = '/'): PageWeight {
  const file = (path: string) => join(distDir, path.slice(base.length - 1).replace(/\/$/, '/index.html'));
  const html = readFileSync(file(urlPath), 'utf8');
  const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]);
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]);
  const sizeOf = (paths: string[]) => paths.reduce((sum, path) => sum + gzippedSize(readFileSync(file(path))), 0);
  const weight = { html: gzippedSize(html), css: sizeOf(stylesheets), js: sizeOf(scripts) };
  return {
    ...weight,
    total: weight.html + weight.css + weight.js,
    inlineStyles: (html.match(/<style[\s>]/g) ?? []).length,
    stylesheets,
  };
}
