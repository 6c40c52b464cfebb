// Who may read a report, and when: the one publishing rule, shared by the site and the content checker.
import { earliestInstant, type StoryDate } from './dates';

/** What decides whether a report is published: the fields of the same names in its frontmatter. */
export interface Publishable {
  draft: boolean;
  /** Held back until its publication date, like a draft until then. */
  scheduled: boolean;
  published: StoryDate;
}

/**
 * The zone whose calendar runs furthest ahead (UTC+14, Kiritimati): a day begins there before anywhere else.
 * The checker, which runs without the site's time zone, calls a date "in the future" only once it has not
 * begun anywhere, so an editor adding today's report is never told it comes from the future.
 */
export const EARLIEST_TIME_ZONE = 'Etc/GMT-14';

/** The first instant a report may have been published, its date read in `timeZone`. */
export const publicationStart = (published: StoryDate, timeZone: string): number =>
  earliestInstant(published, timeZone);

/** True when a publication date has not begun anywhere at `now` (epoch ms): "2030-01-01" in 2026. */
export const isInTheFuture = (published: StoryDate, now: number): boolean =>
  publicationStart(published, EARLIEST_TIME_ZONE) > now;

/**
 * Whether readers see a report at `now` (epoch ms). The editor's preview (`showDrafts`) shows everything;
 * otherwise a draft is never public, and a scheduled report is public once the earliest instant of its
 * publication date, read in the site's `timeZone`, has passed.
 */
export function isPublic(report: Publishable, now: number, showDrafts: boolean, timeZone = 'UTC'): boolean {
  if (showDrafts) return true;
  if (report.draft) return false;
  return !report.scheduled || publicationStart(report.published, timeZone) <= now;
}
