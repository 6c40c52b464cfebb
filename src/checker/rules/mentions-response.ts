// Whether a report passed on a denial or confirmation is only a question once there was one: "mentionsResponse"
// is required when a response may have existed by the report's publication, and meaningless before.
import { isResponse } from './claim-statuses';
import { provedAfter, type Rule } from './context';

export const mentionsResponse: Rule = {
  name: 'mentions-response',
  check({ entries, error }) {
    const claimById = new Map(entries.claims.map((claim) => [claim.id, claim.data]));
    for (const { parsed, data } of entries.reports) {
      data.claims.forEach(({ claim: { id }, mentionsResponse }, index) => {
        const claim = claimById.get(id);
        if (!claim) return;
        const response = claim.history.find(
          (change) => isResponse(change.status) && !provedAfter(change.date, data.published),
        );
        if (response && mentionsResponse === undefined) {
          error(
            parsed,
            `carries "${id}", which was ${response.status} (${response.date.value}) by the time the report was published — add "mentionsResponse: true" or "false"`,
            ['claims', index],
          );
        }
        if (!response && mentionsResponse !== undefined) {
          error(
            parsed,
            `says whether the report mentions a response to "${id}", but the claim had none by then (published ${data.published.value}) — remove "mentionsResponse"`,
            ['claims', index, 'mentionsResponse'],
          );
        }
      });
    }
  },
};
