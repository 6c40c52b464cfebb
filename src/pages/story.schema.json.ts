// The JSON Schema of /story.json, generated from the same zod schema that validates the export.
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { absoluteUrl, paths } from '../lib/routes';
import { STORY_EXPORT_VERSION, storyExportSchema } from '../schemas/story-export';

export const GET: APIRoute = (context) =>
  new Response(
    JSON.stringify(
      {
        ...z.toJSONSchema(storyExportSchema, { target: 'draft-2020-12' }),
        $id: absoluteUrl(paths.storySchema(), context.site),
        title: `Story export, version ${STORY_EXPORT_VERSION}`,
      },
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/schema+json' } },
  );
