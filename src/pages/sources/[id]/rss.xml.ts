// One outlet's reports as RSS; for an outlet we only cite, the reports that cite it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { pageKeys, site, story } from '../../../content';
import { feedTitle } from '../../../lib/graph';
import { feedItems, rssFeed } from '../../../lib/feeds';
import type { Source } from '../../../lib/story-types';

export const getStaticPaths = (() =>
  story.sources.map((source) => ({
    params: { id: source.id },
    props: { source },
    cacheKey: pageKeys.sourceFeed(source),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: Source }> = ({ props: { source }, site: siteUrl }) => {
  const name = source.label;
  return rssFeed({
    title: feedTitle(name, site.name),
    description: source.citedOnly
      ? `Reports citing ${name} on “${site.story.title}”.`
      : `Reports by ${name} on “${site.story.title}”.`,
    site: siteUrl,
    language: site.language,
    items: feedItems(source.feed, siteUrl),
  });
};
