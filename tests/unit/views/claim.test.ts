// The claim page's and claims index's views: status history movers as links ("(probable)" where due), the origin
// line with why its first carrier is unknown, carriers cut at the list limit, and nothing but plain data.
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/lib/story-types';
import { claimsIndexView, claimView } from '../../../src/lib/views/claim';
import { viewKeys } from '../../../src/lib/views/key';
import { fordStory, storyOf, type StorySpec } from '../../helpers/graph-fixture';
import { viewContextOf } from '../../helpers/views';

const contextFor = (story: Story) => viewContextOf(story);

const viewOf = (spec: StorySpec, id: string) => {
  const story = storyOf(spec);
  return claimView(story.claimById.get(id)!, contextFor(story));
};

describe('claimView', () => {
  it('turns each status change’s mover into a link: an entity, or an outlet named "(probable)" where due', () => {
    const spec = fordStory();
    spec
      .claims!.find(({ id }) => id === 'ford-xiaomi-talks')!
      .history.push({
        status: 'disputed',
        date: '2026-02-20',
        outlet: 'drive',
        note: 'Drive doubts it.',
      });
    const { history } = viewOf(spec, 'ford-xiaomi-talks');
    expect(history.map(({ status }) => status)).toEqual([
      { status: 'reported', label: 'Unconfirmed' },
      { status: 'denied', label: 'Denied' },
      { status: 'disputed', label: 'Disputed' },
    ]);
    expect(history.map(({ by }) => by)).toEqual([
      {
        kind: 'outlet',
        outlet: expect.objectContaining({ label: 'Financial Times', href: '/sources/financial-times/' }),
      },
      { kind: 'entity', entity: { id: 'ford', name: 'Ford', href: '/entities/ford/' } },
      { kind: 'outlet', outlet: expect.objectContaining({ label: 'Drive (probable)', probable: true }) },
    ]);
    expect(history.map(({ byWords }) => byWords)).toEqual(['by', 'by', 'by']);
    expect(history[2].note).toBe('Drive doubts it.');
  });

  it('says "carried here by" for a claim first reported by an outlet not known', () => {
    const spec: StorySpec = {
      reports: [{ id: 'r', source: 'electrek', published: '2026-02-16T15:45Z', claims: ['talks'] }],
      claims: [
        {
          id: 'talks',
          basis: 'not-sourced',
          firstReportedEarlier: true,
          history: [{ status: 'reported', date: '2026-02-16T15:45Z', outlet: 'electrek' }],
        },
      ],
    };
    expect(viewOf(spec, 'talks').history[0].byWords).toBe('carried here by');
  });

  it('gives the origin line, and why its first carrier is not known only when it is not', () => {
    const story = storyOf(fordStory());
    const pitch = claimView(story.claimById.get('farley-pitch')!, contextFor(story));
    expect(pitch.originWhy).toBe(story.claimById.get('farley-pitch')!.firstCarried.why);
    expect(pitch.originWhy).toMatch(/Drive \(probable\)/);
    expect(pitch.origin.some((piece) => piece.kind === 'unknown' && piece.why === pitch.originWhy)).toBe(true);
    const trump = viewOf(fordStory(), 'trump-let-china-come-in');
    expect(trump.originWhy).toBeUndefined();
    expect(trump.description).toBe(
      'On the record: Trump said Chinese carmakers may build plants in the US. — Said on the record by Donald Trump, ' +
        '13 January 2026 · first carried here by AutoPapo.',
    );
  });

  it('counts every carrier in its title but lists them only to the limit, each with its response', () => {
    const view = viewOf(fordStory({ limits: { reportList: 2 } }), 'farley-pitch');
    expect(view.carriersTitle).toBe('Reports carrying it (4)');
    expect(view.carriers.items).toHaveLength(2);
    expect(view.carriers.hiddenText).toBe('2 more reports not listed here.');
    const talks = viewOf(fordStory(), 'ford-xiaomi-talks');
    const drive = talks.carriers.items.find(({ report }) => report.id === 'drive-farley-met')!;
    expect(drive.report.outlet.label).toBe('Drive (probable)');
    expect(drive.response).toEqual({ kind: 'false', text: 'It does not mention the response' });
  });

  it('links its events and entities, and carries its basis and corrections', () => {
    const spec = fordStory();
    spec.claims![2].basisNote = 'Two people familiar.';
    spec.claims![2].corrections = [{ date: '2026-03-01', note: 'Ford’s denial was misdated.' }];
    const view = viewOf(spec, 'ford-xiaomi-talks');
    expect(view.events).toEqual([
      { href: '/events/ft-story/', label: 'Ft Story' },
      { href: '/events/ford-denial/', label: 'Ford Denial' },
    ]);
    expect(view.entities.map(({ href }) => href)).toEqual(['/entities/ford/', '/entities/xiaomi/']);
    expect([view.basisLabel, view.basisNote]).toEqual(['Unnamed sources', 'Two people familiar.']);
    expect(view.corrections.items.map(({ note }) => note)).toEqual(['Ford’s denial was misdated.']);
    expect(view.titled).toMatch(/^Denied: /);
    expect(view.status.status).toBe('denied');
  });

  it('is plain data, so its cache key holds everything the page shows', () => {
    const view = viewOf(fordStory(), 'farley-pitch');
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(() => viewKeys({})(view)).not.toThrow();
  });
});

describe('claimsIndexView', () => {
  it('lists every claim in story order with its order mark', () => {
    const story = storyOf(fordStory());
    const view = claimsIndexView(contextFor(story));
    expect(view.claims.map(({ claim }) => claim.id)).toEqual(story.claims.map(({ id }) => id));
    expect(view.claims.map(({ mark }) => mark)).toEqual(story.claims.map(({ id }) => story.claimOrderMarks[id]));
    expect(view.lede).toMatch(/^3 claims made in this story, oldest first/);
    expect(view.description).toBe('Who claimed what in “The test story”, on whose authority, and what became of it.');
  });

  it('marks a claim whose place its dates do not prove', () => {
    const spec: StorySpec = {
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
    };
    const view = claimsIndexView(contextFor(storyOf(spec)));
    expect(view.claims.map(({ mark }) => mark?.text)).toEqual(['Order not known', 'Order not known']);
  });
});
