// The web app manifest: the site's name, colours and icon, with the deploy base in every path.
import type { APIRoute } from 'astro';
import { site } from '../content';
import { paths, withBase } from '../lib/routes';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        name: site.name,
        short_name: site.name,
        description: site.tagline,
        lang: site.language,
        start_url: withBase(paths.home()),
        scope: withBase(paths.home()),
        display: 'browser',
        background_color: '#fbfaf7',
        theme_color: '#1f4f99',
        icons: [{ src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' }],
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
