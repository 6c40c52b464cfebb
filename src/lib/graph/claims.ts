// Claims resolved: current status, who made or broke each, who first carried it here, and its history.
import { correctionsOf } from './corrections';
import { dateView } from '../dates';
import { firstOf } from './ordering';
import { resolve } from './references';
import type {
  ClaimInput,
  ClaimNode,
  DataTypes,
  EntityNode,
  EventNode,
  OriginPiece,
  ReportNode,
  SourceNode,
  StatusChangeNode,
} from './types';
import { claimBasisLabel, claimStatusLabel, outletLabel, titledClaim } from './wording';

interface ClaimContext<T extends DataTypes> {
  timeZone: string;
  sourceById: Map<string, SourceNode<T>>;
  entityById: Map<string, EntityNode<T>>;
  eventById: Map<string, EventNode<T>>;
}

/** The outlet of a report as named beside it: with "(probable)" when the attribution is. */
export const reportOutletLabel = <T extends DataTypes>(report: ReportNode<T>) =>
  outletLabel(report.source.name, report.attribution === 'probable');

const describeReport = <T extends DataTypes>(report: ReportNode<T>) =>
  `${reportOutletLabel(report)}, ${report.published.label}`;

type Pieces<T extends DataTypes> = OriginPiece<T>[];
const text = (words: string) => ({ kind: 'text', text: words }) as const;

/** Who made or broke the claim, and when: "Said on the record by Donald Trump, 13 January 2026". */
function madeBy<T extends DataTypes>(claim: ClaimNode<T>): Pieces<T> {
  const when: OriginPiece<T> = { kind: 'date', date: claim.made };
  const claimant: Pieces<T> = claim.claimant
    ? [{ kind: 'entity', entity: claim.claimant }]
    : [text('a named person or body')];
  const brokenBy: Pieces<T> = claim.brokenBy ? [{ kind: 'outlet', source: claim.brokenBy }] : [];
  switch (claim.basis) {
    case 'on-record':
      return claim.history[0].status === 'on-record'
        ? [text('Said on the record by '), ...claimant, text(', '), when]
        : [
            text('Attributed to '),
            ...claimant,
            text(', '),
            when,
            ...(brokenBy.length ? [text('; reported by '), ...brokenBy] : []),
          ];
    case 'unnamed-sources':
      if (claim.firstReportedEarlier) return reportedEarlier('Reported citing unnamed sources');
      return brokenBy.length
        ? [text('Reported by '), ...brokenBy, text(', citing unnamed sources, '), when]
        : [text('Reported citing unnamed sources, '), when, text('; who broke it is not known')];
    case 'not-sourced':
      if (claim.firstReportedEarlier) return reportedEarlier('Reported without a source');
      return brokenBy.length
        ? [text('Stated by '), ...brokenBy, text(' without a source, '), when]
        : [text('Reported without a source, '), when, text('; its origin is not known')];
  }
}

/**
 * A claim whose first report we do not hold: the reports here only carried it, so the origin says it was first
 * reported by an outlet not known, and who carried it here first comes from the dates, as for any claim.
 */
const reportedEarlier = <T extends DataTypes>(basis: string): Pieces<T> => [
  text(`${basis}, first by an outlet not known`),
];

function carriedBy<T extends DataTypes>(claim: ClaimNode<T>): Pieces<T> {
  const { candidates, known } = claim.firstCarried;
  if (candidates.length === 0) return [text('not carried by any report here')];
  const reports = candidates.flatMap((report, index): Pieces<T> => [
    ...(index === 0 ? [] : [text(index === candidates.length - 1 ? ' and ' : ', ')]),
    { kind: 'report', report },
  ]);
  if (known) return [text('first carried here by '), ...reports];
  return [text('first carried here by one of '), ...reports, text(' '), { kind: 'unknown', text: '(order unknown)' }];
}

/** An origin piece as plain text, with outlets named as everywhere: "Drive (probable)". */
function pieceText<T extends DataTypes>(piece: OriginPiece<T>): string {
  switch (piece.kind) {
    case 'entity':
      return piece.entity.name;
    case 'outlet':
      return outletLabel(piece.source.name, piece.source.probable);
    case 'report':
      return reportOutletLabel(piece.report);
    case 'date':
      return piece.date.label;
    default:
      return piece.text;
  }
}

/** The earliest instant of a claim first reported at some unknown earlier time: any time before its carrying. */
const EARLIER = Date.UTC(1900, 0, 1);

/** Builds claim nodes; carriers are attached afterwards, once reports exist. */
export function claimNode<T extends DataTypes>(input: ClaimInput<T>, context: ClaimContext<T>): ClaimNode<T> {
  const { timeZone, sourceById, entityById, eventById } = context;
  const history: StatusChangeNode<T>[] = input.history.map((change, index) => ({
    // A claim first reported by an unknown outlet: its first entry records a report here carrying it, not reporting it.
    byWords: input.firstReportedEarlier && index === 0 ? 'carried here by' : 'by',
    status: change.status,
    label: claimStatusLabel(change.status),
    when: dateView({ start: change.date, approximate: change.approximate }, timeZone),
    by: change.outletId
      ? { kind: 'outlet', source: resolve(sourceById, input, 'history', 'sources')(change.outletId) }
      : // The schema requires an outlet or an entity in each history entry.
        { kind: 'entity', entity: resolve(entityById, input, 'history', 'entities')(change.entityId!) },
    note: change.note,
  }));
  const status = history.at(-1)!.status;
  return {
    id: input.id,
    storyIds: input.storyIds ?? [],
    statement: input.statement,
    data: input.data,
    status,
    statusLabel: claimStatusLabel(status),
    titled: titledClaim(status, input.statement),
    basis: input.basis,
    basisLabel: claimBasisLabel(input.basis),
    basisNote: input.basisNote,
    claimant: input.claimantId ? resolve(entityById, input, 'claimant', 'entities')(input.claimantId) : undefined,
    brokenBy: input.brokenById ? resolve(sourceById, input, 'brokenBy', 'sources')(input.brokenById) : undefined,
    made: input.firstReportedEarlier
      ? { ...history[0].when, interval: { ...history[0].when.interval, earliest: EARLIER } }
      : history[0].when,
    firstReportedEarlier: input.firstReportedEarlier ?? false,
    origin: '',
    originPieces: [],
    history,
    carriers: [],
    firstCarried: { candidates: [], known: false, why: '' },
    entities: input.entityIds.map(resolve(entityById, input, 'entities', 'entities')),
    events: input.eventIds.map(resolve(eventById, input, 'events', 'events')),
    corrections: correctionsOf(input.corrections, timeZone),
  };
}

/** Once carriers are known: who first carried the claim here, and the one-line origin. */
export function finishClaim<T extends DataTypes>(claim: ClaimNode<T>) {
  claim.firstCarried = firstOf(
    claim.carriers.map((carrier) => carrier.report),
    (report) => report.published.interval,
    describeReport,
  );
  claim.originPieces = [...madeBy(claim), text(' · '), ...carriedBy(claim)];
  claim.origin = claim.originPieces.map(pieceText).join('');
}
