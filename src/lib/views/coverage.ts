// The coverage page's view: who covers the story, how far each development travelled, the blind spots, who
// covered what (one mark per outlet and row) and who relies on whom. Every country or outlet resting on a probable
// attribution is named "(probable)" here, so the page and its components only print.
import { count, coverageCell, COVERAGE_MARKS, outletLabel, type Reach } from '../graph';
import { countryName } from '../labels';
import { paths, withBase } from '../routes';
import type { Coverage, DateView, PriorityMark, Source } from '../story-types';
import type { OutletRef } from './cards';
import type { ViewContext } from './context';
import { outletMixLists, type OutletMixListsView } from './outlet-mix';
import { scopeHead, type ScopeHeadView } from './scope';

type CoverageMark = keyof typeof COVERAGE_MARKS;

/** An event or claim as a row's heading: its title, linking to its page. */
interface RowRef {
  id: string;
  label: string;
  href: string;
}

/** How an outlet covered a row: the mark, its symbol and the mark in words with any detail ("re-reported Bloomberg"). */
interface CellView {
  mark: CoverageMark;
  symbol: string;
  text: string;
}

/** Rows × outlets; `cells` follow `outlets`, null where the outlet did not cover the row. */
export interface MatrixView {
  id: string;
  caption: string;
  rowHeading: string;
  outlets: OutletRef[];
  rows: (RowRef & { cells: (CellView | null)[] })[];
}

interface ReachItem {
  event: RowRef;
  date: DateView;
  mark?: PriorityMark;
  /** The reach in words: "3 outlets", "2 countries: United States, Australia (probable)", "country not known for 1". */
  line: { covered: false; text: string } | { covered: true; outlets: string; countries?: string; unknown?: string };
}

interface BlindSpotItem {
  event: RowRef;
  /** "— only outlets in Brazil (2 outlets)". */
  note: string;
}

/** Who cites whom: the citing and cited outlets in the order drawn, and a line per citation between them. */
export interface CitationsView {
  citing: OutletRef[];
  cited: OutletRef[];
  /** Indexes into `citing` and `cited`; `weight` is the edge's share of the most-used citation's reports. */
  edges: { from: number; to: number; reports: number; weight: number }[];
  /** Every citation in words, for the chart's title and caption. */
  summary: string;
}

export interface CoverageView {
  head: ScopeHeadView;
  /** The page's meta description, naming the story. */
  description: string;
  /** "5 reports from 4 outlets in 3 countries (and …); 2 more outlets are only cited". */
  who: string;
  mix: OutletMixListsView;
  reach: ReachItem[];
  blindSpots: BlindSpotItem[];
  legend: { key: CoverageMark; mark: string; text: string }[];
  /** The events matrix, and the claims matrix when there are claims. */
  matrices: MatrixView[];
  /** Absent when no report cites another outlet. */
  citations?: CitationsView;
}

const countries = (n: number) => count(n, 'country', 'countries');
/** A country as coverage names it: "Australia (probable)" where only outlets we probably attribute place it there. */
const countryLabel = (country: string, probable: boolean) => `${countryName(country)}${probable ? ' (probable)' : ''}`;

function reachLine(reach: Reach): ReachItem['line'] {
  if (reach.outlets === 0) return { covered: false, text: 'Not covered by any outlet here' };
  const named = reach.countries.map((country) => countryLabel(country, reach.probableCountries.includes(country)));
  return {
    covered: true,
    outlets: count(reach.outlets, 'outlet'),
    countries: named.length > 0 ? `${countries(named.length)}: ${named.join(', ')}` : undefined,
    unknown: reach.unknownCountry > 0 ? `country not known for ${reach.unknownCountry}` : undefined,
  };
}

function matrixView(
  { cards }: ViewContext,
  head: { id: string; caption: string; rowHeading: string },
  outlets: Source[],
  rows: RowRef[],
  matrix: Coverage,
): MatrixView {
  return {
    ...head,
    outlets: outlets.map((outlet) => cards.outlet(outlet)),
    rows: rows.map((row) => ({
      ...row,
      cells: outlets.map((outlet) => {
        const cell = coverageCell(matrix, outlet.id, row.id);
        return cell ? { mark: cell.mark, symbol: cell.symbol, text: cell.text } : null;
      }),
    })),
  };
}

function citationsView({ story, cards }: ViewContext): CitationsView | undefined {
  const edges = story.citations;
  if (edges.length === 0) return undefined;
  const citing = [...new Set(edges.map((edge) => edge.from))];
  const cited = [...new Set(edges.map((edge) => edge.to))];
  const most = Math.max(...edges.map((edge) => edge.reports));
  const outlet = (source: Source) => cards.outlet(source);
  const indexOf = (sources: Source[]) => new Map(sources.map((source, index) => [source, index]));
  const citingIndex = indexOf(citing);
  const citedIndex = indexOf(cited);
  return {
    citing: citing.map(outlet),
    cited: cited.map(outlet),
    edges: edges.map((edge) => ({
      from: citingIndex.get(edge.from)!,
      to: citedIndex.get(edge.to)!,
      reports: edge.reports,
      weight: edge.reports / most,
    })),
    summary: edges
      .map((edge) => `${outlet(edge.from).label} cites ${outlet(edge.to).label} in ${count(edge.reports, 'report')}`)
      .join('; '),
  };
}

export function coverageView(context: ViewContext): CoverageView {
  const { story, scope } = context;
  const { stats } = story;
  const eventRef = (event: { id: string; title: string }): RowRef => ({
    id: event.id,
    label: event.title,
    href: withBase(paths.event(event.id)),
  });
  const claimRows = story.claims.map((claim) => ({
    id: claim.id,
    label: claim.titled,
    href: withBase(paths.claim(claim.id)),
  }));
  const outlets = [...story.reportingSources, ...story.citedOnlySources];
  const matrices = [
    matrixView(
      context,
      { id: 'events-matrix', caption: 'Events by outlet', rowHeading: 'Event' },
      outlets,
      story.events.map(eventRef),
      story.eventCoverage,
    ),
  ];
  if (claimRows.length > 0)
    matrices.push(
      matrixView(
        context,
        { id: 'claims-matrix', caption: 'Claims by outlet', rowHeading: 'Claim' },
        outlets,
        claimRows,
        story.claimCoverage,
      ),
    );
  const citedOnly = story.citedOnlySources.length;
  return {
    head: scopeHead(context, 'Coverage'),
    description: `Who covers “${scope.title}”: outlets by country, language and kind, how far each development travelled, blind spots, who was first and who relied on whom.`,
    who:
      `${count(stats.reports, 'report')} from ${count(stats.outlets, 'outlet')} in ${countries(stats.countries)}` +
      (stats.outletsWithoutCountry > 0
        ? ` (and ${count(stats.outletsWithoutCountry, 'outlet')} whose country no source states)`
        : '') +
      (citedOnly > 0 ? `; ${count(citedOnly, 'more outlet is', 'more outlets are')} only cited` : ''),
    mix: outletMixLists(context),
    reach: story.events.map((event) => ({
      event: eventRef(event),
      date: event.when,
      mark: story.eventOrderMarks[event.id],
      line: reachLine(event.reach),
    })),
    blindSpots: story.blindSpots.map(({ event, kind, only, probable }) => ({
      event: eventRef(event),
      note: `— ${kind === 'one-country' ? `only outlets in ${countryLabel(only, probable)}` : `only outlets relaying ${outletLabel(only, probable)}`} (${count(event.reach.outlets, 'outlet')})`,
    })),
    legend: Object.entries(COVERAGE_MARKS).map(([key, { mark, text }]) => ({
      key: key as CoverageMark,
      mark,
      text,
    })),
    matrices,
    citations: citationsView(context),
  };
}
