// One outlet's reports as RSS; for an outlet we only cite, the reports that cite it.
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedItems, site, story, type Source } from '../../../content';
import { rssFeed } from '../../../lib/feeds';

export const getStaticPaths = (() =>
  story.sources.map((source) => ({ params: { id: source.id }, props: { source } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ source: Source }> = ({ props: { source }, site: siteUrl }) => {
  const own = story.reportsBySource.has(source.id);
  return rssFeed({
    title: `${source.data.name} — ${site.name}`,
    description: own ? `Reports by ${source.data.name} on “${site.story.title}”.` : `Reports citing ${source.data.name} on “${site.story.title}”.`,
    site: siteUrl,
    language: site.language,
    items: (story.feedBySource.get(source.id) ?? []).map((report) => feedItems.get(report.id)!),
  });
};
