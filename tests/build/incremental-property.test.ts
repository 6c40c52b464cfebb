// Incremental builds under random edits (issue 21): a copy of tests/fixtures/precision-content, with a quiet corner
// of loosely linked outlets and reports added (addQuietCorner), is edited at random — any field of any collection, a
// report's digest, renames (every link to the entry follows), deletions (links to the entry dropped, or another edit
// drawn when a required link stands in the way), new reports and events (tests/helpers/random-edits.ts) — and after
// each round of edits an incremental build, which keeps its output and cache from the round before, must write
// exactly what a clean build (`--force`, no cache, an empty folder of its own) of the same content writes: every
// file, byte for byte, the search index's gzip files compared decompressed. Nothing is left out of the comparison:
// nothing either build writes depends on its folder, its cache or the time it ran. Every edited content set passes
// the content checker first (an edit it refuses is undone and another drawn), so a build that fails is a finding too.
// The test knows nothing of how cache keys are made: it catches any page a key fails to move for, whatever the key
// is built from, and asserts that pages were restored (a run that restores nothing proves nothing).
//
// Batching: one build of this content takes 4–5 s on this 2-core machine when it is quiet and 7–12 s when five
// engineers share it, clean or incremental alike — it is Astro's start-up and bundling, not the ~75 pages. A clean
// and an incremental build after each of 30 edits would take 4–8 minutes, so the edits come in rounds: 15 rounds of 2
// edits (30 edits) by default, the two builds of a round side by side, 70 s quiet and under 3 minutes loaded. Two
// edits a round, not more: each edit renders again every page that shows what it touched, and an edit that touches
// a page in the same round hides whether the other one's key moved for it; with two, a third to a half of the pages
// are restored in most rounds (with four, about a fifth). Edits of an entity's name or aliases render every page
// again (they configure the Markdown pipeline), so a few rounds restore nothing.
//
// Proved by breaking the keys: written against the hand-kept keys this replaced (src/lib/graph/cache-keys.ts), a report
// page's key without its outlet, or a report card's without its outlet, made the default run fail in round 15 (an
// outlet renamed, shown on a page nothing else moved); an event card's key without its reports passed the default run
// and failed the 50-round one in round 22. With keys that are views' hashes (src/lib/views/key.ts), a report page whose
// key leaves out its neighbours' cards (`views.key({ ...view, previous: undefined, next: undefined })`) fails the
// default run in its round 2 (a neighbour changed; the page kept its old 'Next report' link). It is a random search,
// not an exhaustive one: a key that misses a link the seed's first rounds never exercise passes them, which is what the
// longer run below is for.
//
// Replaying and longer runs: the seed, the rounds and the edits per round come from the environment, and a failure
// prints all three with every edit made so far and the first differing file:
//   PROPERTY_SEED=7 PROPERTY_ROUNDS=50 PROPERTY_EDITS=2 npx vitest run --project site tests/build/incremental-property.test.ts
// `npm run test:property` runs 50 rounds (100 edits) of the default seed, 5–12 minutes; PROPERTY_SEED picks another.
// PROPERTY_VERBOSE=1 prints each round's edits, build times and restored pages.
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/checker/check-content';
import { TEST_BUILDS } from '../helpers/build';
import { buildContent, firstDifference, type OutputBuild } from '../helpers/incremental-build';
import { addQuietCorner, EditDeck, mulberry32, Random, readContent, writeContent } from '../helpers/random-edits';

const SEED = Number(process.env.PROPERTY_SEED ?? 20260321);
const ROUNDS = Number(process.env.PROPERTY_ROUNDS ?? 15);
const EDITS = Number(process.env.PROPERTY_EDITS ?? 2);
const FIXTURE = 'tests/fixtures/precision-content';
// Not under tmp/test-content/, which another test file removes when it is done.
const content = 'tmp/test-property/content';
const dist = `${TEST_BUILDS}/property`;

describe('an incremental build after rounds of random edits', () => {
  it(
    `writes what a clean build writes after each of ${ROUNDS} rounds of ${EDITS} edits (seed ${SEED}), restoring pages`,
    async () => {
      for (const folder of [content, dist, `${dist}.cache`, `${dist}-clean`, `${dist}-clean.cache`])
        rmSync(folder, { recursive: true, force: true });
      mkdirSync('tmp/test-property', { recursive: true });
      cpSync(FIXTURE, content, { recursive: true });
      const model = readContent(content);
      addQuietCorner(model);
      writeContent(content, model);
      expect(await checkContent(content)).toEqual([]);
      await buildContent(content, dist, true);

      const deck = new EditDeck(new Random(mulberry32(SEED)));
      const rounds: { edits: string[]; incremental?: OutputBuild; clean?: OutputBuild }[] = [];
      const replay = () =>
        [
          `Replay: PROPERTY_SEED=${SEED} PROPERTY_ROUNDS=${rounds.length} PROPERTY_EDITS=${EDITS} npx vitest run --project site tests/build/incremental-property.test.ts`,
          ...rounds.map(({ edits }, round) => `round ${round + 1}:\n${edits.map((edit) => `  ${edit}`).join('\n')}`),
        ].join('\n');

      for (let round = 0; round < ROUNDS; round++) {
        const edits: string[] = [];
        rounds.push({ edits });
        for (let n = 0; n < EDITS; n++) edits.push(await deck.apply(model, content));
        let incremental: OutputBuild, clean: OutputBuild;
        try {
          rmSync(`${dist}-clean`, { recursive: true, force: true });
          [incremental, clean] = await Promise.all([
            buildContent(content, dist, false),
            buildContent(content, `${dist}-clean`, true),
          ]);
        } catch (error) {
          throw new Error(`${(error as Error).message}\n\n${replay()}`, { cause: error });
        }
        Object.assign(rounds[round], { incremental, clean });
        if (process.env.PROPERTY_VERBOSE)
          console.log(
            `round ${round + 1}: incremental ${Math.round(incremental.ms)} ms, clean ${Math.round(clean.ms)} ms, ` +
              `restored ${incremental.restored.length} of ${incremental.restored.length + incremental.rendered.length}\n  ${edits.join('\n  ')}`,
          );
        const difference = firstDifference(incremental.files, clean.files);
        if (difference)
          expect.fail(
            `after round ${round + 1}, the incremental build differs from a clean one:\n${difference}\n\n${replay()}`,
          );
      }

      if (process.env.PROPERTY_VERBOSE) console.log(`${deck.refused} edits refused by the checker or not applicable`);
      // The comparison proves something only where pages were restored: in most rounds some are, and a tenth of
      // all pages over the run (entity names and aliases feed the Markdown pipeline's configuration, so an edit of
      // one renders every page again).
      const restored = rounds.map(({ incremental }) => incremental!.restored.length);
      const pages = rounds.map(({ incremental }) => incremental!.restored.length + incremental!.rendered.length);
      const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
      expect(
        restored.filter((count) => count > 0).length,
        `pages restored, by round: ${restored}`,
      ).toBeGreaterThanOrEqual(ROUNDS / 2);
      expect(sum(restored), `pages restored, by round: ${restored}`).toBeGreaterThan(sum(pages) / 10);
    },
    ROUNDS * 120_000,
  );
});
