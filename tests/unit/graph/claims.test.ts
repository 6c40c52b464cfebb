// Claims: who made them, who broke them, who first carried them here, and where they stand now.
import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, type ClaimStatus } from '../../../src/schemas/claims';
import { fordStory, ids, storyOf, type ClaimSpec, type ReportSpec } from '../../helpers/graph-fixture';

const claimOf = (claim: ClaimSpec, reports: ReportSpec[] = [], sources: { id: string; name?: string }[] = []) =>
  storyOf({ claims: [claim], reports, sources }).claimById.get(claim.id)!;

describe('origin: who made or broke a claim, and who first carried it here', () => {
  it('names the claimant of an on-record claim, not the outlet that relayed it', () => {
    const claim = storyOf(fordStory()).claimById.get('trump-let-china-come-in')!;
    expect(claim.origin).toBe('Said on the record by Donald Trump, 13 January 2026 · first carried here by AutoPapo');
    expect(claim.origin).not.toContain('Electrek');
    expect(claim.claimant?.id).toBe('donald-trump');
    expect(claim.brokenBy).toBeUndefined();
    expect(claim.basisLabel).toBe('Attributed to a named person or body');
  });

  it('names the outlet that broke an unnamed-sources claim, even one we only cite', () => {
    const claim = storyOf(fordStory({ publishedAfter: true })).claimById.get('ford-xiaomi-talks')!;
    expect(claim.brokenBy?.id).toBe('financial-times');
    expect(claim.origin).toBe(
      'Reported by Financial Times, citing unnamed sources, early February 2026 · first carried here by AutoPapo',
    );
    expect(claim.basisLabel).toBe('Unnamed sources');
  });

  it('dates a claim first reported elsewhere by its carrying here, and says it was reported earlier by an unknown outlet', () => {
    const story = storyOf({
      reports: [{ id: 'r', source: 'electrek', published: '2026-02-16T15:45Z', claims: ['talks'] }],
      claims: [
        { id: 'plain', basis: 'not-sourced', history: [{ status: 'reported', date: '2026-01-10', outlet: 'w' }] },
        {
          id: 'talks',
          basis: 'not-sourced',
          firstReportedEarlier: true,
          history: [{ status: 'reported', date: '2026-02-16T15:45Z', outlet: 'electrek' }],
        },
      ],
    });
    const claim = story.claimById.get('talks')!;
    expect(claim.origin).toBe(
      'Reported without a source, first by an outlet not known · first carried here by Electrek',
    );
    expect(claim.origin).not.toMatch(/16 February/);
    expect(claim.history.map((change) => change.byWords)).toEqual(['carried here by']);
    expect(story.claimById.get('plain')!.history[0].byWords).toBe('by');
    const line = story.claimsBoard.flatMap((group) => group.lines).find((entry) => entry.claim.id === 'talks')!;
    expect([line.movedBy, line.by.map((mover) => mover.id)]).toEqual([
      'origin not known; carried here by',
      ['electrek'],
    ]);
    // It may have been first made at any time before its carrying: its order against an earlier claim is unknown.
    expect(story.claimOrderMarks.talks?.text).toBe('Order not known');
    expect(story.claimOrderMarks.plain?.text).toBe('Order not known');
  });

  it('says when the order of the first carriers is not known, naming them with "(probable)" where due', () => {
    const claim = storyOf(fordStory()).claimById.get('farley-pitch')!;
    expect(claim.origin).toBe(
      'Reported by Bloomberg, citing unnamed sources, 13 or 14 February 2026 · first carried here by one of AutoGuide, Drive (probable), Torque Cafe (probable) and Electrek (order unknown)',
    );
    expect(claim.firstCarried.known).toBe(false);
    expect(ids(claim.firstCarried.candidates)).toEqual([
      'autoguide-ford-wants',
      'drive-farley-met',
      'torque-cafe-landmark',
      'electrek-ford-asks',
    ]);
    expect(claim.firstCarried.why).toBe(
      'The dates do not show which came first: AutoGuide, February 2026; Drive (probable), February 2026; Torque Cafe (probable), February 2026; Electrek, 16 February 2026, 15:45 UTC.',
    );
  });

  it('names a known first carrier, probable or not', () => {
    const claim = claimOf(
      {
        id: 'c',
        basis: 'unnamed-sources',
        brokenBy: 'wire',
        history: [{ status: 'reported', date: '2026-02-01', outlet: 'wire' }],
      },
      [
        { id: 'later', source: 'paper', published: '2026-02-10', claims: ['c'] },
        { id: 'first', source: 'blog', attribution: 'probable', published: '2026-02-02', claims: ['c'] },
      ],
    );
    expect(claim.firstCarried).toMatchObject({ known: true, why: '' });
    expect(ids(claim.firstCarried.candidates)).toEqual(['first']);
    expect(claim.origin).toBe(
      'Reported by Wire, citing unnamed sources, 1 February 2026 · first carried here by Blog (probable)',
    );
  });

  it('says so when no report here carries the claim', () => {
    const claim = claimOf({
      id: 'c',
      basis: 'unnamed-sources',
      history: [{ status: 'reported', date: '2026-02', outlet: 'wire' }],
    });
    expect(claim.origin).toBe(
      'Reported citing unnamed sources, February 2026; who broke it is not known · not carried by any report here',
    );
    expect(claim.firstCarried).toEqual({ candidates: [], known: false, why: '' });
  });

  it('words a claim without a source, with and without the outlet that stated it', () => {
    const stated = claimOf({
      id: 'c',
      basis: 'not-sourced',
      brokenBy: 'blog',
      history: [{ status: 'reported', date: '2026-02-03', outlet: 'blog' }],
    });
    expect(stated.origin).toBe('Stated by Blog without a source, 3 February 2026 · not carried by any report here');
    expect(stated.basisLabel).toBe('No source given');
    const orphan = claimOf({
      id: 'c',
      basis: 'not-sourced',
      history: [{ status: 'reported', date: '2026-02-03', outlet: 'blog' }],
    });
    expect(orphan.origin).toBe(
      'Reported without a source, 3 February 2026; its origin is not known · not carried by any report here',
    );
  });

  it('marks the breaking outlet "(probable)" when all its reports here are probable', () => {
    const claim = claimOf(
      {
        id: 'c',
        basis: 'unnamed-sources',
        brokenBy: 'drive',
        history: [{ status: 'reported', date: '2026-02-03', outlet: 'drive' }],
      },
      [{ id: 'd', source: 'drive', attribution: 'probable', published: '2026-02-03', claims: ['c'] }],
    );
    expect(claim.origin).toBe(
      'Reported by Drive (probable), citing unnamed sources, 3 February 2026 · first carried here by Drive (probable)',
    );
  });

  it('calls an on-record claim that was first only reported "attributed to" its claimant, with who reported it', () => {
    const reportedFirst = claimOf({
      id: 'c',
      basis: 'on-record',
      claimant: 'ceo',
      brokenBy: 'wire',
      history: [
        { status: 'reported', date: '2026-02-01', outlet: 'wire' },
        { status: 'denied', date: '2026-02-02', entity: 'ceo' },
      ],
    });
    expect(reportedFirst.origin).toBe(
      'Attributed to Ceo, 1 February 2026; reported by Wire · not carried by any report here',
    );
    const noOutlet = claimOf({
      id: 'c',
      basis: 'on-record',
      claimant: 'ceo',
      history: [{ status: 'reported', date: '2026-02-01', entity: 'ceo' }],
    });
    expect(noOutlet.origin).toBe('Attributed to Ceo, 1 February 2026 · not carried by any report here');
    expect(noOutlet.originPieces.map((piece) => piece.kind)).toEqual([
      'text',
      'entity',
      'text',
      'date',
      'text',
      'text',
    ]);
    expect(reportedFirst.originPieces.map((piece) => piece.kind)).toEqual([
      'text',
      'entity',
      'text',
      'date',
      'text',
      'outlet',
      'text',
      'text',
    ]);
  });

  it('calls it attributed, not said on the record, when it was first only reported, though on the record later', () => {
    const claim = claimOf({
      id: 'c',
      basis: 'on-record',
      claimant: 'ceo',
      history: [
        { status: 'reported', date: '2026-02-01', outlet: 'wire' },
        { status: 'on-record', date: '2026-02-05', entity: 'ceo' },
      ],
    });
    expect(claim.status).toBe('on-record');
    expect(claim.origin).toBe('Attributed to Ceo, 1 February 2026 · not carried by any report here');
  });

  it('calls it said on the record when it was first on the record, whatever it became', () => {
    const claim = claimOf({
      id: 'c',
      basis: 'on-record',
      claimant: 'ceo',
      history: [
        { status: 'on-record', date: '2026-02-01', entity: 'ceo' },
        { status: 'retracted', date: '2026-02-05', entity: 'ceo' },
      ],
    });
    expect(claim.origin).toBe('Said on the record by Ceo, 1 February 2026 · not carried by any report here');
  });
});

describe('origin in pieces, for pages that link its names', () => {
  it('gives the claimant, the date and each first carrier as linkable pieces, the rest as text', () => {
    const story = storyOf(fordStory());
    const trump = story.claimById.get('trump-let-china-come-in')!;
    expect(trump.originPieces).toEqual([
      { kind: 'text', text: 'Said on the record by ' },
      { kind: 'entity', entity: story.entityById.get('donald-trump') },
      { kind: 'text', text: ', ' },
      { kind: 'date', date: trump.made },
      { kind: 'text', text: ' · ' },
      { kind: 'text', text: 'first carried here by ' },
      { kind: 'report', report: story.reportById.get('autopapo-ford-denies') },
    ]);
    const pitch = story.claimById.get('farley-pitch')!;
    const described = pitch.originPieces.map((piece) =>
      piece.kind === 'text' || piece.kind === 'unknown'
        ? `${piece.kind}:${piece.text}`
        : piece.kind === 'outlet'
          ? `outlet:${piece.source.id}`
          : piece.kind === 'report'
            ? `report:${piece.report.id}`
            : piece.kind,
    );
    expect(described).toEqual([
      'text:Reported by ',
      'outlet:bloomberg',
      'text:, citing unnamed sources, ',
      'date',
      'text: · ',
      'text:first carried here by one of ',
      'report:autoguide-ford-wants',
      'text:, ',
      'report:drive-farley-met',
      'text:, ',
      'report:torque-cafe-landmark',
      'text: and ',
      'report:electrek-ford-asks',
      'text: ',
      'unknown:(order unknown)',
    ]);
  });

  it('names two unordered first carriers with "and"', () => {
    const claim = claimOf(
      {
        id: 'c',
        basis: 'not-sourced',
        brokenBy: 'blog',
        history: [{ status: 'reported', date: '2026-02', outlet: 'blog' }],
      },
      [
        { id: 'a', source: 'alpha', published: '2026-02', claims: ['c'] },
        { id: 'b', source: 'beta', published: '2026-02', claims: ['c'] },
      ],
    );
    expect(claim.origin).toBe(
      'Stated by Blog without a source, February 2026 · first carried here by one of Alpha and Beta (order unknown)',
    );
  });
});

describe('status: the last entry of the history, and every name of the claim carries it', () => {
  it('takes the LAST history entry, not the first', () => {
    const claim = claimOf({
      id: 'c',
      basis: 'unnamed-sources',
      statement: 'Ford talked to Xiaomi.',
      history: [
        { status: 'reported', date: '2026-02-01', outlet: 'wire' },
        { status: 'confirmed', date: '2026-02-03', entity: 'ceo' },
        { status: 'retracted', date: '2026-02-05', outlet: 'wire' },
      ],
    });
    expect(claim.status).toBe('retracted');
    expect(claim.statusLabel).toBe('Retracted');
    expect(claim.titled).toBe('Retracted: Ford talked to Xiaomi.');
    expect(claim.made.label).toBe('1 February 2026');
  });

  it('is "denied" for the Ford–Xiaomi story, titled so', () => {
    const claim = storyOf(fordStory()).claimById.get('ford-xiaomi-talks')!;
    expect(claim.status).toBe('denied');
    expect(claim.titled).toBe('Denied: Ford held talks with Xiaomi about US production.');
  });

  it.each([
    ['on-record', 'On the record', 'On the record: S.'],
    ['reported', 'Unconfirmed', 'Unconfirmed: S.'],
    ['confirmed', 'Confirmed by a party', 'Confirmed: S.'],
    ['denied', 'Denied', 'Denied: S.'],
    ['disputed', 'Disputed', 'Disputed: S.'],
    ['retracted', 'Retracted', 'Retracted: S.'],
  ] as [ClaimStatus, string, string][])('%s → label %j, titled %j', (status, label, titled) => {
    const claim = claimOf({
      id: 'c',
      basis: 'not-sourced',
      statement: 'S.',
      history: [
        { status: 'reported', date: '2026-02-01', outlet: 'wire' },
        { status, date: '2026-02-02', outlet: 'wire' },
      ],
    });
    expect(claim.status).toBe(status);
    expect(claim.statusLabel).toBe(label);
    expect(claim.titled).toBe(titled);
    expect(CLAIM_STATUSES[status].label).toBe(label);
  });

  it('never calls "on the record" confirmed', () => {
    expect(CLAIM_STATUSES['on-record'].prefix).not.toMatch(/confirm/i);
  });
});

describe('history', () => {
  it('resolves each change: status label, date with its precision, who moved it, note', () => {
    const claim = storyOf(fordStory()).claimById.get('ford-xiaomi-talks')!;
    expect(
      claim.history.map((change) => [
        change.status,
        change.label,
        change.when.label,
        change.when.known,
        change.by.kind === 'outlet' ? change.by.source.id : change.by.entity.id,
      ]),
    ).toEqual([
      ['reported', 'Unconfirmed', 'early February 2026', 'approximate', 'financial-times'],
      ['denied', 'Denied', 'early February 2026', 'approximate', 'ford'],
    ]);
    const noted = claimOf({
      id: 'c',
      basis: 'not-sourced',
      history: [{ status: 'reported', date: '2026-02-13 or 2026-02-14', outlet: 'wire', note: 'As reported.' }],
    });
    expect(noted.history[0]).toMatchObject({
      note: 'As reported.',
      when: { label: '13 or 14 February 2026', known: 'one-of', isoPartial: '2026-02' },
    });
  });
});

describe('claims in the graph', () => {
  it('lists claims in the order they were first made, ties by id', () => {
    const story = storyOf(fordStory());
    expect(ids(story.claims)).toEqual(['trump-let-china-come-in', 'ford-xiaomi-talks', 'farley-pitch']);
    const tied = storyOf({
      reports: [],
      claims: [
        { id: 'b', basis: 'not-sourced', history: [{ status: 'reported', date: '2026-02-01', outlet: 'w' }] },
        { id: 'c', basis: 'not-sourced', history: [{ status: 'reported', date: '2026-02-01', outlet: 'w' }] },
        { id: 'a', basis: 'not-sourced', history: [{ status: 'reported', date: '2026-02-01', outlet: 'w' }] },
        { id: 'early', basis: 'not-sourced', history: [{ status: 'reported', date: '2026-01', outlet: 'w' }] },
      ],
    });
    expect(ids(tied.claims)).toEqual(['early', 'a', 'b', 'c']);
  });

  it('links carriers both ways, with whether each mentions the response', () => {
    const story = storyOf(fordStory());
    const claim = story.claimById.get('ford-xiaomi-talks')!;
    expect(claim.carriers.map((carrier) => [carrier.report.id, carrier.mentionsResponse])).toEqual([
      ['drive-farley-met', false],
      ['torque-cafe-landmark', true],
      ['autopapo-ford-denies', true],
    ]);
    const report = story.reportById.get('electrek-ford-asks')!;
    expect(report.claims.map((carried) => [carried.claim.id, carried.mentionsResponse])).toEqual([
      ['farley-pitch', undefined],
      ['trump-let-china-come-in', true],
    ]);
    expect(report.claims[0].report).toBe(report);
  });

  it('links claims to their entities and events', () => {
    const story = storyOf(fordStory());
    expect(ids(story.entityById.get('xiaomi')!.claims)).toEqual(['ford-xiaomi-talks']);
    expect(ids(story.entityById.get('jim-farley')!.claims)).toEqual(['farley-pitch']);
    expect(ids(story.claimById.get('farley-pitch')!.events)).toEqual(['bloomberg-scoop', 'detroit-pitch']);
    expect(ids(story.claimById.get('farley-pitch')!.entities)).toEqual(['jim-farley']);
  });
});
