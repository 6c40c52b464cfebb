// The outlet page's and the outlets index's views: "probable" travels with the outlet's name, lists are cut at the
// graph's limit and say how many they leave out, marks are carried, and the view is plain data a key can hash.
import { describe, expect, it } from 'vitest';
import type { Limits } from '../../../src/lib/graph';
import { viewKeys } from '../../../src/lib/views/key';
import { outletsIndexView, outletView } from '../../../src/lib/views/outlet';
import { fordStory, storyOf, type StorySpec } from '../../helpers/graph-fixture';
import { viewContextOf } from '../../helpers/views';

function contextFor(spec: StorySpec) {
  const story = storyOf(spec);
  return viewContextOf(story, { siteUrl: 'https://watch.example/' });
}

function viewOf(id: string, limits?: Partial<Limits>) {
  const context = contextFor(fordStory({ limits }));
  const source = context.story.sources.find((node) => node.id === id)!;
  return { view: outletView(source, context), source };
}

describe('outlet view', () => {
  it('names an outlet we only probably attribute as probable, in its title, notice, feed and report list', () => {
    const { view } = viewOf('drive');
    expect(view.outlet.label).toBe('Drive (probable)');
    expect(view.description).toBe('Drive (probable): The outlet drive.');
    expect(view.probableNotice).toContain('we could not confirm that Drive published');
    expect(view.feeds).toEqual([{ title: 'Drive (probable) — Test Watch', href: '/sources/drive/rss.xml' }]);
    expect(view.feeds[0]).toEqual(view.outlet.feed);
    expect(view.reports.list.items.map(({ report }) => report.outlet.label)).toEqual(['Drive (probable)']);
  });

  it('gives a confirmed outlet no notice and no mark on its name', () => {
    const { view } = viewOf('electrek');
    expect(view.outlet).toMatchObject({ label: 'Electrek', probable: false });
    expect(view.probableNotice).toBeUndefined();
    expect(view.feeds[0].title).toBe('Electrek — Test Watch');
  });

  it('cuts the citing reports at the limit, says how many more, and keeps each report’s mark', () => {
    const { view, source } = viewOf('bloomberg', { reportList: 1 });
    expect(view.reports.total).toBe(0);
    expect(view.citing?.heading).toBe('Reports that cite Bloomberg');
    expect(view.citing?.text).toBe('4 reports rely on its reporting.');
    expect(view.citing?.list.items).toHaveLength(1);
    expect(view.citing?.list.hiddenText).toBe('3 more reports not listed here.');

    const full = viewOf('bloomberg').view.citing!.list;
    expect(full.hidden).toBe(0);
    const marks = full.items.map(({ report, mark }) => [report.id, mark]);
    expect(marks).toEqual(source.citingReports.map((report) => [report.id, source.citingOrderMarks[report.id]]));
    expect(marks.some(([, mark]) => mark !== undefined)).toBe(true);
  });

  it('lists whom it relies on with how many reports, each outlet named as anywhere else', () => {
    const { view } = viewOf('torque-cafe');
    expect(view.facts.reliesOn.map(({ outlet, note }) => [outlet.label, note])).toEqual([
      ['Bloomberg', '1 report'],
      ['Financial Times', '1 report'],
    ]);
    const relied = viewOf('bloomberg').view.facts.reliedOnBy.map(({ outlet }) => outlet.label);
    expect(relied).toContain('Drive (probable)');
    expect(relied).toContain('Torque Cafe (probable)');
  });

  it('says a fact is not known rather than leaving it out, and links its scoops and homepage', () => {
    const spec = fordStory();
    spec.sources = [...spec.sources!.filter((source) => source.id !== 'bloomberg'), { id: 'bloomberg' }];
    const context = contextFor(spec);
    const view = outletView(
      context.story.sources.find((node) => node.id === 'bloomberg')!,
      context,
    );
    expect(view.facts.country).toEqual({ text: 'Not known', known: false });
    expect(view.facts.kind).toEqual({ text: 'General news', known: true });
    expect(view.facts.homepage).toEqual({ url: 'https://bloomberg.example/', host: 'bloomberg.example' });
    expect(view.scoops).toEqual([{ title: 'Bloomberg Scoop', href: '/events/bloomberg-scoop/' }]);
    expect(view.jsonLd).toMatchObject({ url: 'https://watch.example/sources/bloomberg/' });
  });

  it('is plain data, so its key changes when what it shows does', () => {
    const key = viewKeys({});
    expect(key(viewOf('drive').view)).toBe(key(viewOf('drive').view));
    expect(key(viewOf('bloomberg', { reportList: 1 }).view)).not.toBe(key(viewOf('bloomberg').view));
  });
});

describe('outlets index view', () => {
  it('lists reporting outlets, then cited-only ones, each in brief with "probable" on its name', () => {
    const view = outletsIndexView(contextFor(fordStory()));
    expect(view.description).toBe('The outlets that report on “The test story”, and the ones they cite.');
    expect(view.citedOnly.map(({ outlet }) => outlet.name).sort()).toEqual(['Bloomberg', 'Financial Times']);
    const drive = view.reporting.find(({ outlet }) => outlet.id === 'drive')!;
    expect(drive.outlet.label).toBe('Drive (probable)');
    expect(drive.meta).toEqual({ country: 'Australia', language: 'English', kind: 'General news' });
    const bloomberg = view.citedOnly.find(({ outlet }) => outlet.id === 'bloomberg')!;
    expect(bloomberg.counts).toBe('cited by 4 reports');
    const autopapo = view.reporting.find(({ outlet }) => outlet.id === 'autopapo')!;
    expect(autopapo.counts).toBe('1 report');
  });

  it('joins its own and citing counts, and says when country or kind is not known', () => {
    const spec = fordStory();
    spec.reports.push({ id: 'bloomberg-own', source: 'bloomberg', published: '2026-02-14' });
    spec.sources = [...spec.sources!, { id: 'lone-outlet' }];
    spec.reports.push({ id: 'lone', source: 'lone-outlet', published: '2026-03-01' });
    const context = contextFor(spec);
    context.story.sources.find((node) => node.id === 'lone-outlet')!.data.kind = undefined;
    const view = outletsIndexView(context);
    expect(view.reporting.find(({ outlet }) => outlet.id === 'bloomberg')!.counts).toBe(
      '1 report · cited by 4 reports',
    );
    expect(view.reporting.find(({ outlet }) => outlet.id === 'lone-outlet')!.meta).toEqual({
      country: 'Country not known',
      language: 'English',
      kind: 'Kind not known',
    });
  });
});
