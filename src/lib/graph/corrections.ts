// Corrections: each entry's own log as shown on its page, and the site-wide log of /corrections/.
import { dateView } from '../dates';
import { ordered, storyOrder } from './ordering';
import type { ClaimNode, Correction, CorrectionInput, DataTypes, EventNode, ReportNode } from './types';

/** An entry's corrections as shown, in the order written (oldest first). */
export const correctionsOf = (corrections: CorrectionInput[] = [], timeZone: string): Correction[] =>
  corrections.map(({ date, note }) => ({ when: dateView({ start: date }, timeZone), note }));

type CorrectedEntry<T extends DataTypes> =
  | { kind: 'report'; report: ReportNode<T> }
  | { kind: 'event'; event: EventNode<T> }
  | { kind: 'claim'; claim: ClaimNode<T> };

export interface LoggedCorrection<T extends DataTypes> extends Correction {
  entry: CorrectedEntry<T>;
}

/** Every correction on the site, newest first; ties by the order of entries in the story. */
export function correctionsLog<T extends DataTypes>(
  reports: ReportNode<T>[],
  events: EventNode<T>[],
  claims: ClaimNode<T>[],
  timeZone: string,
): LoggedCorrection<T>[] {
  const logged: LoggedCorrection<T>[] = [
    ...reports.flatMap((report) =>
      report.corrections.map((c) => ({ ...c, entry: { kind: 'report' as const, report } })),
    ),
    ...events.flatMap((event) => event.corrections.map((c) => ({ ...c, entry: { kind: 'event' as const, event } }))),
    ...claims.flatMap((claim) => claim.corrections.map((c) => ({ ...c, entry: { kind: 'claim' as const, claim } }))),
  ];
  const newestFirst = storyOrder(timeZone, 'newest-first');
  const order = new Map(logged.map((correction, index) => [correction, index]));
  return logged.sort((a, b) => newestFirst(ordered('', a.when), ordered('', b.when)) || order.get(a)! - order.get(b)!);
}
