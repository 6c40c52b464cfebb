// The stories of synthetic content: each with a title, dek, status and start, its share of the events, and a few
// events shared by two stories. Outlets and entities are every story's; reports follow their events' stories
// (scripts/synthetic/reports.ts), so every link stays inside a story (the checker's story-links rule).
import { idFromWords } from '../../src/lib/ids';
import { capitalise, pad, type Entity } from './cast';
import type { StoryEvent } from './events';
import type { Random } from './random';
import { ADJECTIVES, NOUNS } from './vocabulary';

export interface SyntheticStory {
  id: string;
  title: string;
  description: string;
  status: 'developing' | 'quiet' | 'concluded';
  /** The date of its first event, as written there; left out now and then, as editors may. */
  started?: string;
  /** Its events, in timeline order. */
  events: StoryEvent[];
}

/** What a story is about: a named entity and a subject, so titles differ and read like headlines. */
function storyTitle(random: Random, lead: Entity): string {
  const noun = random.pick(NOUNS);
  const adjective = random.pick(ADJECTIVES);
  switch (random.int(0, 3)) {
    case 0:
      return `${lead.name} and the ${adjective} ${noun} talks`;
    case 1:
      return `The ${noun} dispute over ${lead.name}`;
    case 2:
      return `${lead.name}’s ${adjective} ${noun} plan`;
    default:
      return `${capitalise(adjective)} ${noun} rules and ${lead.name}`;
  }
}

/** The share of events that a second story follows too. */
const SHARED_EVENTS = 0.05;

/**
 * `count` stories over `events` (in timeline order): every story gets at least one event, the rest go to any story,
 * and about one event in twenty belongs to a second story as well. Returns the stories and each event's story ids.
 */
export function makeStories(
  random: Random,
  count: number,
  events: StoryEvent[],
  entities: Entity[],
): { stories: SyntheticStory[]; storiesOf: Map<string, string[]> } {
  if (count > events.length)
    throw new RangeError(`stories must be at most the number of events (${events.length}), got ${count}`);
  const leads = random.sample(entities, count);
  const drafts = Array.from({ length: count }, (_, index) => {
    const lead = leads[index] ?? random.pick(entities);
    const title = storyTitle(random, lead);
    return { id: `s${pad(index + 1, 3)}-${idFromWords(title, 6)}`, title, lead };
  });
  // The first `count` of a shuffled order give each story one event; every other event goes to a story at random.
  const order = random.sample(
    events.map((_, index) => index),
    events.length,
  );
  const home = new Array<number>(events.length);
  order.forEach((eventIndex, position) => {
    home[eventIndex] = position < count ? position : random.int(0, count - 1);
  });
  const members: number[][] = drafts.map(() => []);
  const storiesOf = new Map<string, string[]>();
  events.forEach((event, index) => {
    const own = [home[index]!];
    if (count > 1 && random.chance(SHARED_EVENTS)) own.push((own[0]! + random.int(1, count - 1)) % count);
    for (const story of own) members[story]!.push(index);
    storiesOf.set(
      event.id,
      own.map((story) => drafts[story]!.id),
    );
  });
  const stories = drafts.map(({ id, title, lead }, index): SyntheticStory => {
    const own = members[index]!.map((eventIndex) => events[eventIndex]!);
    const planned = own.some((event) => event.planned);
    const status = random.weighted(
      planned
        ? ([
            ['developing', 80],
            ['quiet', 20],
          ] as const)
        : ([
            ['developing', 50],
            ['quiet', 30],
            ['concluded', 20],
          ] as const),
    );
    return {
      id,
      title,
      description: `An invented story about ${lead.name}, told in ${own.length === 1 ? 'one event and the reports that follow it' : `${own.length} events and the reports that follow them`}.`,
      status,
      started: random.chance(0.9) ? own[0]!.date : undefined,
      events: own,
    };
  });
  return { stories, storiesOf };
}
