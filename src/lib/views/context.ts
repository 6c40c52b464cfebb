// What every view builder is given: the graph's cards, the site's settings and how to write absolute URLs.
import { absoluteUrl } from '../routes';
import type { SiteData } from '../../schemas/site';
import type { Story } from '../story-types';
import type { Cards } from './cards';

export interface ViewSettings {
  /** The site's own settings (content/site.yaml): every page shows some of them (its name, its language). */
  site: SiteData;
  /** The deployed site's address (`site` in astro.config.mjs), for absolute URLs in JSON-LD and feeds. */
  siteUrl: URL | undefined;
  /** A fingerprint of each report's digest as rendered, by report id: the one thing a page shows the graph lacks. */
  digests: ReadonlyMap<string, string>;
}

export interface ViewContext {
  story: Story;
  cards: Cards;
  settings: ViewSettings;
  /** An absolute URL on the deployed site for a root-relative path. */
  absolute(path: string): string;
}

export const contextOf = (story: Story, cards: Cards, settings: ViewSettings): ViewContext => ({
  story,
  cards,
  settings,
  absolute: (path) => absoluteUrl(path, settings.siteUrl),
});
