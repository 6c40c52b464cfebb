// An event's `end` may not come before its `date`.
import { provedAfter, type Rule } from './context';

export const eventRanges: Rule = {
  name: 'event-ranges',
  check({ entries, error }) {
    for (const { parsed, data } of entries.events) {
      if (data.end && provedAfter(data.date, data.end)) {
        error(parsed, `ends before it begins (date is ${data.date.value}) — swap them or fix one`, ['end']);
      }
    }
  },
};
