// Every reference between entries is checked before the graph is built; all dangling ones are listed at once.
import { describe, expect, it } from 'vitest';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  fileFor,
  REFERENCE_FIELDS,
  type CollectionName,
} from '../../../src/lib/collections';
import { buildStoryGraph, DanglingReferenceError } from '../../../src/lib/graph';
import { resolve } from '../../../src/lib/graph/references';
import type { ContentTypes } from '../../../src/lib/story-types';
import { fordStory, storyInput } from '../../helpers/graph-fixture';

const problemsOf = (build: () => unknown): string[] => {
  try {
    build();
  } catch (error) {
    if (error instanceof DanglingReferenceError) return error.problems;
    throw error;
  }
  throw new Error('expected a DanglingReferenceError');
};

describe('dangling references', () => {
  it('builds a graph whose references all resolve', () => {
    expect(() => buildStoryGraph<ContentTypes>(storyInput(fordStory({ publishedAfter: true })))).not.toThrow();
  });

  it('lists every broken reference at once, each with its file, field and how to fix it', () => {
    const input = storyInput(fordStory());
    const [report] = input.reports;
    report.sourceId = 'the-verge';
    report.citedSourceIds = ['bloomberg', 'reuters'];
    report.eventIds = [...report.eventIds, 'no-such-event'];
    report.publishedAfterId = 'ghost-scoop';
    report.entityIds = ['ford', 'gm'];
    report.claimRefs = [{ claimId: 'made-up-claim' }];
    const claim = input.claims![0];
    claim.claimantId = 'nobody';
    claim.brokenById = 'rumour-mill';
    claim.entityIds = ['stellantis'];
    claim.eventIds = ['summit'];
    claim.history = [
      { ...claim.history[0], entityId: 'spokesperson' },
      { ...claim.history[0], entityId: undefined, outletId: 'gazette' },
    ];
    const event = input.events[0];
    event.entityIds = ['ghost'];
    event.outletIds = ['ghost-outlet'];

    const file = report.filePath;
    const problems = problemsOf(() => buildStoryGraph<ContentTypes>(input));
    expect(problems).toEqual([
      `${file}: "source" names unknown outlet "the-verge" — add content/sources/the-verge.yaml or fix the id`,
      `${file}: "cites" names unknown outlet "reuters" — add content/sources/reuters.yaml or fix the id`,
      `${file}: "events" names unknown event "no-such-event" — add content/events/no-such-event.yaml or fix the id`,
      `${file}: "publishedAfter" names unknown event "ghost-scoop" — add content/events/ghost-scoop.yaml or fix the id`,
      `${file}: "entities" names unknown entity "gm" — add content/entities/gm.yaml or fix the id`,
      `${file}: "claims" names unknown claim "made-up-claim" — add content/claims/made-up-claim.yaml or fix the id`,
      `${claim.filePath}: "claimant" names unknown entity "nobody" — add content/entities/nobody.yaml or fix the id`,
      `${claim.filePath}: "brokenBy" names unknown outlet "rumour-mill" — add content/sources/rumour-mill.yaml or fix the id`,
      `${claim.filePath}: "entities" names unknown entity "stellantis" — add content/entities/stellantis.yaml or fix the id`,
      `${claim.filePath}: "events" names unknown event "summit" — add content/events/summit.yaml or fix the id`,
      `${claim.filePath}: "history" names unknown entity "spokesperson" — add content/entities/spokesperson.yaml or fix the id`,
      `${claim.filePath}: "history" names unknown outlet "gazette" — add content/sources/gazette.yaml or fix the id`,
      `${event.filePath}: "entities" names unknown entity "ghost" — add content/entities/ghost.yaml or fix the id`,
      `${event.filePath}: "outlets" names unknown outlet "ghost-outlet" — add content/sources/ghost-outlet.yaml or fix the id`,
    ]);
  });

  it('says how many there are, one per line, in its message', () => {
    const input = storyInput(fordStory());
    input.reports[0].sourceId = 'x';
    input.reports[1].sourceId = 'y';
    try {
      buildStoryGraph<ContentTypes>(input);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DanglingReferenceError);
      expect((error as Error).name).toBe('DanglingReferenceError');
      expect((error as Error).message).toBe(
        `2 broken reference(s) in content:\n` +
          `  - content/reports/${input.reports[0].id}.md: "source" names unknown outlet "x" — add content/sources/x.yaml or fix the id\n` +
          `  - content/reports/${input.reports[1].id}.md: "source" names unknown outlet "y" — add content/sources/y.yaml or fix the id`,
      );
    }
  });

  it('names the entry by id when it has no file', () => {
    const input = storyInput(fordStory());
    const claim = input.claims!.find((entry) => entry.basis === 'on-record')!;
    delete claim.filePath;
    claim.claimantId = 'nobody';
    expect(problemsOf(() => buildStoryGraph<ContentTypes>(input))).toEqual([
      `${claim.id}: "claimant" names unknown entity "nobody" — add content/entities/nobody.yaml or fix the id`,
    ]);
  });

  it('leaves "an on-record claim names its claimant" to the checker (claim-basis), which runs first', () => {
    const input = storyInput(fordStory());
    const claim = input.claims!.find((entry) => entry.basis === 'on-record')!;
    claim.claimantId = undefined;
    // The checker's rule is tested in tests/unit/checker-rules.test.ts ("claim-basis") and checker.test.ts.
    expect(() => buildStoryGraph<ContentTypes>(input)).not.toThrow();
  });

  it('checks exactly the reference fields the registry declares, each against the collection it names', () => {
    const checked = REFERENCE_FIELDS.map(({ owner, path, target }) => `${owner}.${path} → ${target}`);
    expect(checked).toEqual(
      COLLECTION_NAMES.flatMap((owner) =>
        Object.entries(COLLECTIONS[owner].references).map(([path, target]) => `${owner}.${path} → ${target}`),
      ),
    );
    // One bad id in each field the registry declares: the graph reports it by file, top-level field and fix.
    type Input = ReturnType<typeof storyInput>;
    // Story membership is checked in a graph given its stories.
    const withStories = (input: Input) => Object.assign(input, { stories: [] });
    const breaks: Record<CollectionName, Record<string, (input: Input, id: string) => { filePath?: string }>> = {
      reports: {
        stories: (input, id) => Object.assign(withStories(input).reports[0], { storyIds: [id] }),
        source: ({ reports: [r] }, id) => Object.assign(r, { sourceId: id }),
        publishedAfter: ({ reports: [r] }, id) => Object.assign(r, { publishedAfterId: id }),
        events: ({ reports: [r] }, id) => Object.assign(r, { eventIds: [id] }),
        entities: ({ reports: [r] }, id) => Object.assign(r, { entityIds: [id] }),
        cites: ({ reports: [r] }, id) => Object.assign(r, { citedSourceIds: [id] }),
        'claims.claim': ({ reports: [r] }, id) => Object.assign(r, { claimRefs: [{ claimId: id }] }),
      },
      claims: {
        stories: (input, id) => Object.assign(withStories(input).claims![0], { storyIds: [id] }),
        claimant: ({ claims }, id) => Object.assign(claims![0], { claimantId: id }),
        brokenBy: ({ claims }, id) => Object.assign(claims![0], { brokenById: id }),
        entities: ({ claims }, id) => Object.assign(claims![0], { entityIds: [id] }),
        events: ({ claims }, id) => Object.assign(claims![0], { eventIds: [id] }),
        'history.outlet': ({ claims }, id) => {
          claims![0].history[0].outletId = id;
          return claims![0];
        },
        'history.entity': ({ claims }, id) => {
          claims![0].history[0].entityId = id;
          return claims![0];
        },
      },
      events: {
        stories: (input, id) => Object.assign(withStories(input).events[0], { storyIds: [id] }),
        entities: ({ events: [e] }, id) => Object.assign(e, { entityIds: [id] }),
        outlets: ({ events: [e] }, id) => Object.assign(e, { outletIds: [id] }),
      },
      stories: {},
      sources: {},
      entities: {},
    };
    for (const { owner, path, field, target } of REFERENCE_FIELDS) {
      const input = storyInput(fordStory());
      const id = `x-${path}`;
      const { filePath } = breaks[owner][path](input, id);
      expect(problemsOf(() => buildStoryGraph<ContentTypes>(input))).toContain(
        `${filePath}: "${field}" names unknown ${COLLECTIONS[target].noun} "${id}" — add ${fileFor(target, id)} or fix the id`,
      );
    }
  });

  it('fails with the file, field and fix should a node meet an id no check has seen', () => {
    const sources = new Map([['wire', { id: 'wire' }]]);
    const owner = { id: 'r', filePath: 'content/reports/r.md' };
    expect(resolve(sources, owner, 'source', 'sources')('wire')).toEqual({ id: 'wire' });
    expect(() => resolve(sources, owner, 'cites', 'sources')('reuters')).toThrow(
      new DanglingReferenceError([
        'content/reports/r.md: "cites" names unknown outlet "reuters" — add content/sources/reuters.yaml or fix the id',
      ]),
    );
  });

  it('accepts claims and unset optional references left out', () => {
    const input = storyInput({ reports: [{ id: 'r', source: 'wire', published: '2026-02' }] });
    delete input.claims;
    const story = buildStoryGraph<ContentTypes>(input);
    expect(story.claims).toEqual([]);
    expect(story.reports[0].published.label).toBe('February 2026');
  });
});
