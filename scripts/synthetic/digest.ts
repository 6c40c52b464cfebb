// Digests of synthetic reports: plain sentences that name the report's entities, a link, sometimes a list or a quote.
import { capitalise, mention, type Entity } from './cast';
import type { Random } from './random';
import { ADJECTIVES, ADVERBS, MODALS, NOUNS, PREPOSITIONS, VERBS_BASE, VERBS_PAST } from './vocabulary';

export const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const listed = (names: string[]) =>
  names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

class Digest {
  private mentioned = new Set<string>();
  constructor(
    private readonly random: Random,
    private readonly entities: Entity[],
  ) {}

  /** The next entity to name: each of the report's entities in turn, then any of them again. */
  private name(): string {
    const unmentioned = this.entities.filter((entity) => !this.mentioned.has(entity.id));
    const entity = unmentioned.length && this.random.chance(0.8) ? unmentioned[0]! : this.random.pick(this.entities);
    const first = !this.mentioned.has(entity.id);
    this.mentioned.add(entity.id);
    // A first mention is usually the full name, as an editor would write it.
    return first && this.random.chance(0.7) ? entity.name : mention(this.random, entity);
  }

  private phrase(): string {
    const r = this.random;
    return r.chance(0.3) ? this.name() : `the ${r.chance(0.5) ? `${r.pick(ADJECTIVES)} ` : ''}${r.pick(NOUNS)}`;
  }

  /** The report's entities not named yet. */
  unmentioned(): Entity[] {
    return this.entities.filter((entity) => !this.mentioned.has(entity.id));
  }

  sentence(): string {
    const r = this.random;
    const subject = r.chance(0.45) ? this.name() : `the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}`;
    const parts = [
      subject,
      ...(r.chance(0.25) ? [r.pick(ADVERBS)] : []),
      r.pick(VERBS_PAST),
      'that',
      `the ${r.pick(NOUNS)}`,
      r.pick(MODALS),
      r.pick(VERBS_BASE),
      this.phrase(),
      r.pick(PREPOSITIONS),
      this.phrase(),
    ];
    if (r.chance(0.4))
      parts.push(r.pick(['while', 'but', 'and', 'as']), this.phrase(), r.pick(VERBS_PAST), 'the', r.pick(NOUNS));
    return `${capitalise(parts.join(' '))}.`;
  }

  paragraph(words: number): string {
    const sentences: string[] = [];
    let count = 0;
    while (count < words) {
      const sentence = this.sentence();
      sentences.push(sentence);
      count += wordCount(sentence);
    }
    return sentences.join(' ');
  }

  list(): string {
    const r = this.random;
    const items = Array.from(
      { length: r.int(3, 4) },
      () => `- ${capitalise(this.phrase())} ${r.pick(VERBS_PAST)} the ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}.`,
    );
    return `${capitalise(`the ${r.pick(NOUNS)} ${r.pick(VERBS_PAST)} ${r.int(3, 9)} points:`)}\n\n${items.join('\n')}`;
  }

  quote(): string {
    const r = this.random;
    const words = Array.from({ length: r.int(5, 9) }, () =>
      r.pick([...NOUNS, ...ADJECTIVES, ...PREPOSITIONS, 'the', 'the']),
    );
    return `> "${capitalise(words.join(' '))}," ${this.name()} ${r.pick(['said', 'told reporters', 'wrote'])}.`;
  }
}

export function digestText(random: Random, entities: Entity[], targetWords: number, link: string): string {
  const digest = new Digest(random, entities);
  const blocks: string[] = [];
  let words = 0;
  while (words < targetWords || blocks.length === 0) {
    const paragraph = digest.paragraph(Math.min(random.int(45, 110), Math.max(10, targetWords - words)));
    blocks.push(paragraph);
    words += wordCount(paragraph);
  }
  const linked = random.int(0, blocks.length - 1);
  const text = random.pick([
    'the original article',
    'a published filing',
    'the company statement',
    'an earlier report',
  ]);
  blocks[linked] += ` The ${random.pick(NOUNS)} is set out in [${text}](${link}).`;
  if (random.chance(0.15)) blocks.splice(random.int(1, blocks.length), 0, digest.list());
  if (random.chance(0.2)) blocks.splice(random.int(1, blocks.length), 0, digest.quote());
  // Every tagged entity is named somewhere in the digest, as the checker asks of editors.
  const unnamed = digest.unmentioned().map((entity) => entity.name);
  if (unnamed.length) blocks.push(`The report also names ${listed(unnamed)}.`);
  return `${blocks.join('\n\n')}\n`;
}
