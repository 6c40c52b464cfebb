// The report page's view: who published it and when, our digest, what it covers, and where to go next.
import { count } from '../graph';
import { languageName } from '../labels';
import { paths } from '../routes';
import type { DateView, PriorityMark, Report } from '../story-types';
import { digestArticle } from '../structured-data';
import {
  externalLink,
  type ClaimCardView,
  type EntityRef,
  type EventItem,
  type OutletRef,
  type ReportCardView,
} from './cards';
import type { ViewContext } from './context';
import { correctionsView, type CorrectionsView } from './corrections';
import { partOf, storiesOf, storyTitles, type PartOfView } from './membership';

export interface ReportFactsView {
  outlet: OutletRef;
  authorsLabel: 'Author' | 'Authors';
  authors: string[];
  published: DateView;
  updated?: DateView;
  languageName: string;
  translatedFrom?: { language: string; languageName: string; headline: string };
  original?: { url: string; host: string };
  reliesOn: OutletRef[];
  readingText: string;
  caveats: string[];
}

export interface ReportView {
  id: string;
  headline: string;
  summary: string;
  draft: boolean;
  /** The rendered digest's fingerprint: the page shows the digest, so its key holds it. */
  digest: string;
  outlet: OutletRef;
  /** The stories it is part of: "Part of: …". */
  partOf?: PartOfView;
  facts: ReportFactsView;
  search: { outlet: string; outletLabel: string; date: string; entities: string[]; stories: string[] };
  jsonLd: object;
  feeds: { title: string; href: string }[];
  corrections: CorrectionsView;
  events: EventItem[];
  claims: { claim: ClaimCardView; response?: string }[];
  entities: EntityRef[];
  related: { report: ReportCardView; shared: string }[];
  previous?: ReportCardView;
  next?: ReportCardView;
  previousMark?: PriorityMark;
  nextMark?: PriorityMark;
}

const RESPONSE = {
  true: 'This report mentions the response it had by then.',
  false: 'This report does not mention the response it had by then.',
};

export function reportView(report: Report, context: ViewContext): ReportView {
  const { cards, settings, absolute } = context;
  const { data, source } = report;
  const digest = settings.digests.get(report.id);
  if (digest === undefined) throw new Error(`views: no digest fingerprint for report "${report.id}"`);
  const outlet = cards.reportOutlet(report);
  const part = partOf(report.storyIds, context);
  return {
    id: report.id,
    headline: data.headline,
    summary: data.summary,
    draft: data.draft === true,
    digest,
    outlet,
    partOf: part,
    facts: {
      outlet,
      authorsLabel: data.authors.length > 1 ? 'Authors' : 'Author',
      authors: data.authors,
      published: report.published,
      updated: report.updated,
      languageName: languageName(data.language),
      translatedFrom: data.translatedFrom && {
        language: data.translatedFrom.language,
        languageName: languageName(data.translatedFrom.language),
        headline: data.translatedFrom.headline,
      },
      original: data.url ? externalLink(data.url) : undefined,
      reliesOn: report.cited.map((cited) => cards.outlet(cited)),
      readingText: `${report.readingMinutes} min read`,
      caveats: data.caveats,
    },
    search: {
      outlet: source.name,
      outletLabel: outlet.label,
      date: report.published.label,
      entities: report.entities.map((entity) => entity.name),
      stories: storyTitles(part),
    },
    jsonLd: digestArticle({
      url: absolute(paths.report(report.id)),
      headline: data.headline,
      description: data.summary,
      language: settings.site.language,
      site: { name: settings.site.name, url: absolute(paths.home()) },
      about: report.entities.map((entity) => ({ name: entity.name, url: absolute(paths.entity(entity.id)) })),
      partOf: storiesOf(report.storyIds, settings).map((entry) => ({ name: entry.title, url: absolute(entry.home) })),
      original: {
        headline: data.headline,
        url: data.url,
        datePublished: report.published.isoPartial,
        dateModified: report.updated?.isoPartial,
        language: data.language,
        authors: data.authors,
        publisher: report.attribution === 'confirmed' ? { name: source.name, url: source.data.homepage } : undefined,
      },
    }),
    feeds: [outlet.feed],
    corrections: correctionsView(report.corrections),
    events: cards.events(report.events, report.eventOrderMarks),
    claims: report.claims.map(({ claim, mentionsResponse }) => ({
      claim: cards.claim(claim),
      response: mentionsResponse === undefined ? undefined : RESPONSE[`${mentionsResponse}`],
    })),
    entities: report.entities.map(cards.entity),
    related: report.related.map(({ report: other, sharedEvents }) => ({
      report: cards.report(other),
      shared: `Shares ${sharedEvents} of this report’s ${count(report.events.length, 'event')}`,
    })),
    previous: report.previous && cards.report(report.previous),
    next: report.next && cards.report(report.next),
    previousMark: report.previousMark,
    nextMark: report.nextMark,
  };
}
