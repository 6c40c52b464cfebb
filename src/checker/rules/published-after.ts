// "publishedAfter" narrows a vaguely dated report to after an event (the scoop it relays). The event must not
// be known to come after the report; and for a report dated to the day or the minute it narrows nothing.
import { intervalOf, knownBefore } from '../../lib/dates';
import { CHECK_TIME_ZONE, type Rule } from './context';

export const publishedAfter: Rule = {
  name: 'published-after',
  check({ entries, error, warning }) {
    const eventById = new Map(entries.events.map((event) => [event.id, event.data]));
    for (const { parsed, data } of entries.reports) {
      if (!data.publishedAfter) continue;
      const { id } = data.publishedAfter;
      if (['day', 'minute', 'local-minute'].includes(data.published.precision)) {
        warning(
          parsed,
          `adds nothing to a report dated ${data.published.value}, which is known to the ${data.published.precision} — remove "publishedAfter"`,
          ['publishedAfter'],
        );
      }
      const event = eventById.get(id);
      if (!event) continue;
      const report = intervalOf({ start: data.published }, CHECK_TIME_ZONE);
      const followed = intervalOf(
        { start: event.date, end: event.end, approximate: event.approximate },
        CHECK_TIME_ZONE,
      );
      if (knownBefore(report, followed)) {
        error(
          parsed,
          `says the report followed "${id}", dated ${event.date.value}, but it was published before (${data.published.value}) — fix one of the dates or name an earlier event`,
          ['publishedAfter'],
        );
      }
    }
  },
};
