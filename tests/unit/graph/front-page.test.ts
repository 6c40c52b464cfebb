// What the front page and the about page read off the graph: who moved each claim, in words, and the guide
// to how precisely a date can be known, with examples from the story itself.
import { describe, expect, it } from 'vitest';
import { DATE_KNOWLEDGE, precisionNote } from '../../../src/lib/dates';
import { MOVED_BY } from '../../../src/lib/graph';
import { CLAIM_STATUSES } from '../../../src/schemas/claims';
import { storyOf } from '../../helpers/graph-fixture';

describe('claims board wording', () => {
  it('says who moved each claim there in words fit for the status: "denied by", "reported by", "attributed to"', () => {
    const story = storyOf({
      reports: [],
      claims: [
        {
          id: 'talks',
          basis: 'unnamed-sources',
          history: [
            { status: 'reported', date: '2026-02-01', outlet: 'paper' },
            { status: 'denied', date: '2026-02-02', entity: 'ford' },
          ],
        },
        { id: 'plant', basis: 'not-sourced', history: [{ status: 'reported', date: '2026-02-05', outlet: 'blog' }] },
        {
          id: 'speech',
          basis: 'on-record',
          claimant: 'trump',
          history: [{ status: 'on-record', date: '2026-01-13', entity: 'trump' }],
        },
        {
          id: 'warning',
          basis: 'on-record',
          claimant: 'senator',
          history: [{ status: 'reported', date: '2026-02-03', entity: 'senator' }],
        },
      ],
    });
    expect(
      story.claimsBoard.map((group) => [group.label, group.lines.map((line) => [line.claim.id, line.movedBy])]),
    ).toEqual([
      ['Denied', [['talks', 'denied by']]],
      [
        'Unconfirmed',
        [
          ['warning', 'attributed to'],
          ['plant', 'reported by'],
        ],
      ],
      ['On the record', [['speech', 'said on the record by']]],
    ]);
  });

  it('has words for every status', () => {
    expect(Object.keys(MOVED_BY).sort()).toEqual(Object.keys(CLAIM_STATUSES).sort());
    expect(Object.values(MOVED_BY).every((words) => words.endsWith(' by'))).toBe(true);
  });
});

describe('the guide to date precision', () => {
  // Built in each test, not here: graph code run while tests are collected counts as "static" for mutation testing.
  const story = () =>
    storyOf({
      events: [
        { id: 'speech', date: '2026-01-13' },
        { id: 'scoop', date: '2026-02-13 or 2026-02-14' },
        { id: 'talks', date: '2026-01', end: '2026-02', approximate: true },
        { id: 'visit', date: '2026-04', planned: true },
        { id: 'early', date: '2026-01-02' },
      ],
      reports: [
        { id: 'exact', source: 'wire', published: '2026-02-16T15:45Z' },
        { id: 'monthly', source: 'blog', published: '2026-02' },
        { id: 'monthly-too', source: 'zine', published: '2026-01' },
        { id: 'local', source: 'site', published: '2026-02-04T08:00 probably -03:00' },
      ],
    });

  it('lists every way a date can be known, each once, with the note readers see beside such dates', () => {
    expect(story().precisionGuide.map((entry) => entry.known)).toEqual([
      'exact',
      'local-time',
      'day',
      'one-of',
      'month',
      'year',
      'approximate',
      'planned',
    ]);
    expect(DATE_KNOWLEDGE).toHaveLength(new Set(DATE_KNOWLEDGE).size);
    for (const entry of story().precisionGuide) expect(entry.note).toBe(precisionNote(entry.known));
    expect(new Set(story().precisionGuide.map((entry) => entry.note)).size).toBe(DATE_KNOWLEDGE.length);
  });

  it('gives as example the first item of the story dated that way, event or report, and none where there is none', () => {
    const examples = Object.fromEntries(
      story().precisionGuide.map((entry) => [
        entry.known,
        entry.example && `${entry.example.item.id}: ${entry.example.date.label}`,
      ]),
    );
    expect(examples).toEqual({
      exact: 'exact: 16 February 2026, 15:45 UTC',
      'local-time': 'local: 4 February 2026, 08:00 local time (probably UTC−3)',
      day: 'early: 2 January 2026',
      'one-of': 'scoop: 13 or 14 February 2026',
      month: 'monthly-too: January 2026',
      year: undefined,
      approximate: 'talks: c. January – February 2026',
      planned: 'visit: April 2026',
    });
  });
});
