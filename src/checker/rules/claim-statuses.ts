// A claim's history tells how it was made, then how it was answered: the first status says how it came
// into the story, every later one is a response. Pages read "first made" and "current status" from it.
import type { ClaimStatus } from '../../schemas/claims';
import type { Rule } from './context';

/** How a claim enters the story: said publicly by its claimant, or reported by an outlet. */
const FIRST_STATUSES: readonly ClaimStatus[] = ['on-record', 'reported'];
export const isResponse = (status: ClaimStatus) => !FIRST_STATUSES.includes(status);

const RESPONSES = '"confirmed", "denied", "disputed" or "retracted"';

export const claimStatuses: Rule = {
  name: 'claim-statuses',
  check({ entries, error }) {
    for (const { parsed, data } of entries.claims) {
      data.history.forEach(({ status }, index) => {
        const field = ['history', index, 'status'];
        if (index === 0 && isResponse(status)) {
          error(
            parsed,
            `is "${status}", but the history starts with how the claim was made — add a first entry with status "on-record" or "reported"`,
            field,
          );
        }
        if (index > 0 && !isResponse(status)) {
          error(
            parsed,
            `is "${status}", which only the first entry can be: later entries are responses — use ${RESPONSES}, or remove the entry`,
            field,
          );
        }
      });
    }
  },
};
