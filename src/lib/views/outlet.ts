// The outlet page's view (what it is, its reports on the story, the reports that cite it) and the outlets index's
// view (every outlet in brief).
import { count } from '../graph';
import { countryName, languageName, sourceKindLabel } from '../labels';
import { paths, withBase } from '../routes';
import type { Source } from '../story-types';
import { organization } from '../structured-data';
import { externalLink, type ListView, type OutletRef, type ReportItem } from './cards';
import type { ViewContext } from './context';
import { reportGroups, type ReportGroupView } from './membership';

/** A fact that may not be known: `known: false` when `text` says so ("Not known"), shown muted. */
export interface FactView {
  text: string;
  known: boolean;
}

/** An outlet with how many reports tie it to the outlet whose page it is on: "Bloomberg (2 reports)". */
interface OutletNoteView {
  outlet: OutletRef;
  note: string;
}

export interface OutletView {
  id: string;
  /** The outlet as named anywhere; its `label` ("Drive (probable)") is the page's title and heading. */
  outlet: OutletRef;
  /** The page's meta description. */
  description: string;
  /** What the outlet is, in our words. */
  lede: string;
  /** Why every report we attribute to it says "probable", when none is confirmed. */
  probableNotice?: string;
  facts: {
    country: FactView;
    languageName: string;
    kind: FactView;
    reliesOn: OutletNoteView[];
    reliedOnBy: OutletNoteView[];
    homepage: { url: string; host: string };
  };
  jsonLd: object;
  feeds: { title: string; href: string }[];
  /** The events that are its reporting, each linking to its event page. */
  scoops: { title: string; href: string }[];
  /** Its own reports, cut at the list limit; `total` counts them all; `byStory` when the site follows several. */
  reports: {
    total: number;
    list: ListView<ReportItem>;
    byStory?: ReportGroupView[];
    more: { href: string; label: string };
  };
  /** The reports that cite it, when any do. */
  citing?: { heading: string; text: string; list: ListView<ReportItem> };
}

/** An outlet in brief, as the outlets index shows it. */
export interface OutletSummaryView {
  outlet: OutletRef;
  /** Its country, language and kind in words, an unknown one saying so ("Country not known"). */
  meta: { country: string; language: string; kind: string };
  /** "3 reports · cited by 2 reports"; empty when it has neither. */
  counts: string;
}

export interface OutletsIndexView {
  description: string;
  /** Outlets whose reports we collect, then those only cited by them. */
  reporting: OutletSummaryView[];
  citedOnly: OutletSummaryView[];
}

const noted = (cards: ViewContext['cards'], ties: { source: Source; reports: number }[]): OutletNoteView[] =>
  ties.map(({ source, reports }) => ({ outlet: cards.outlet(source), note: count(reports, 'report') }));

export function outletView(source: Source, context: ViewContext): OutletView {
  const { cards, absolute } = context;
  const { data } = source;
  const outlet = cards.outlet(source);
  return {
    id: source.id,
    outlet,
    description: `${outlet.label}: ${data.description}`,
    lede: data.description,
    probableNotice: source.probable
      ? `we could not confirm that ${data.name} published any of the reports we attribute to it, so each is marked “probable”.`
      : undefined,
    facts: {
      country: data.country ? { text: countryName(data.country), known: true } : { text: 'Not known', known: false },
      languageName: languageName(data.language),
      kind: data.kind ? { text: sourceKindLabel(data.kind), known: true } : { text: 'Not known', known: false },
      reliesOn: noted(cards, source.upstream),
      reliedOnBy: noted(cards, source.downstream),
      homepage: externalLink(data.homepage),
    },
    jsonLd: organization({
      name: data.name,
      url: absolute(paths.source(source.id)),
      sameAs: data.homepage,
      description: data.description,
    }),
    feeds: [outlet.feed],
    scoops: source.scoops.map((event) => ({ title: event.title, href: withBase(paths.event(event.id)) })),
    reports: {
      total: source.reports.length,
      list: cards.reports(source.reports, source.reportOrderMarks),
      byStory: reportGroups(source.reports, context),
      more: { href: outlet.feed.href, label: 'Follow the outlet’s feed for the latest.' },
    },
    citing:
      source.citingReports.length > 0
        ? {
            heading: `Reports that cite ${data.name}`,
            text: `${count(source.citingReports.length, 'report')} rely on its reporting.`,
            list: cards.reports(source.citingReports, source.citingOrderMarks),
          }
        : undefined,
  };
}

function outletSummary(source: Source, { cards }: ViewContext): OutletSummaryView {
  const { data } = source;
  const reports = source.reports.length;
  const citations = source.citingReports.length;
  return {
    outlet: cards.outlet(source),
    meta: {
      country: data.country ? countryName(data.country) : 'Country not known',
      language: languageName(data.language),
      kind: data.kind ? sourceKindLabel(data.kind) : 'Kind not known',
    },
    counts: [
      reports > 0 ? count(reports, 'report') : undefined,
      citations > 0 ? `cited by ${count(citations, 'report')}` : undefined,
    ]
      .filter(Boolean)
      .join(' · '),
  };
}

export function outletsIndexView(context: ViewContext): OutletsIndexView {
  const { story, scope } = context;
  return {
    description: `The outlets that report on “${scope.title}”, and the ones they cite.`,
    reporting: story.reportingSources.map((source) => outletSummary(source, context)),
    citedOnly: story.citedOnlySources.map((source) => outletSummary(source, context)),
  };
}
