// The whole story as JSON Feed 1.1, newest reports first.
import type { APIRoute } from 'astro';
import { site, story } from '../content';
import { feedItems, jsonFeed } from '../lib/feeds';
import { absoluteUrl, paths } from '../lib/routes';

export const GET: APIRoute = (context) =>
  new Response(
    JSON.stringify(
      jsonFeed({
        title: site.name,
        description: site.story.description,
        homeUrl: absoluteUrl(paths.home(), context.site),
        feedUrl: absoluteUrl(paths.jsonFeed(), context.site),
        language: site.language,
        items: feedItems(story.feed, context.site),
      }),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/feed+json' } },
  );
