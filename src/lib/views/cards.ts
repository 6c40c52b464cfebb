// Card views: what a list shows of a report, an event, a claim or an outlet, decided once per node and shared by
// every page that lists it. A card view is plain data (strings, numbers, dates as the graph shows them), so a page's
// view — and its cache key, the view's hash — holds exactly what the page shows. Memoised per node: a page of
// 10,000 reports builds each card once.
import { count, outletLabel, feedTitle } from '../graph';
import { eventKindLabel } from '../labels';
import { paths, withBase } from '../routes';
import { sharedView } from './key';
import type { Claim, DateView, PriorityMark, Report, Source, StoryEvent, Entity, Carried } from '../story-types';

/** An outlet as it is named anywhere: "probable" travels with the name, its feed title with the outlet. */
export interface OutletRef {
  id: string;
  name: string;
  probable: boolean;
  /** Its name as written in running text and titles: "Drive (probable)". */
  label: string;
  /** Where the name links: the outlet's page, or the report it stands for in a coverage list. */
  href: string;
  /** The outlet's own feed, titled the one way feeds are titled. */
  feed: { title: string; href: string };
}

export interface EntityRef {
  id: string;
  name: string;
  href: string;
}

/** A story the site follows, as named anywhere: its title, linking to its front. */
export interface StoryRef {
  id: string;
  title: string;
  href: string;
}

/** Who said or moved something: an outlet (named as outlets are) or a person or organisation. */
export type MoverRef = { kind: 'outlet'; outlet: OutletRef } | { kind: 'entity'; entity: EntityRef };

export interface ReportCardView {
  id: string;
  href: string;
  headline: string;
  summary: string;
  outlet: OutletRef;
  date: DateView;
  draft: boolean;
}

/** A report in a list, with the mark the list gives it ("First here", "Order not known"). */
export interface ReportItem {
  report: ReportCardView;
  mark?: PriorityMark;
}

/** A list cut at the graph's limit, and how many it leaves out. */
export interface ListView<I> {
  items: I[];
  hidden: number;
  /** "3 more reports not listed here.", when the list is cut. */
  hiddenText?: string;
}

export interface EventCardView {
  id: string;
  href: string;
  title: string;
  summary: string;
  kindLabel: string;
  date: DateView;
  planned: boolean;
  /** "Covered in 3 reports", its first reports' outlets (each linking to its report) and how many more. */
  coverage?: { text: string; outlets: OutletRef[]; more?: { count: number; href: string } };
}

export interface EventItem {
  event: EventCardView;
  mark?: PriorityMark;
}

/** A claim's origin line in pieces, names already resolved to links. */
export type OriginPieceView =
  | { kind: 'text'; text: string }
  | { kind: 'entity'; entity: EntityRef }
  | { kind: 'outlet'; outlet: OutletRef }
  | { kind: 'date'; date: DateView }
  | { kind: 'unknown'; text: string; why?: string };

export interface ClaimCardView {
  id: string;
  href: string;
  status: { status: Claim['status']; label: string };
  basisLabel: string;
  /** The statement with its status before it: a denied claim is never a bare statement. */
  titled: string;
  origin: OriginPieceView[];
  /** Why the first carrier here is not known, when it is not. */
  originWhy?: string;
  carriedText: string;
}

export interface ClaimItem {
  claim: ClaimCardView;
  mark?: PriorityMark;
}

export interface CarrierItem {
  report: ReportCardView;
  /** Whether it passed on the response the claim had by then, in words. */
  response: { kind: 'true' | 'false' | 'undefined'; text: string };
}

const RESPONSE_NOTES = {
  true: 'It mentions the response',
  false: 'It does not mention the response',
  undefined: 'No response had been given yet',
} as const;

export interface Cards {
  outlet(source: Source, options?: { probable?: boolean; href?: string }): OutletRef;
  reportOutlet(report: Report, href?: string): OutletRef;
  entity(entity: Entity): EntityRef;
  story(story: { id: string; title: string; home: string }): StoryRef;
  /** An entity's feed, titled the one way feeds are titled. */
  entityFeed(entity: Entity): { title: string; href: string };
  report(report: Report): ReportCardView;
  event(event: StoryEvent): EventCardView;
  claim(claim: Claim): ClaimCardView;
  /** Reports cut at the list limit, each with its mark. */
  /** `total`: how many the list holds when `reports` are the ones chosen to show (a group of an outlet's reports). */
  reports(reports: Report[], marks?: Record<string, PriorityMark>, total?: number): ListView<ReportItem>;
  carriers(carriers: Carried[]): ListView<CarrierItem>;
  events(events: StoryEvent[], marks?: Record<string, PriorityMark>): EventItem[];
  claims(claims: Claim[], marks?: Record<string, PriorityMark>): ClaimItem[];
}

export interface CardSettings {
  siteName: string;
  /** How many reports a list names, and an event card's coverage line (`story.limits`). */
  limits: { reportList: number; eventCardReports: number };
}

/** An external address as a link names it: "Read at electrek.co" (the host, without "www."). */
export const externalLink = (url: string) => ({ url, host: new URL(url).hostname.replace(/^www\./, '') });

/** One card per node, shared by every view that shows it, and hashed once in their keys. */
function memo<K extends object, V extends object>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = sharedView(build(key));
      cache.set(key, value);
    }
    return value;
  };
}

export function createCards({ siteName, limits }: CardSettings): Cards {
  const outlet: Cards['outlet'] = (source, { probable = source.probable, href } = {}) => ({
    id: source.id,
    name: source.name,
    probable,
    label: outletLabel(source.name, probable),
    href: href ?? withBase(paths.source(source.id)),
    feed: { title: feedTitle(source.label, siteName), href: withBase(paths.sourceRss(source.id)) },
  });
  const reportOutlet: Cards['reportOutlet'] = (report, href) =>
    outlet(report.source, { probable: report.attribution === 'probable', href });
  const entity = memo((node: Entity): EntityRef => ({
    id: node.id,
    name: node.name,
    href: withBase(paths.entity(node.id)),
  }));

  const story = memo((entry: { id: string; title: string; home: string }): StoryRef => ({
    id: entry.id,
    title: entry.title,
    href: withBase(entry.home),
  }));

  const report = memo((node: Report): ReportCardView => ({
    id: node.id,
    href: withBase(paths.report(node.id)),
    headline: node.data.headline,
    summary: node.data.summary,
    outlet: reportOutlet(node),
    date: node.published,
    draft: node.data.draft === true,
  }));

  const event = memo((node: StoryEvent): EventCardView => {
    const named = node.reports.slice(0, limits.eventCardReports);
    const unnamed = node.reports.length - named.length;
    return {
      id: node.id,
      href: withBase(paths.event(node.id)),
      title: node.title,
      summary: node.data.summary,
      kindLabel: eventKindLabel(node.data.kind),
      date: node.when,
      planned: node.planned,
      coverage:
        node.reports.length === 0
          ? undefined
          : {
              text: `Covered in ${count(node.reports.length, 'report')}`,
              outlets: named.map((covering) => reportOutlet(covering, withBase(paths.report(covering.id)))),
              more: unnamed > 0 ? { count: unnamed, href: withBase(paths.event(node.id)) } : undefined,
            },
    };
  });

  const claim = memo((node: Claim): ClaimCardView => {
    const why = (node.firstCarried.known ? '' : node.firstCarried.why) || undefined;
    return {
      id: node.id,
      href: withBase(paths.claim(node.id)),
      status: { status: node.status, label: node.statusLabel },
      basisLabel: node.basisLabel,
      titled: node.titled,
      origin: node.originPieces.map((piece): OriginPieceView => {
        switch (piece.kind) {
          case 'entity':
            return { kind: 'entity', entity: entity(piece.entity) };
          case 'outlet':
            return { kind: 'outlet', outlet: outlet(piece.source) };
          case 'report':
            return { kind: 'outlet', outlet: reportOutlet(piece.report, withBase(paths.report(piece.report.id))) };
          case 'unknown':
            return { kind: 'unknown', text: piece.text, why };
          default:
            return piece;
        }
      }),
      originWhy: why,
      carriedText: `carried by ${count(node.carriers.length, 'report')}`,
    };
  });

  const cut = <N, I>(nodes: N[], toItem: (node: N) => I, total = nodes.length): ListView<I> => {
    const shown = nodes.slice(0, limits.reportList);
    const hidden = total - shown.length;
    return {
      items: shown.map(toItem),
      hidden,
      hiddenText: hidden > 0 ? `${count(hidden, 'more report')} not listed here.` : undefined,
    };
  };

  return {
    outlet,
    reportOutlet,
    entity,
    story,
    entityFeed: (node) => ({ title: feedTitle(node.name, siteName), href: withBase(paths.entityRss(node.id)) }),
    report,
    event,
    claim,
    reports: (nodes, marks = {}, total = nodes.length) =>
      cut(nodes, (node) => ({ report: report(node), mark: marks[node.id] }), total),
    carriers: (carried) =>
      cut(carried, ({ report: node, mentionsResponse }) => {
        const kind = String(mentionsResponse) as keyof typeof RESPONSE_NOTES;
        return { report: report(node), response: { kind, text: RESPONSE_NOTES[kind] } };
      }),
    events: (nodes, marks = {}) => nodes.map((node) => ({ event: event(node), mark: marks[node.id] })),
    claims: (nodes, marks = {}) => nodes.map((node) => ({ claim: claim(node), mark: marks[node.id] })),
  };
}
