// The whole story graph as open data, validated against its published schema as it is built.
import type { APIRoute } from 'astro';
import { site, story, views } from '../content';
import { absoluteUrl } from '../lib/routes';
import { buildStoryExport } from '../lib/story-export';
import { storyExportSchema } from '../schemas/story-export';

export const GET: APIRoute = (context) => {
  const data = buildStoryExport({
    site,
    story,
    scope: views.context.scope,
    stories: views.context.settings.stories.list,
    absolute: (path) => absoluteUrl(path, context.site),
  });
  return new Response(JSON.stringify(storyExportSchema.parse(data), null, 2), {
    headers: { 'Content-Type': 'application/json' },
  });
};
