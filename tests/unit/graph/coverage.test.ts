// Coverage matrices: one mark per outlet and event or claim — ★ broke, ● first, ◐ among the first, ↻ relayed, ○ covered.
import { describe, expect, it } from 'vitest';
import {
  count,
  COVERAGE_MARKS,
  coverageCell,
  listInWords,
  outletLabel,
  reportOutletLabel,
  type CoverageMatrix,
} from '../../../src/lib/graph';
import type { ContentTypes } from '../../../src/lib/story-types';
import { fordStory, ids, storyOf } from '../../helpers/graph-fixture';

const marks = (matrix: CoverageMatrix<ContentTypes>) =>
  Object.fromEntries(
    [...matrix].map(([key, cell]) => [key, `${cell.symbol} ${cell.text} [${ids(cell.reports).join(',')}]`]),
  );

describe('event coverage', () => {
  it('marks the Ford story honestly: no ● where month-only reports may be earlier', () => {
    expect(marks(storyOf(fordStory()).eventCoverage)).toEqual({
      'electrek|trump-speech': '● first here [electrek-ford-asks]',
      'electrek|detroit-pitch': '◐ among the first here; order unknown [electrek-ford-asks]',
      'autoguide|detroit-pitch': '◐ among the first here; order unknown [autoguide-ford-wants]',
      'drive|detroit-pitch': '◐ among the first here; order unknown [drive-farley-met]',
      'torque-cafe|detroit-pitch': '◐ among the first here; order unknown [torque-cafe-landmark]',
      'financial-times|ft-story': '★ broke it []',
      'autopapo|ft-story': '◐ among the first here; order unknown; via Financial Times [autopapo-ford-denies]',
      'torque-cafe|ft-story': '◐ among the first here; order unknown; via Financial Times [torque-cafe-landmark]',
      'autopapo|ford-denial': '◐ among the first here; order unknown [autopapo-ford-denies]',
      'drive|ford-denial': '◐ among the first here; order unknown [drive-farley-met]',
      'torque-cafe|ford-denial': '◐ among the first here; order unknown [torque-cafe-landmark]',
      'bloomberg|bloomberg-scoop': '★ broke it []',
      'electrek|bloomberg-scoop': '◐ among the first here; order unknown; via Bloomberg [electrek-ford-asks]',
      'autoguide|bloomberg-scoop': '◐ among the first here; order unknown; via Bloomberg [autoguide-ford-wants]',
      'drive|bloomberg-scoop': '◐ among the first here; order unknown; via Bloomberg [drive-farley-met]',
      'torque-cafe|bloomberg-scoop': '◐ among the first here; order unknown; via Bloomberg [torque-cafe-landmark]',
      'electrek|xi-meeting': '● first here [electrek-ford-asks]',
    });
  });

  it('gives ● to a proved first, ↻ to a later relay of the scoop outlet, ○ to other later coverage', () => {
    const matrix = storyOf(fordStory({ publishedAfter: true })).eventCoverage;
    expect(marks(matrix)).toMatchObject({
      'autopapo|ft-story': '● first here; via Financial Times [autopapo-ford-denies]',
      'torque-cafe|ft-story': '↻ re-reported Financial Times [torque-cafe-landmark]',
      'autopapo|ford-denial': '● first here [autopapo-ford-denies]',
      'drive|ford-denial': '○ covered [drive-farley-met]',
      'torque-cafe|ford-denial': '○ covered [torque-cafe-landmark]',
    });
    const cell = coverageCell(matrix, 'torque-cafe', 'ft-story')!;
    expect(cell.mark).toBe('relayed');
    expect(coverageCell(matrix, 'electrek', 'ft-story')).toBeUndefined();
  });

  it('keeps ★ for an outlet that broke the event and reported it here, with its reports, several outlets each ★', () => {
    const story = storyOf({
      events: [{ id: 'joint', date: '2026-02-01', outlets: ['wire', 'paper'] }],
      reports: [
        { id: 'wire-2', source: 'wire', published: '2026-02-03', events: ['joint'] },
        { id: 'wire-1', source: 'wire', published: '2026-02-01T09:00Z', events: ['joint'] },
        { id: 'blog-1', source: 'blog', published: '2026-02-05', events: ['joint'], cites: ['wire', 'paper', 'other'] },
      ],
    });
    expect(marks(story.eventCoverage)).toEqual({
      'wire|joint': '★ broke it [wire-1,wire-2]',
      'paper|joint': '★ broke it []',
      'blog|joint': '↻ re-reported Wire and Paper [blog-1]',
    });
  });

  it('groups an outlet’s several reports in one cell, marked by its earliest', () => {
    const story = storyOf({
      events: [{ id: 'e', date: '2026-02-01' }],
      reports: [
        { id: 'a-2', source: 'a', published: '2026-02-09', events: ['e'] },
        { id: 'a-1', source: 'a', published: '2026-02-02', events: ['e'] },
        { id: 'b-1', source: 'b', published: '2026-02-05', events: ['e'] },
      ],
    });
    expect(marks(story.eventCoverage)).toEqual({ 'a|e': '● first here [a-1,a-2]', 'b|e': '○ covered [b-1]' });
  });
});

describe('claim coverage', () => {
  it('marks ★ for the outlet that broke a claim, ● ◐ ○ for carriers, with how many mention the response', () => {
    expect(marks(storyOf(fordStory({ publishedAfter: true })).claimCoverage)).toEqual({
      'autopapo|trump-let-china-come-in':
        '● first here; carried in 1; 1 of 1 mention the response [autopapo-ford-denies]',
      'electrek|trump-let-china-come-in': '○ covered; carried in 1; 1 of 1 mention the response [electrek-ford-asks]',
      'autopapo|ford-xiaomi-talks': '● first here; carried in 1; 1 of 1 mention the response [autopapo-ford-denies]',
      'drive|ford-xiaomi-talks': '○ covered; carried in 1; 0 of 1 mention the response [drive-farley-met]',
      'torque-cafe|ford-xiaomi-talks': '○ covered; carried in 1; 1 of 1 mention the response [torque-cafe-landmark]',
      'financial-times|ford-xiaomi-talks': '★ broke it []',
      'electrek|farley-pitch': '◐ among the first here; order unknown; carried in 1 [electrek-ford-asks]',
      'autoguide|farley-pitch': '◐ among the first here; order unknown; carried in 1 [autoguide-ford-wants]',
      'drive|farley-pitch': '◐ among the first here; order unknown; carried in 1 [drive-farley-met]',
      'torque-cafe|farley-pitch': '◐ among the first here; order unknown; carried in 1 [torque-cafe-landmark]',
      'bloomberg|farley-pitch': '★ broke it []',
    });
  });

  it('never gives ★ to an outlet that only relayed an on-record statement', () => {
    const cell = coverageCell(storyOf(fordStory()).claimCoverage, 'electrek', 'trump-let-china-come-in')!;
    expect(cell.mark).not.toBe('broke');
    expect(cell.symbol).toBe('○');
  });

  it('gives ★ to the breaking outlet’s own carrying reports, and counts only reports due to mention a response', () => {
    const story = storyOf({
      claims: [
        {
          id: 'c',
          basis: 'unnamed-sources',
          brokenBy: 'wire',
          history: [{ status: 'reported', date: '2026-02-01', outlet: 'wire' }],
        },
      ],
      reports: [
        { id: 'w', source: 'wire', published: '2026-02-01', claims: ['c'] },
        { id: 'b1', source: 'blog', published: '2026-02-02', claims: ['c'] },
        { id: 'b2', source: 'blog', published: '2026-02-03', claims: [{ claim: 'c', mentionsResponse: true }] },
        { id: 'b3', source: 'blog', published: '2026-02-04', claims: [{ claim: 'c', mentionsResponse: false }] },
      ],
    });
    expect(marks(story.claimCoverage)).toEqual({
      'wire|c': '★ broke it; carried in 1 [w]',
      'blog|c': '○ covered; carried in 3; 1 of 2 mention the response [b1,b2,b3]',
    });
  });
});

describe('claim coverage with several reports per outlet', () => {
  it('gives ● to an outlet whose earliest carrier is the proved first, though its later ones are not', () => {
    const story = storyOf({
      claims: [
        { id: 'c', basis: 'not-sourced', history: [{ status: 'reported', date: '2026-02-01', outlet: 'blog' }] },
      ],
      reports: [
        { id: 'b-late', source: 'blog', published: '2026-02-20', claims: ['c'] },
        { id: 'b-first', source: 'blog', published: '2026-02-02', claims: ['c'] },
        { id: 'w', source: 'wire', published: '2026-02-10', claims: ['c'] },
      ],
    });
    expect(marks(story.claimCoverage)).toEqual({
      'blog|c': '● first here; carried in 2 [b-first,b-late]',
      'wire|c': '○ covered; carried in 1 [w]',
    });
  });

  it('gives the breaking outlet an empty ★ cell when it carried nothing here', () => {
    const cell = coverageCell(storyOf(fordStory()).claimCoverage, 'bloomberg', 'farley-pitch')!;
    expect(cell).toEqual({ mark: 'broke', symbol: '★', text: 'broke it', reports: [] });
    const scoop = coverageCell(storyOf(fordStory()).eventCoverage, 'bloomberg', 'bloomberg-scoop')!;
    expect(scoop.reports).toEqual([]);
  });
});

describe('citations', () => {
  it('lists who cites whom, most-used first, ties by citing then cited outlet id, each report counted once', () => {
    const story = storyOf({
      reports: [
        { id: 'r1', source: 'zeta', published: '2026-02-01', cites: ['wire'] },
        { id: 'r2', source: 'alpha', published: '2026-02-02', cites: ['wire', 'paper'] },
        { id: 'r3', source: 'mid', published: '2026-02-03', cites: ['paper', 'paper'] },
        { id: 'r4', source: 'mid', published: '2026-02-04', cites: ['paper'] },
        { id: 'r5', source: 'alpha', published: '2026-02-05', cites: ['agency'] },
      ],
    });
    expect(story.citations.map((edge) => `${edge.from.id}>${edge.to.id}:${edge.reports}`)).toEqual([
      'mid>paper:2',
      'alpha>agency:1',
      'alpha>paper:1',
      'alpha>wire:1',
      'zeta>wire:1',
    ]);
  });
});

describe('wording', () => {
  it('has one symbol and legend per mark', () => {
    expect(
      Object.fromEntries(Object.entries(COVERAGE_MARKS).map(([key, { mark, text }]) => [key, `${mark} ${text}`])),
    ).toEqual({
      broke: '★ broke it',
      first: '● first here',
      'among-first': '◐ among the first here; order unknown',
      relayed: '↻ re-reported',
      covered: '○ covered',
    });
  });

  it('lists in words and counts', () => {
    expect(listInWords([])).toBe('');
    expect(listInWords(['A'])).toBe('A');
    expect(listInWords(['A', 'B'])).toBe('A and B');
    expect(listInWords(['A', 'B', 'C'])).toBe('A, B and C');
    expect(listInWords(['A', 'B', 'C', 'D'])).toBe('A, B, C and D');
    expect(count(1, 'report')).toBe('1 report');
    expect(count(0, 'report')).toBe('0 reports');
    expect(count(3, 'entry', 'entries')).toBe('3 entries');
  });

  it('names an outlet with "(probable)" only when so attributed', () => {
    expect(outletLabel('Drive', true)).toBe('Drive (probable)');
    expect(outletLabel('Drive', false)).toBe('Drive');
    const story = storyOf(fordStory());
    expect(reportOutletLabel(story.reportById.get('drive-farley-met')!)).toBe('Drive (probable)');
    expect(reportOutletLabel(story.reportById.get('electrek-ford-asks')!)).toBe('Electrek');
  });
});
