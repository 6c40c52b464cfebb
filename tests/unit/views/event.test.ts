// The event page's and events index's views: outlets named with "(probable)" where due, reports cut at the
// list limit with their marks, "first" explained where the dates do not prove it, and nothing but plain data.
import { describe, expect, it } from 'vitest';
import type { Story } from '../../../src/lib/story-types';
import { eventsIndexView, eventView } from '../../../src/lib/views/event';
import { viewKeys } from '../../../src/lib/views/key';
import { fordStory, storyOf, type StorySpec } from '../../helpers/graph-fixture';
import { viewContextOf } from '../../helpers/views';

const contextFor = (story: Story) => viewContextOf(story);

const viewOf = (spec: StorySpec, id: string) => {
  const story = storyOf(spec);
  return eventView(story.eventById.get(id)!, contextFor(story));
};

describe('eventView', () => {
  it('cuts its reports at the list limit, says how many more, and carries each report’s mark', () => {
    const story = storyOf(fordStory({ limits: { reportList: 2 } }));
    const event = story.eventById.get('bloomberg-scoop')!;
    const view = eventView(event, contextFor(story));
    expect(view.reports.items.map(({ report }) => report.id)).toEqual(event.reports.slice(0, 2).map(({ id }) => id));
    expect(view.reports.hidden).toBe(2);
    expect(view.reports.hiddenText).toBe('2 more reports not listed here.');
    expect(view.reports.items.map(({ mark }) => mark)).toEqual(
      event.reports.slice(0, 2).map(({ id }) => event.reportMarks[id]),
    );
    expect(view.reports.items.some(({ mark }) => mark !== undefined)).toBe(true);
    expect(view.coverageText).toBe('4 reports from 4 outlets');
  });

  it('names a probably attributed report’s outlet with "(probable)"', () => {
    const view = viewOf(fordStory(), 'bloomberg-scoop');
    const drive = view.reports.items.find(({ report }) => report.id === 'drive-farley-met')!;
    expect(drive.report.outlet.label).toBe('Drive (probable)');
    const electrek = view.reports.items.find(({ report }) => report.id === 'electrek-ford-asks')!;
    expect(electrek.report.outlet.label).toBe('Electrek');
  });

  it('names who broke it, "(probable)" where we only probably attribute the outlet', () => {
    expect(viewOf(fordStory(), 'bloomberg-scoop').brokeBy.map((outlet) => outlet.label)).toEqual(['Bloomberg']);
    const spec: StorySpec = {
      events: [{ id: 'scoop', date: '2026-02-10', kind: 'report', outlets: ['drive'] }],
      reports: [{ id: 'r', source: 'drive', attribution: 'probable', published: '2026-02-10', events: ['scoop'] }],
    };
    const [drive] = viewOf(spec, 'scoop').brokeBy;
    expect([drive.label, drive.probable, drive.href]).toEqual(['Drive (probable)', true, '/sources/drive/']);
  });

  it('explains why no report is known to be first, and only then', () => {
    expect(viewOf(fordStory(), 'detroit-pitch').firstWhy).toMatch(
      /^Which report we hold came first is not known\. The dates do not show which came first: .*Drive \(probable\)/,
    );
    expect(viewOf(fordStory(), 'trump-speech').firstWhy).toBeUndefined();
  });

  it('says a planned event is planned, by what it is known to have happened, and its corrections', () => {
    expect(viewOf(fordStory(), 'xi-meeting').kicker).toBe('Meeting · planned');
    expect(viewOf(fordStory(), 'trump-speech').kicker).toBe('Statement');
    const story = storyOf(fordStory());
    const known = story.events.find((event) => event.knownBy)!;
    expect(eventView(known, contextFor(story)).knownBy).toBe(known.knownBy!.text);
    const spec = fordStory();
    spec.events![0].corrections = [{ date: '2026-03-01', note: 'The date was wrong.' }];
    const { corrections } = viewOf(spec, spec.events![0].id);
    expect(corrections.items.map(({ note }) => note)).toEqual(['The date was wrong.']);
    expect(corrections.logHref).toBe('/corrections/');
  });

  it('is plain data, so its cache key holds everything the page shows', () => {
    const view = viewOf(fordStory(), 'bloomberg-scoop');
    expect(JSON.parse(JSON.stringify(view))).toEqual(view);
    expect(() => viewKeys({})(view)).not.toThrow();
  });
});

describe('eventsIndexView', () => {
  it('lists every event in story order, each with its order mark and a coverage line cut at the card limit', () => {
    const story = storyOf(fordStory({ limits: { eventCardReports: 2 } }));
    const view = eventsIndexView(contextFor(story));
    expect(view.events.map(({ event }) => event.id)).toEqual(story.events.map(({ id }) => id));
    expect(view.events.map(({ mark }) => mark)).toEqual(story.events.map(({ id }) => story.eventOrderMarks[id]));
    expect(view.events.filter(({ mark }) => mark?.text === 'Order not known').length).toBeGreaterThan(0);
    const scoop = view.events.find(({ event }) => event.id === 'bloomberg-scoop')!.event;
    expect(scoop.coverage?.outlets).toHaveLength(2);
    expect(scoop.coverage?.more?.count).toBe(2);
    expect(view.lede).toMatch(/^6 developments, oldest first,/);
    expect(view.description).toBe('The dated developments of “The test story”, oldest first.');
  });
});
