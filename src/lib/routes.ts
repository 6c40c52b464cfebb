// Root-relative paths of every page and feed: the one place URLs are spelled (they are part of the contract).

/**
 * The pages and feeds a story has of its own: the site-wide ones at the root (every story's entries), each story's
 * under /stories/<id>/.
 */
export const scopePaths = (prefix = '') => ({
  home: () => `${prefix}/`,
  timeline: () => `${prefix}/timeline/`,
  /** A month ("2026-02") or year ("2025") of the timeline; later pages of a long period get a number. */
  period: (key: string, page = 1) => (page === 1 ? `${prefix}/timeline/${key}/` : `${prefix}/timeline/${key}/${page}/`),
  claims: () => `${prefix}/claims/`,
  coverage: () => `${prefix}/coverage/`,
  storyJson: () => `${prefix}/story.json`,
  rss: () => `${prefix}/rss.xml`,
  jsonFeed: () => `${prefix}/feed.json`,
});
export type ScopePaths = ReturnType<typeof scopePaths>;

/** A story's own front, timeline, claims, coverage and feeds, under /stories/<id>/. */
export const storyPaths = (id: string): ScopePaths => scopePaths(`/stories/${id}`);

const sitePaths = scopePaths();

export const paths = {
  ...sitePaths,
  stories: () => '/stories/',
  story: (id: string) => storyPaths(id).home(),
  reports: () => '/reports/',
  report: (id: string) => `/reports/${id}/`,
  sources: () => '/sources/',
  source: (id: string) => `/sources/${id}/`,
  sourceRss: (id: string) => `/sources/${id}/rss.xml`,
  events: () => '/events/',
  event: (id: string) => `/events/${id}/`,
  entities: () => '/entities/',
  entity: (id: string) => `/entities/${id}/`,
  entityRss: (id: string) => `/entities/${id}/rss.xml`,
  claim: (id: string) => `/claims/${id}/`,
  about: () => '/about/',
  corrections: () => '/corrections/',
  openData: () => '/open-data/',
  storySchema: () => '/story.schema.json',
  search: () => '/search/',
  manifest: () => '/manifest.webmanifest',
};

/** Prefixes a root-relative path with the deploy base ("/" or a sub-path such as "/jv-story/"). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/+$/, '')}${path}`;
}

/** The absolute URL of a root-relative path on the deployed site. */
export function absoluteUrl(path: string, site: URL | undefined, base: string = import.meta.env.BASE_URL): string {
  if (!site) throw new Error('Set SITE_URL (astro.config.mjs `site`) so feeds and metadata can use absolute URLs.');
  return new URL(withBase(path, base), site).href;
}
