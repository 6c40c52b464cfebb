// The reports index's view: how many reports there are, and the latest of them, newest first, cut at the list limit.
import { count } from '../graph';
import { withBase } from '../routes';
import type { ListView, ReportItem } from './cards';
import type { ViewContext } from './context';

export interface ReportsIndexView {
  description: string;
  /** "12 reports", as the lede counts them. */
  countText: string;
  /** The newest reports, each marked where its dates do not prove its place. */
  list: ListView<ReportItem>;
  /** Where the reports the list leaves out are read. */
  more: { href: string; label: string };
}

export const reportsIndexView = ({ story, cards, scope }: ViewContext): ReportsIndexView => ({
  description: `The latest reports on “${scope.title}”, with their outlets, dates and summaries.`,
  countText: count(story.reports.length, 'report'),
  list: cards.reports(story.reportsNewestFirst, story.reportOrderMarks),
  more: { href: withBase(scope.routes.timeline()), label: 'Read them month by month in the timeline archive.' },
});
