// The timeline's views: its sections as the home page and the archive show them, the archive's index of periods,
// and one page of one period.
import { count, type PeriodSummary } from '../graph';
import { withBase, type ScopePaths } from '../routes';
import type { Page, Period, PriorityMark } from '../story-types';
import type { Cards, EventCardView, ReportCardView } from './cards';
import type { ViewContext } from './context';
import { scopeHead, type ScopeHeadView } from './scope';

/** An item of a timeline section, with the mark its place there needs ("Order not known"). */
type TimelineItemView = { id: string; mark?: PriorityMark } & (
  | { kind: 'event'; event: EventCardView }
  | {
      kind: 'report';
      report: ReportCardView;
      /** The earliest instant its `added` date may denote (epoch ms), on pages that mark what is new since a visit. */
      addedAt?: number;
    }
);

/** One month (or year) of the timeline as shown: its items in story order and, after them, its tie notes. */
export interface TimelineSectionView {
  key: string;
  label: string;
  items: TimelineItemView[];
  /** "2 reports are dated only “February 2026”: …", one per group of reports only a tie-breaker orders. */
  tieNotes: string[];
}

/** A link into the archive: one month (or year) and how much it holds. */
export interface PeriodLinkView {
  key: string;
  href: string;
  label: string;
  /** "12 items". */
  countText: string;
}

export interface TimelineIndexView {
  head: ScopeHeadView;
  title: string;
  description: string;
  homeHref: string;
  periods: PeriodLinkView[];
}

export interface TimelinePageView {
  head: ScopeHeadView;
  key: string;
  page: number;
  /** The period, with "(page 2 of 3)" when it has more than one page. */
  title: string;
  description: string;
  archiveHref: string;
  section: TimelineSectionView;
  /** The neighbouring pages of the same period, with the words their links say. */
  earlier?: { href: string; text: string };
  later?: { href: string; text: string };
}

/** Timeline periods as card views; `markAdded` gives each report its `added` instant, for NewSinceVisit. */
export function timelineSections(
  periods: Period[],
  cards: Cards,
  { markAdded = false }: { markAdded?: boolean } = {},
): TimelineSectionView[] {
  return periods.map((period) => ({
    key: period.key,
    label: period.label,
    items: period.items.map((item): TimelineItemView =>
      item.kind === 'event'
        ? { kind: 'event', id: item.id, event: cards.event(item.event), mark: item.orderMark }
        : {
            kind: 'report',
            id: item.id,
            report: cards.report(item.report),
            mark: item.orderMark,
            addedAt: markAdded ? item.report.added.interval.earliest : undefined,
          },
    ),
    tieNotes: period.tieNotes,
  }));
}

export const periodLinks = (periods: PeriodSummary[], routes: ScopePaths): PeriodLinkView[] =>
  periods.map((period) => ({
    key: period.key,
    href: withBase(routes.period(period.key)),
    label: period.label,
    countText: count(period.itemCount, 'item'),
  }));

export const timelineIndexView = (context: ViewContext): TimelineIndexView => {
  const { story, scope } = context;
  return {
    head: scopeHead(context, 'Timeline archive'),
    title: 'Timeline archive',
    description: `Every month of “${scope.title}”, each with its events and reports.`,
    homeHref: withBase(scope.routes.home()),
    periods: periodLinks(story.periods, scope.routes),
  };
};

/** The route of a period's page: "2026-02" for its first page, "2026-02/2" after. */
export const timelinePageParam = (page: Page) => (page.page === 1 ? page.key : `${page.key}/${page.page}`);

export function timelinePageView(page: Page, context: ViewContext): TimelinePageView {
  const { cards, scope } = context;
  const pageNote = page.pageCount > 1 ? ` (page ${page.page} of ${page.pageCount})` : '';
  const title = `${page.label}${pageNote}`;
  return {
    head: scopeHead(context, title),
    key: page.key,
    page: page.page,
    title,
    description: `What happened in “${scope.title}” in ${page.label}, and who reported it.`,
    archiveHref: withBase(scope.routes.timeline()),
    section: timelineSections([page], cards)[0],
    earlier:
      page.page > 1
        ? { href: withBase(scope.routes.period(page.key, page.page - 1)), text: `Earlier in ${page.label}` }
        : undefined,
    later:
      page.page < page.pageCount
        ? { href: withBase(scope.routes.period(page.key, page.page + 1)), text: `Later in ${page.label}` }
        : undefined,
  };
}
