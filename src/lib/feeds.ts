// Feed items for RSS and JSON Feed, built once per report from prebuilt data: no Markdown re-rendered.
import rss from '@astrojs/rss';
import { toIsoInstant } from './dates';
import { absoluteUrl, paths } from './routes';
import type { Entity, Report, Source } from '../content';

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  published: string;
  updated?: string;
  authors: string[];
  categories: string[];
  originalUrl?: string;
}

export interface FeedContext {
  site: URL | undefined;
  timeZone: string;
  sourceById: Map<string, Source>;
  entityById: Map<string, Entity>;
}

export function feedItem(report: Report, { site, timeZone, sourceById, entityById }: FeedContext): FeedItem {
  const { data } = report;
  const url = absoluteUrl(paths.report(report.id), site);
  return {
    id: url,
    url,
    title: data.headline,
    summary: data.summary,
    published: toIsoInstant(data.published, timeZone),
    updated: data.updated && toIsoInstant(data.updated, timeZone),
    authors: data.authors,
    categories: [sourceById.get(report.sourceId)!.data.name, ...report.entityIds.map((id) => entityById.get(id)!.data.name)],
    originalUrl: data.url,
  };
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(feed: { title: string; description: string; homeUrl: string; feedUrl: string; language: string; items: FeedItem[] }) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    description: feed.description,
    home_page_url: feed.homeUrl,
    feed_url: feed.feedUrl,
    language: feed.language,
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      summary: item.summary,
      content_text: item.summary,
      date_published: item.published,
      ...(item.updated ? { date_modified: item.updated } : {}),
      ...(item.authors.length ? { authors: item.authors.map((name) => ({ name })) } : {}),
      tags: item.categories,
      ...(item.originalUrl ? { external_url: item.originalUrl } : {}),
    })),
  };
}

/** Feeds carry the latest reports only: a reader's app polls them, the archive holds the rest. */
export const FEED_LENGTH = 50;

/** An RSS 2.0 response for a list of reports already in newest-first order. */
export function rssFeed(feed: { title: string; description: string; site: URL | undefined; language: string; items: FeedItem[] }) {
  return rss({
    title: feed.title,
    description: feed.description,
    site: absoluteUrl(paths.home(), feed.site),
    customData: `<language>${feed.language}</language>`,
    items: feed.items.slice(0, FEED_LENGTH).map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: new Date(item.published),
      description: item.summary,
      categories: item.categories,
      ...(item.authors.length ? { author: item.authors.join(', ') } : {}),
    })),
  });
}
