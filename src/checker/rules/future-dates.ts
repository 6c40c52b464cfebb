// A report dated after "now" would top every list and feed before it exists: an error, unless the editor
// marked it "scheduled: true", which holds it back until its date (see src/lib/publishing.ts).
import { isInTheFuture } from '../../lib/publishing';
import type { Rule } from './context';

export const futureDates: Rule = {
  name: 'future-dates',
  check({ entries, now, error }) {
    for (const { parsed, data } of entries.reports) {
      if (data.draft || data.scheduled || !isInTheFuture(data.published, now)) continue;
      error(
        parsed,
        `is ${data.published.value}, after now (${new Date(now).toISOString().slice(0, 16)}Z) — fix the date, or add "scheduled: true" to hold the report back until then`,
        ['published'],
      );
    }
  },
};
