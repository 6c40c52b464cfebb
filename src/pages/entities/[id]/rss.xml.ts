// The reports naming one person or organisation, as RSS.
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageKeys, site, story } from '../../../content';
import { feedTitle } from '../../../lib/graph';
import { feedItems, rssFeed } from '../../../lib/feeds';
import type { Entity } from '../../../lib/story-types';

export const getStaticPaths = (() =>
  story.entities.map((entity) => ({
    params: { id: entity.id },
    props: { entity },
    cacheKey: pageKeys.entityFeed(entity),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entity: Entity }> = ({ props: { entity }, site: siteUrl }) =>
  rssFeed({
    title: feedTitle(entity.name, site.name),
    description: `Reports naming ${entity.name} in “${site.story.title}”.`,
    site: siteUrl,
    language: site.language,
    items: feedItems(entity.feed, siteUrl),
  });
