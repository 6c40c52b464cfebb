// Randomness for the synthetic content: mulberry32, with one independent stream per part so that, say, asking
// for more reports leaves the outlets, entities and events unchanged.

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of a label mixed with the seed: the seed of one part's stream. */
function streamSeed(seed: number, label: string): number {
  let hash = (0x811c9dc5 ^ Math.imul(seed >>> 0, 0x9e3779b1)) >>> 0;
  for (const char of label) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

export class Random {
  private readonly next: () => number;
  constructor(seed: number, label: string) {
    this.next = mulberry32(streamSeed(seed, label));
  }
  float(): number {
    return this.next();
  }
  /** An integer from min to max, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** A key of `weights`, chosen in proportion to its weight. */
  weighted<K extends string | number>(weights: readonly (readonly [K, number])[]): K {
    const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [key, weight] of weights) {
      roll -= weight;
      if (roll < 0) return key;
    }
    return weights[weights.length - 1]![0];
  }
  /** Up to `count` distinct items, in the order drawn. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && pool.length) chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return chosen;
  }
  /** Up to `count` distinct indexes of `weights`, each drawn in proportion to its weight. */
  sampleWeighted(weights: readonly number[], count: number): number[] {
    const left = [...weights];
    let total = left.reduce((sum, weight) => sum + weight, 0);
    const chosen: number[] = [];
    while (chosen.length < count && total > 1e-12) {
      let roll = this.next() * total;
      let index = left.findIndex((weight) => (roll -= weight) < 0 && weight > 0);
      if (index < 0) index = left.findLastIndex((weight) => weight > 0);
      chosen.push(index);
      total -= left[index]!;
      left[index] = 0;
    }
    return chosen;
  }
}
