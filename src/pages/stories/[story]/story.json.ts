// One story's graph as open data, in the schema of /story.json, validated against it as it is built.
import type { APIRoute, GetStaticPaths } from 'astro';
import { site, storyPages } from '../../../content';
import { buildStoryExport } from '../../../lib/story-export';
import { storyExportSchema, type StoryExport } from '../../../schemas/story-export';

export const getStaticPaths = (() =>
  storyPages.map(({ front, views }) => {
    const { scope, settings, absolute } = views.context;
    // Every story is listed, so that the ids of a report that belongs to two stories resolve.
    const stories = settings.stories.list;
    const data = storyExportSchema.parse(buildStoryExport({ site, story: front.graph, scope, stories, absolute }));
    return { params: { story: front.id }, props: { data }, cacheKey: views.key(data) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ data: StoryExport }> = ({ props: { data } }) =>
  new Response(JSON.stringify(data, null, 2), { headers: { 'Content-Type': 'application/json' } });
