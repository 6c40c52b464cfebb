// Crawlers may read everything; the sitemap lists every page.
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/routes';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
