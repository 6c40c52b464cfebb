// The timeline of synthetic content: events over three years, in busy periods and a steady trickle.
import { idFromWords } from '../../src/lib/ids';
import { DAY_MS, dayOf, earliestOf, EVENTS_FROM, EVENTS_UNTIL, monthOf, PLANNED_FROM, yearOf } from './dates';
import { capitalise, pad, type Entity, type Outlet } from './cast';
import type { Random } from './random';
import { ADJECTIVES, EVENT_KIND_WEIGHTS, NOUNS, STATES, VERBS_PAST, VERBS_PRESENT, type EventKind } from './vocabulary';

export interface StoryEvent {
  id: string;
  title: string;
  date: string;
  end?: string;
  approximate: boolean;
  planned: boolean;
  kind: EventKind;
  summary: string;
  entities: string[];
  outlets: string[];
  /** First instant of `date`, as the checker computes it (UTC). */
  start: number;
}

function eventTitle(random: Random, kind: EventKind, people: Entity[], orgs: Entity[], outlet: Outlet | undefined) {
  const noun = random.pick(NOUNS);
  const adjective = random.pick(ADJECTIVES);
  const a = orgs[0] ?? people[0]!;
  const b = orgs[1] ?? people[1] ?? a;
  const person = people[0] ?? a;
  switch (kind) {
    case 'policy':
      return `${a.name} sets ${adjective} rules on ${noun}s`;
    case 'business':
      return `${a.name} ${random.pick(VERBS_PRESENT)} ${adjective} ${noun}`;
    case 'deal':
      return `${a.name} and ${b.name} agree ${adjective} ${noun} deal`;
    case 'meeting':
      return `${person.name} meets ${b.name} over ${noun}`;
    case 'report':
      return `${outlet?.name ?? 'A newspaper'} reports ${a.name} ${noun} talks`;
    case 'statement':
      return `${person.name} says ${noun} talks are ${random.pick(STATES)}`;
    case 'denial':
      return `${a.name} denies ${adjective} ${noun} report`;
  }
}

export function makeEvents(random: Random, count: number, entities: Entity[], outlets: Outlet[]): StoryEvent[] {
  const span = EVENTS_UNTIL - EVENTS_FROM;
  // A few busy periods, as real stories have, on top of a steady trickle.
  const clusters = Array.from(
    { length: Math.max(1, Math.round(count / 15)) },
    () => EVENTS_FROM + random.float() * span,
  );
  const drafts = Array.from({ length: count }, (_, index) => {
    const planned = index > 0 && random.chance(0.06);
    let instant: number;
    if (index === 0)
      instant = EVENTS_FROM + random.float() * 364 * DAY_MS; // one event before every report
    else if (planned) instant = PLANNED_FROM + random.float() * (EVENTS_UNTIL - PLANNED_FROM - 40 * DAY_MS);
    else if (random.chance(0.4)) instant = random.pick(clusters) + (random.float() - 0.5) * 20 * DAY_MS;
    else instant = EVENTS_FROM + random.float() * span;
    instant = Math.min(Math.max(instant, EVENTS_FROM), EVENTS_UNTIL - 40 * DAY_MS);
    const precision =
      index === 0
        ? 'day'
        : random.weighted(
            planned
              ? ([
                  ['day', 40],
                  ['month', 60],
                ] as const)
              : ([
                  ['day', 76],
                  ['month', 17],
                  ['year', 7],
                ] as const),
          );
    let date: string;
    let end: string | undefined;
    if (precision === 'day') {
      date = dayOf(instant);
      if (random.chance(0.09)) end = dayOf(instant + random.int(1, 4) * DAY_MS);
    } else if (precision === 'month') {
      date = monthOf(instant);
      if (random.chance(0.05))
        end = monthOf(Date.UTC(new Date(instant).getUTCFullYear(), new Date(instant).getUTCMonth() + 1, 15));
    } else {
      date = yearOf(instant);
    }
    if (end && end.slice(0, 4) > '2026') end = undefined;
    const approximate = end ? random.chance(0.35) : random.chance(0.03);
    const kind = random.weighted(EVENT_KIND_WEIGHTS);
    const involved = random.sample(entities, random.int(1, Math.min(4, entities.length)));
    const people = involved.filter((entity) => entity.kind === 'person');
    const orgs = involved.filter((entity) => entity.kind !== 'person');
    const outlet = kind === 'report' && outlets.length ? random.pick(outlets) : undefined;
    const title = eventTitle(random, kind, people, orgs, outlet);
    const summary =
      `${capitalise(random.pick(ADJECTIVES))} ${random.pick(NOUNS)} involving ${involved.map((e) => e.name).join(', ')}; ` +
      `${random.pick(['officials', 'analysts', 'sources', 'executives'])} ${random.pick(VERBS_PAST)} the ${random.pick(NOUNS)}.`;
    return {
      title,
      date,
      end,
      approximate,
      planned,
      kind,
      summary,
      entities: involved.map((entity) => entity.id),
      outlets: outlet ? [outlet.id] : [],
      start: earliestOf(date),
    };
  });
  // Numbered in timeline order, so file listings read chronologically.
  const ordered = drafts
    .map((event, index) => ({ event, index }))
    .sort((a, b) => a.event.start - b.event.start || a.index - b.index);
  return ordered.map(({ event }, index) => ({ ...event, id: `e${pad(index + 1, 4)}-${idFromWords(event.title, 7)}` }));
}
