// The front page's view: the story's head, the latest development, where the claims stand, what is new, and the
// latest of the timeline with the plans apart.
import { count, STORY_KICKERS } from '../graph';
import { paths, withBase } from '../routes';
import type { DateView } from '../story-types';
import { itemList } from '../structured-data';
import { CLAIM_STATUSES, type ClaimStatus } from '../../schemas/claims';
import type { EventCardView, MoverRef, ReportCardView } from './cards';
import { isSiteWide, type ViewContext } from './context';
import { outletMixLine, type OutletMixLineView } from './outlet-mix';
import { scopeHead, type ScopeHeadView } from './scope';
import { periodLinks, timelineSections, type PeriodLinkView, type TimelineSectionView } from './timeline';

interface LatestItemView {
  event: EventCardView;
  /** "3 reports". */
  reportsText: string;
}

export interface LatestView {
  /** "Latest development", or "Latest developments" when the dates do not prove which came last. */
  heading: string;
  /** Said when several may be the latest: the words, and why the order is not known (a tooltip). */
  orderNote?: { text: string; why: string };
  items: LatestItemView[];
}

/** Who moved a claim to where it stands: an outlet (named as outlets are) or a person or organisation. */
type MoverView = MoverRef & {
  /** What goes before the name in a list of them: ", " or " and ". */
  joiner?: string;
};

interface BoardLineView {
  href: string;
  /** The status in words before the statement, for screen readers ("Denied"). */
  statusPrefix: string;
  statement: string;
  /** "denied by", "origin not known; carried here by". */
  movedBy: string;
  by: MoverView[];
}

interface BoardGroupView {
  status: ClaimStatus;
  label: string;
  /** "2 claims". */
  countText: string;
  meaning: string;
  lines: BoardLineView[];
}

export interface BoardView {
  ledgerHref: string;
  groups: BoardGroupView[];
}

export interface WhatsNewView {
  lastUpdated?: DateView;
  /** The newest additions: each report, the day we added it, and that day's earliest instant (epoch ms). */
  added: { report: ReportCardView; added: DateView; addedAt: number }[];
}

/** Where to follow what the page follows: its own feeds and open data, and what the open data holds. */
export interface FollowView {
  rssHref: string;
  jsonFeedHref: string;
  storyJsonHref: string;
  openDataHref: string;
}

export interface HomeView {
  head: ScopeHeadView;
  description: string;
  jsonLd: object;
  story: {
    /** "Developing story", "Concluded story". */
    kicker: string;
    /** On a story's own front, the list of every story the site follows, before the kicker. */
    allStoriesHref?: string;
    title: string;
    description: string;
    soFar: string[];
    soFarAsOf?: DateView;
  };
  /** Who covers it, in one line (kinds left out: the coverage page lists them). */
  outletMix: OutletMixLineView;
  /** Said instead of the news when the story has no reports, events or claims yet; absent otherwise. */
  nothingYet?: string;
  /** Absent when no event has happened yet. */
  latest?: LatestView;
  /** Absent when there are no claims. */
  board?: BoardView;
  whatsNew: WhatsNewView;
  follow: FollowView;
  timeline: {
    sections: TimelineSectionView[];
    archiveHref: string;
    /** Periods shown here only in part or not at all, latest first. */
    earlier: PeriodLinkView[];
  };
  /** Events announced as planned in the reports, shown apart from what has happened. */
  plans: EventCardView[];
}

function latestView({ story, cards }: ViewContext): LatestView | undefined {
  const { candidates, why } = story.latestDevelopment;
  if (candidates.length === 0) return undefined;
  const several = candidates.length > 1;
  return {
    heading: several ? 'Latest developments' : 'Latest development',
    orderNote: several ? { text: 'Which of these came last is not known.', why } : undefined,
    items: candidates.map((event) => ({
      event: cards.event(event),
      reportsText: count(event.reports.length, 'report'),
    })),
  };
}

function boardView({ story, cards, scope }: ViewContext): BoardView | undefined {
  const groups = story.claimsBoard.map((group): BoardGroupView => ({
    status: group.status,
    label: group.label,
    countText: count(group.lines.length, 'claim'),
    meaning: group.meaning,
    lines: group.lines.map(({ claim, by, movedBy }) => ({
      href: withBase(paths.claim(claim.id)),
      statusPrefix: CLAIM_STATUSES[claim.status].prefix,
      statement: claim.statement,
      movedBy,
      by: by.map((mover, index): MoverView => {
        const joiner = index === 0 ? undefined : index === by.length - 1 ? ' and ' : ', ';
        // Outlets are told from people and organisations by `probable`, which only outlets have.
        return 'probable' in mover
          ? { kind: 'outlet', outlet: cards.outlet(mover), joiner }
          : { kind: 'entity', entity: cards.entity(mover), joiner };
      }),
    })),
  }));
  return groups.length > 0 ? { ledgerHref: withBase(scope.routes.claims()), groups } : undefined;
}

export function homeView(context: ViewContext): HomeView {
  const { story, cards, settings, scope, absolute } = context;
  const { site } = settings;
  const { lastUpdated, recentlyAdded } = story.updates;
  const shown = story.homeTimeline.flatMap((period) => period.items);
  return {
    head: scopeHead(context, isSiteWide(scope) ? site.name : scope.title),
    description: scope.description,
    outletMix: outletMixLine(context),
    jsonLd: itemList(
      scope.title,
      shown.map((item) => ({
        name: item.kind === 'event' ? item.event.title : item.report.data.headline,
        url: absolute(item.kind === 'event' ? paths.event(item.id) : paths.report(item.id)),
        note: item.orderMark?.why,
      })),
    ),
    story: {
      kicker: STORY_KICKERS[scope.status ?? 'developing'],
      allStoriesHref: isSiteWide(scope) ? undefined : withBase(paths.stories()),
      title: scope.title,
      description: scope.description,
      soFar: scope.soFar ?? [],
      soFarAsOf: scope.soFarAsOf,
    },
    nothingYet:
      story.reports.length + story.events.length + story.claims.length === 0
        ? 'We have recorded no reports, events or claims on this story yet.'
        : undefined,
    latest: latestView(context),
    board: boardView(context),
    whatsNew: {
      lastUpdated,
      added: recentlyAdded.map((report) => ({
        report: cards.report(report),
        added: report.added,
        addedAt: report.added.interval.earliest,
      })),
    },
    follow: {
      rssHref: withBase(scope.routes.rss()),
      jsonFeedHref: withBase(scope.routes.jsonFeed()),
      storyJsonHref: withBase(scope.routes.storyJson()),
      openDataHref: withBase(paths.openData()),
    },
    timeline: {
      sections: timelineSections(story.homeTimeline, cards, { markAdded: true }),
      archiveHref: withBase(scope.routes.timeline()),
      earlier: periodLinks(story.earlierPeriods, scope.routes),
    },
    plans: story.plans.map(cards.event),
  };
}
