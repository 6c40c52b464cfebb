// Feed items for RSS and JSON Feed, built once per report from the story graph: no Markdown re-rendered.
// Dates: a feed's item date must be a full instant, so only a report whose date `instantOf` (src/lib/dates) allows
// as one gets one; every other item leaves the optional date out and says its date, with its precision, in its text.
import rss from '@astrojs/rss';
import { orderMarks, reportOutletLabel } from './graph';
import { absoluteUrl, paths } from './routes';
import type { Report } from './story-types';

export interface FeedItem {
  id: string;
  url: string;
  title: string;
  /** Outlet and date in words, then our summary: what a reader sees first in a feed reader. */
  summary: string;
  /** The summary, then our corrections, then each claim the report carries with its status. */
  content: string;
  /** The instant (epoch ms), only where the date's view has one (`instantOf`); never an invented midnight. */
  published?: number;
  updated?: number;
  authors: string[];
  categories: string[];
  originalUrl?: string;
}

/** "Drive (probable), February 2026 (known only to the month; the day is not known)." */
function byline(report: Report): string {
  const { published } = report;
  // A date the feed cannot carry as an instant is said in words, with how precisely it is known.
  const precision =
    published.instant !== undefined
      ? ''
      : ` (${published.note.replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())})`;
  return `${reportOutletLabel(report)}, ${published.label}${precision}.`;
}

const built = new WeakMap<Report, FeedItem>();

/** The feed item of a report, built once however many feeds carry it (the site URL is fixed for a build). */
export function feedItem(report: Report, site: URL | undefined): FeedItem {
  let item = built.get(report);
  if (!item) built.set(report, (item = buildFeedItem(report, site)));
  return item;
}

function buildFeedItem(report: Report, site: URL | undefined): FeedItem {
  const { data } = report;
  const url = absoluteUrl(paths.report(report.id), site);
  const summary = `${byline(report)} ${data.summary}`;
  const claims = report.claims.map(({ claim }) => claim.titled);
  const corrections = report.corrections.map((correction) => `Corrected ${correction.when.label}: ${correction.note}`);
  const sections = [
    summary,
    ...(corrections.length ? [corrections.join('\n')] : []),
    ...(claims.length ? [`Claims it carries:\n${claims.map((claim) => `- ${claim}`).join('\n')}`] : []),
  ];
  return {
    id: url,
    url,
    title: data.headline,
    summary,
    content: sections.join('\n\n'),
    published: report.published.instant,
    updated: report.updated?.instant,
    authors: data.authors,
    categories: [reportOutletLabel(report), ...report.entities.map((entity) => entity.name)],
    originalUrl: data.url,
  };
}

/**
 * The items of a feed, in the order given (newest first): an item whose dates do not prove its place against
 * the items next to it says so at the end of its summary, since a feed reader shows the order and nothing else.
 */
export function feedItems(reports: Report[], site: URL | undefined): FeedItem[] {
  const marks = orderMarks(reports, (report) => report.published);
  return reports.map((report) => {
    const item = feedItem(report, site);
    const mark = marks[report.id];
    if (!mark) return item;
    const summary = `${item.summary} ${mark.text}: ${mark.why}`;
    return { ...item, summary, content: item.content.replace(item.summary, summary) };
  });
}

/** An instant as JSON Feed writes it (RFC 3339, in UTC): "2026-02-04T11:00:00.000Z". */
const rfc3339 = (instant: number) => new Date(instant).toISOString();

/** What a feed says, whatever its format: the view a feed endpoint renders (src/lib/views/feeds.ts). */
export interface Feed {
  title: string;
  description: string;
  homeUrl: string;
  feedUrl: string;
  language: string;
  items: FeedItem[];
}

/** A JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/). */
export function jsonFeed(feed: Feed) {
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
      content_text: item.content,
      ...(item.published !== undefined ? { date_published: rfc3339(item.published) } : {}),
      ...(item.updated !== undefined ? { date_modified: rfc3339(item.updated) } : {}),
      ...(item.authors.length ? { authors: item.authors.map((name) => ({ name })) } : {}),
      tags: item.categories,
      ...(item.originalUrl ? { external_url: item.originalUrl } : {}),
    })),
  };
}

/** An RSS 2.0 response for items already in newest-first order and within the feed limit. */
export function rssFeed(feed: Omit<Feed, 'feedUrl'>) {
  return rss({
    title: feed.title,
    description: feed.description,
    site: feed.homeUrl,
    customData: `<language>${feed.language}</language>`,
    items: feed.items.map((item) => ({
      title: item.title,
      link: item.url,
      ...(item.published !== undefined ? { pubDate: new Date(item.published) } : {}),
      description: item.content,
      categories: item.categories,
      ...(item.authors.length ? { author: item.authors.join(', ') } : {}),
    })),
  });
}
