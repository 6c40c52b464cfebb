// Views: what each page and feed shows, as one plain value built from the graph. Pages get `{ view }` and render
// it; components take card views. A page's cache key is its view's hash (key.ts), so it cannot miss what it shows.
// Each page's builder lives in its own file (report.ts, outlet.ts…) and takes the context made here.
import type { Story } from '../story-types';
import { createCards } from './cards';
import { contextOf, type Scope, type ViewContext, type ViewSettings } from './context';
import { viewKeys } from './key';

export interface Views {
  context: ViewContext;
  /** The cache key of a page that renders `view`. */
  key(view: unknown): string;
}

export function createViews(story: Story, settings: ViewSettings, scope: Scope): Views {
  const cards = createCards({ siteName: settings.site.name, limits: story.limits });
  return {
    context: contextOf(story, cards, settings, scope),
    key: viewKeys({ site: settings.site, siteUrl: settings.siteUrl?.href, base: import.meta.env.BASE_URL }),
  };
}
