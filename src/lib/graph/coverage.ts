// Who covered what: outlets × events and outlets × claims with one mark each, and who cites whom.
import { byId } from './ordering';
import type { ClaimNode, DataTypes, EventNode, ReportNode, SourceNode } from './types';
import { COVERAGE_MARKS, listInWords, type CoverageMark } from './wording';

interface CoverageCell<T extends DataTypes> {
  mark: CoverageMark;
  symbol: string;
  /** The mark in words, with any detail: "re-reported Bloomberg", "carried in 2; 1 of 2 mention the response". */
  text: string;
  reports: ReportNode<T>[];
}

/** Cells keyed "outlet|row"; a missing key means the outlet did not cover the row. */
export type CoverageMatrix<T extends DataTypes> = Map<string, CoverageCell<T>>;

const cellKey = (outletId: string, rowId: string) => `${outletId}|${rowId}`;

function cell<T extends DataTypes>(mark: CoverageMark, reports: ReportNode<T>[], detail = ''): CoverageCell<T> {
  const { mark: symbol, text } = COVERAGE_MARKS[mark];
  return { mark, symbol, text: detail ? `${text}${mark === 'relayed' ? ' ' : '; '}${detail}` : text, reports };
}

/** Groups a row's reports by outlet, keeping story order within each outlet. */
function byOutlet<T extends DataTypes>(reports: ReportNode<T>[]): Map<string, ReportNode<T>[]> {
  const groups = new Map<string, ReportNode<T>[]>();
  for (const report of reports) groups.set(report.source.id, [...(groups.get(report.source.id) ?? []), report]);
  return groups;
}

/**
 * Per outlet and event: ★ its scoop; ● its report was first here (proved by dates); ◐ among the first, order
 * unknown; ↻ it re-reported the outlet that broke the event; ○ it covered the event.
 */
export function eventCoverage<T extends DataTypes>(events: EventNode<T>[]): CoverageMatrix<T> {
  const matrix: CoverageMatrix<T> = new Map();
  for (const event of events) {
    for (const source of event.brokeBy) matrix.set(cellKey(source.id, event.id), cell('broke', []));
    const firsts = new Set(event.firstCoverage.candidates.map((report) => report.id));
    for (const [outletId, reports] of byOutlet(event.reports)) {
      if (matrix.has(cellKey(outletId, event.id))) {
        matrix.get(cellKey(outletId, event.id))!.reports.push(...reports);
        continue;
      }
      const scoopIds = new Set(event.brokeBy.map((source) => source.id));
      const via = [
        ...new Map(
          reports
            .flatMap((report) => report.cited)
            .filter((source) => scoopIds.has(source.id))
            .map((source) => [source.id, source]),
        ).values(),
      ];
      const viaText = via.length ? `via ${listInWords(via.map((source) => source.name))}` : '';
      const isFirst = reports.some((report) => firsts.has(report.id));
      if (isFirst)
        matrix.set(
          cellKey(outletId, event.id),
          cell(event.firstCoverage.known ? 'first' : 'among-first', reports, viaText),
        );
      else if (via.length)
        matrix.set(
          cellKey(outletId, event.id),
          cell('relayed', reports, listInWords(via.map((source) => source.name))),
        );
      else matrix.set(cellKey(outletId, event.id), cell('covered', reports));
    }
  }
  return matrix;
}

/** Per outlet and claim: ★ it broke the claim; ● first carried here; ◐ among the first; ○ carried it. */
export function claimCoverage<T extends DataTypes>(claims: ClaimNode<T>[]): CoverageMatrix<T> {
  const matrix: CoverageMatrix<T> = new Map();
  for (const claim of claims) {
    const firsts = new Set(claim.firstCarried.candidates.map((report) => report.id));
    const carriers = claim.carriers.map((carrier) => carrier.report);
    for (const [outletId, reports] of byOutlet(carriers)) {
      const due = claim.carriers.filter(
        (carrier) => carrier.report.source.id === outletId && carrier.mentionsResponse !== undefined,
      );
      const mentioning = due.filter((carrier) => carrier.mentionsResponse).length;
      const detail = `carried in ${reports.length}${due.length ? `; ${mentioning} of ${due.length} mention the response` : ''}`;
      const isFirst = reports.some((report) => firsts.has(report.id));
      const mark =
        claim.brokenBy?.id === outletId
          ? 'broke'
          : isFirst
            ? claim.firstCarried.known
              ? 'first'
              : 'among-first'
            : 'covered';
      matrix.set(cellKey(outletId, claim.id), cell(mark, reports, detail));
    }
    if (claim.brokenBy && !matrix.has(cellKey(claim.brokenBy.id, claim.id))) {
      matrix.set(cellKey(claim.brokenBy.id, claim.id), cell('broke', []));
    }
  }
  return matrix;
}

export const coverageCell = <T extends DataTypes>(matrix: CoverageMatrix<T>, outletId: string, rowId: string) =>
  matrix.get(cellKey(outletId, rowId));

export interface Citation<T extends DataTypes> {
  from: SourceNode<T>;
  to: SourceNode<T>;
  reports: number;
}

/** One edge per citing and cited outlet, with how many reports make the citation; most-used first. */
export function citations<T extends DataTypes>(reports: ReportNode<T>[]): Citation<T>[] {
  const counts = new Map<string, Citation<T>>();
  for (const report of reports) {
    for (const cited of new Set(report.cited)) {
      const key = `${report.source.id}|${cited.id}`;
      const edge = counts.get(key) ?? { from: report.source, to: cited, reports: 0 };
      edge.reports++;
      counts.set(key, edge);
    }
  }
  return [...counts.values()].sort((a, b) => b.reports - a.reports || byId(a.from, b.from) || byId(a.to, b.to));
}
