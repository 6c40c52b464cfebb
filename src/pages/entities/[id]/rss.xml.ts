// The reports naming one person or organisation, as RSS.
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedItems, site, story, type Entity } from '../../../content';
import { rssFeed } from '../../../lib/feeds';

export const getStaticPaths = (() =>
  story.entities.map((entity) => ({ params: { id: entity.id }, props: { entity } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entity: Entity }> = ({ props: { entity }, site: siteUrl }) =>
  rssFeed({
    title: `${entity.data.name} — ${site.name}`,
    description: `Reports naming ${entity.data.name} in “${site.story.title}”.`,
    site: siteUrl,
    language: site.language,
    items: (story.feedByEntity.get(entity.id) ?? []).map((report) => feedItems.get(report.id)!),
  });
