// Every reference between entries is checked before the graph is built; all dangling ones are listed at once.
import { describe, expect, it } from 'vitest';
import { buildStoryGraph, DanglingReferenceError } from '../../../src/lib/graph';
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

  it('names the entry by id when it has no file, and requires a claimant for an on-record claim', () => {
    const input = storyInput(fordStory());
    const claim = input.claims!.find((entry) => entry.basis === 'on-record')!;
    delete claim.filePath;
    claim.claimantId = undefined;
    expect(problemsOf(() => buildStoryGraph<ContentTypes>(input))).toEqual([
      `${claim.id}: "claimant" is missing — an on-record claim names who made it`,
    ]);
  });

  it('accepts claims and unset optional references left out', () => {
    const input = storyInput({ reports: [{ id: 'r', source: 'wire', published: '2026-02' }] });
    delete input.claims;
    const story = buildStoryGraph<ContentTypes>(input);
    expect(story.claims).toEqual([]);
    expect(story.reports[0].published.label).toBe('February 2026');
  });
});
