// The reports index's view: every report counted, the newest listed first with their marks, cut at the list limit
// with how many more and where to read them.
import { describe, expect, it } from 'vitest';
import { reportsIndexView } from '../../../src/lib/views/reports-index';
import { fordStory, storyOf } from '../../helpers/graph-fixture';
import { viewContextOf } from '../../helpers/views';

const viewOf = (limits = {}) => {
  const story = storyOf(fordStory({ limits }));
  return reportsIndexView(viewContextOf(story, { siteUrl: 'https://example.org/' }));
};

describe('the reports index', () => {
  it('counts every report and lists them newest first, each marked where its dates do not prove its place', () => {
    const view = viewOf();
    expect(view.countText).toBe('5 reports');
    expect(view.description).toBe('The latest reports on “The test story”, with their outlets, dates and summaries.');
    expect(view.list.items.map(({ report, mark }) => [report.id, mark?.text])).toEqual([
      ['electrek-ford-asks', undefined],
      ['autopapo-ford-denies', 'Order not known'],
      ['autoguide-ford-wants', 'Order not known'],
      ['drive-farley-met', 'Order not known'],
      ['torque-cafe-landmark', 'Order not known'],
    ]);
    expect(view.list.items[3].report.outlet.label).toBe('Drive (probable)');
    expect(view.list.hiddenText).toBeUndefined();
  });

  it('is cut at the list limit, saying how many more and where the rest are', () => {
    const view = viewOf({ reportList: 2 });
    expect(view.countText).toBe('5 reports');
    expect(view.list.items).toHaveLength(2);
    expect(view.list.hiddenText).toBe('3 more reports not listed here.');
    expect(view.more).toEqual({ href: '/timeline/', label: 'Read them month by month in the timeline archive.' });
  });
});
