// A report can only cover what had happened by the time it was published, or what it announced as planned.
import { provedAfter, type Rule } from './context';

export const coveredEvents: Rule = {
  name: 'covered-events',
  check({ entries, error }) {
    const eventById = new Map(entries.events.map((event) => [event.id, event.data]));
    for (const { parsed, data } of entries.reports) {
      data.events.forEach(({ id }, index) => {
        const event = eventById.get(id);
        if (event && !event.planned && provedAfter(event.date, data.published)) {
          error(
            parsed,
            `covers "${id}", dated ${event.date.value}, after the report was published (${data.published.value}) — remove it, or mark the event "planned: true" if the report announced it`,
            ['events', index],
          );
        }
      });
    }
  },
};
