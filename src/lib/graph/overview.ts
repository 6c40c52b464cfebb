// The story at a glance, derived from the ledger and outlet metadata: where the claims stand, who covers
// the story and its blind spots, what was added last. No ratings we cannot source.
import { CLAIM_STATUSES, type ClaimStatus } from '../../schemas/claims';
import { ordered, storyOrder } from './ordering';
import { MOVED_BY } from './wording';
import type { DateView } from '../dates';
import type { ClaimNode, DataTypes, EntityNode, EventNode, ReportNode, SourceNode } from './types';

/** Where the claims stand, one group per status that has claims, in this order. */
const BOARD_ORDER: ClaimStatus[] = ['denied', 'disputed', 'retracted', 'reported', 'on-record', 'confirmed'];

interface BoardLine<T extends DataTypes> {
  claim: ClaimNode<T>;
  /** Who moved the claim to its current status (who denied it, for instance), in the order they did. */
  by: (EntityNode<T> | SourceNode<T>)[];
  /** The words before their names: "denied by", "reported by", "attributed to". */
  movedBy: string;
}

export interface BoardGroup<T extends DataTypes> {
  status: ClaimStatus;
  label: string;
  meaning: string;
  lines: BoardLine<T>[];
}

export function claimsBoard<T extends DataTypes>(claims: ClaimNode<T>[]): BoardGroup<T>[] {
  return BOARD_ORDER.map((status) => ({
    status,
    label: CLAIM_STATUSES[status].label,
    meaning: CLAIM_STATUSES[status].meaning,
    lines: claims
      .filter((claim) => claim.status === status)
      .map((claim) => {
        const changes = claim.history.filter((change) => change.status === status);
        // A claim whose origin is not known (first reported by an outlet not known, or reported without a source
        // by no outlet known to have broken it) was only carried here: name every outlet carrying it, never one
        // of them as its reporter.
        const originUnknown = claim.firstReportedEarlier || (claim.basis !== 'on-record' && !claim.brokenBy);
        if (originUnknown && status === 'reported' && claim.carriers.length > 0) {
          const carriers = [...new Set(claim.carriers.map((carried) => carried.report.source))];
          return { claim, by: carriers, movedBy: 'origin not known; carried here by' };
        }
        const by = [
          ...new Set(changes.map((change) => (change.by.kind === 'outlet' ? change.by.source : change.by.entity))),
        ];
        // A claim reported in a person's name was not reported *by* them: it is attributed to them.
        const movedBy =
          status === 'reported' && changes.every((change) => change.by.kind === 'entity')
            ? 'attributed to'
            : MOVED_BY[status];
        return { claim, by, movedBy };
      }),
  })).filter((group) => group.lines.length > 0);
}

export interface Tally {
  /** A country code, language tag or outlet kind; undefined for outlets whose country no source states. */
  key?: string;
  outlets: number;
  /** How many of them we only probably attribute a report to: their country, language and kind are probable too. */
  probable: number;
}

export interface OutletMix {
  byCountry: Tally[];
  byLanguage: Tally[];
  byKind: Tally[];
}

function tally<T extends DataTypes>(
  outlets: SourceNode<T>[],
  valueOf: (source: SourceNode<T>) => string | undefined,
): Tally[] {
  const counts = new Map<string | undefined, { outlets: number; probable: number }>();
  for (const source of outlets) {
    const entry = counts.get(valueOf(source)) ?? { outlets: 0, probable: 0 };
    entry.outlets += 1;
    if (source.probable) entry.probable += 1;
    counts.set(valueOf(source), entry);
  }
  return [...counts]
    .map(([key, entry]) => ({ key, ...entry }))
    .sort(
      (a, b) =>
        b.outlets - a.outlets ||
        Number(a.key === undefined) - Number(b.key === undefined) ||
        (a.key ?? '').localeCompare(b.key ?? ''),
    );
}

/** The reporting outlets by country, language and kind. */
export function outletMix<T extends DataTypes>(outlets: SourceNode<T>[]): OutletMix {
  return {
    byCountry: tally(outlets, (source) => source.country),
    byLanguage: tally(outlets, (source) => source.language),
    byKind: tally(outlets, (source) => source.kind),
  };
}

export interface BlindSpot<T extends DataTypes> {
  event: EventNode<T>;
  kind: 'one-country' | 'one-scoop';
  /** The country, or the outlet relayed. */
  only: string;
  /** Known only through outlets we probably attribute (the country), or only probably the outlet's (the scoop). */
  probable: boolean;
}

/**
 * Developments carried by the press of one country only (two or more outlets, every country known), or only
 * by outlets relaying one scoop: the event is attributed to a single outlet (its `outlets`), which has no
 * report of its own on it here. Whose scoop an event is comes from the event itself, never from what the
 * covering reports happen to cite. A development covered by a single outlet is not called a blind spot: one
 * outlet is no pattern.
 */
export function blindSpots<T extends DataTypes>(events: EventNode<T>[]): BlindSpot<T>[] {
  return events.flatMap((event): BlindSpot<T>[] => {
    const spots: BlindSpot<T>[] = [];
    const { reach } = event;
    if (reach.outlets >= 2 && reach.unknownCountry === 0 && reach.countries.length === 1) {
      spots.push({
        event,
        kind: 'one-country',
        only: reach.countries[0],
        probable: reach.probableCountries.includes(reach.countries[0]),
      });
    }
    const [scoop, ...others] = event.brokeBy;
    if (scoop && others.length === 0 && !event.coveringSources.includes(scoop) && reach.outlets >= 2)
      spots.push({ event, kind: 'one-scoop', only: scoop.name, probable: scoop.probable });
    return spots;
  });
}

export interface Updates<T extends DataTypes> {
  /** The latest date something was added or corrected: the site's "last updated". */
  lastUpdated?: DateView;
  /** Reports by the date we added them, newest first (ties in the order given: pass them newest first). */
  recentlyAdded: ReportNode<T>[];
}

/** What changed on the site lately, from the dates in the content (never the build's clock). */
export function updates<T extends DataTypes>(
  reports: ReportNode<T>[],
  correctionDates: DateView[],
  count: number,
  timeZone: string,
): Updates<T> {
  const newestFirst = storyOrder(timeZone, 'newest-first');
  const byAdded = (a: ReportNode<T>, b: ReportNode<T>) => newestFirst(ordered('', a.added), ordered('', b.added));
  const recentlyAdded = [...reports].sort(byAdded).slice(0, count);
  const dates = [...reports.map((report) => report.added), ...correctionDates];
  const lastUpdated = dates.reduce<DateView | undefined>(
    (latest, date) => (!latest || date.interval.latest > latest.interval.latest ? date : latest),
    undefined,
  );
  return { lastUpdated, recentlyAdded };
}
