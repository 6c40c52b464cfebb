// A report cannot have been updated before it was published.
import { provedAfter, type Rule } from './context';

export const updatedDates: Rule = {
  name: 'updated-dates',
  check({ entries, error }) {
    for (const { parsed, data } of entries.reports) {
      if (data.updated && provedAfter(data.published, data.updated)) {
        error(parsed, `is earlier than published (${data.published.value}) — fix one of the two dates`, ['updated']);
      }
    }
  },
};
