// Readers' words for derived facts, in one place: outlet names with their uncertainty, claim statuses, marks.
import { CLAIM_BASES, CLAIM_STATUSES, type ClaimBasis, type ClaimStatus } from '../../schemas/claims';
import type { StoryStatus } from '../../schemas/stories';
import type { DateView } from '../dates';
import type { Priority, PriorityMark } from './types';

/** An outlet as named in running text: "Drive (probable)" when we are not sure it published the report. */
export const outletLabel = (name: string, probable: boolean) => (probable ? `${name} (probable)` : name);

/** The title of an outlet's or entity's feed: the same in the feed and on every link to it. */
export const feedTitle = (subject: string, siteName: string) => `${subject} — ${siteName}`;

/** A story's status as the kicker over its title says it. */
export const STORY_KICKERS: Record<StoryStatus, string> = {
  developing: 'Developing story',
  quiet: 'Story quiet for now',
  concluded: 'Concluded story',
};

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

/**
 * The marks of the items that may have come first in a list we hold: one item alone, one proved first, or
 * several of which any may be first. Only of our collection: we cannot know who covered something first.
 */
export function priorityMarks<N extends { id: string }>(
  items: N[],
  priority: Priority<N>,
  noun: { one: string; many: string },
): Record<string, PriorityMark> {
  if (items.length === 1)
    return {
      [items[0].id]: {
        kind: 'only',
        text: `The only ${noun.one} we hold`,
        why: `No other ${noun.one} in our collection covers this; others may exist.`,
      },
    };
  if (priority.known)
    return {
      [priority.candidates[0].id]: {
        kind: 'first',
        text: 'First here',
        why: `The earliest of the ${noun.many} we hold on this, as their dates show; others may have come before it.`,
      },
    };
  return Object.fromEntries(
    priority.candidates.map((item) => [
      item.id,
      { kind: 'among-first', text: 'Among the first here', detail: '— order unknown', why: priority.why },
    ]),
  );
}

/** An event's upper bound in words: "By 4 February 2026, when AutoPapo reported it." */
export const reportedByText = (date: string, outlet: string) => `By ${date}, when ${outlet} reported it.`;

/** The mark of an item whose place in a list its dates do not prove. */
export const orderNotKnown = (date: DateView): PriorityMark => ({
  kind: 'order-unknown',
  text: 'Order not known',
  why: `Dated ${date.label}: the dates do not show whether it came before or after the items next to it, so its place here is not known.`,
});

/** After a count of outlets some of which we only probably attribute: " (probable)", " (1 probable)" or nothing. */
export const probableNote = (probable: number, of: number) =>
  probable === 0 ? '' : probable === of ? ' (probable)' : ` (${probable} probable)`;

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
