// A claim's history is read as a sequence: its current status is the last entry, so it must run oldest first.
import { provedAfter, type Rule } from './context';

export const claimHistoryOrder: Rule = {
  name: 'claim-history-order',
  check({ entries, error }) {
    for (const { parsed, data } of entries.claims) {
      data.history.forEach((change, index) => {
        const previous = data.history[index - 1];
        if (previous && provedAfter(previous.date, change.date)) {
          error(
            parsed,
            `is dated ${change.date.value}, before the status it follows (${previous.date.value}) — list the history oldest first`,
            ['history', index, 'date'],
          );
        }
      });
    }
  },
};
