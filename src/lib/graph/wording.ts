// Readers' words for derived facts, in one place: outlet names with their uncertainty, claim statuses, marks.
import { CLAIM_BASES, CLAIM_STATUSES, type ClaimBasis, type ClaimStatus } from '../../schemas/claims';

/** An outlet as named in running text: "Drive (probable)" when we are not sure it published the report. */
export const outletLabel = (name: string, probable: boolean) => (probable ? `${name} (probable)` : name);

export const claimStatusLabel = (status: ClaimStatus) => CLAIM_STATUSES[status].label;
export const claimBasisLabel = (basis: ClaimBasis) => CLAIM_BASES[basis];

/** Who moved a claim to a status, as readers read it before the names: "denied by Ford and Xiaomi". */
export const MOVED_BY: Record<ClaimStatus, string> = {
  'on-record': 'said on the record by',
  reported: 'reported by',
  confirmed: 'confirmed by',
  denied: 'denied by',
  disputed: 'disputed by',
  retracted: 'retracted by',
};

/** What "probable" means wherever an outlet is named with it (tooltips, the about page). */
export const PROBABLE_MEANING =
  'Probable: we could not confirm that this outlet published the report we attribute to it.';

/** What no claim status means, said wherever the statuses are explained. */
export const STATUS_NOT_VERIFIED =
  'None of these means “verified by us”: a status says who said what on the record, and what became of it.';

/** A claim as named anywhere (titles, cards, feeds, snippets): never a bare statement. */
export const titledClaim = (status: ClaimStatus, statement: string) => `${CLAIM_STATUSES[status].prefix}: ${statement}`;

/** "1 report", "3 reports". */
export const count = (n: number, singular: string, plural = `${singular}s`) => `${n} ${n === 1 ? singular : plural}`;

/** "A", "A and B", "A, B and C". */
export function listInWords(items: string[]): string {
  if (items.length <= 2) return items.join(' and ');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** How an outlet covered an event or carried a claim, as a mark and words (the coverage matrix legend). */
export const COVERAGE_MARKS = {
  broke: { mark: '★', text: 'broke it' },
  first: { mark: '●', text: 'first here' },
  'among-first': { mark: '◐', text: 'among the first here; order unknown' },
  relayed: { mark: '↻', text: 're-reported' },
  covered: { mark: '○', text: 'covered' },
} as const;
export type CoverageMark = keyof typeof COVERAGE_MARKS;
