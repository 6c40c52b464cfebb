// A corrected report says so in its feed entry, with the date of the correction, before the claims it carries.
import { describe, expect, it } from 'vitest';
import { feedItem } from '../../src/lib/feeds';
import { storyOf } from '../helpers/graph-fixture';

const site = new URL('https://watch.example/');

describe('a corrected report in a feed', () => {
  it('states each correction with its date', () => {
    const story = storyOf({
      reports: [
        {
          id: 'wire-talks',
          source: 'wire',
          published: '2026-02-16',
          corrections: [{ date: '2026-11-23', note: 'We gave the wrong day.' }],
          claims: ['talks'],
        },
      ],
      claims: [
        {
          id: 'talks',
          basis: 'unnamed-sources',
          history: [{ status: 'reported', date: '2026-02-16', outlet: 'wire' }],
        },
      ],
    });
    const item = feedItem(story.reportById.get('wire-talks')!, site);
    expect(item.content).toBe(
      `${item.summary}\n\nCorrected 23 November 2026: We gave the wrong day.\n\nClaims it carries:\n- Unconfirmed: Statement of talks.`,
    );
  });

  it('says nothing of corrections when there were none', () => {
    const story = storyOf({ reports: [{ id: 'wire-talks', source: 'wire', published: '2026-02-16' }] });
    expect(feedItem(story.reportById.get('wire-talks')!, site).content).not.toContain('Corrected');
  });
});
