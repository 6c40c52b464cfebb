// Crawlers may read every page but the editor (/admin/, which also says noindex); the sitemap lists every page.
import type { APIRoute } from 'astro';
import { absoluteUrl, withBase } from '../lib/routes';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: /\nDisallow: ${withBase('/admin/')}\n\nSitemap: ${absoluteUrl('/sitemap-index.xml', site)}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
