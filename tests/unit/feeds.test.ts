// Feed items never invent an instant: only a report known to the minute gets a date; the rest say theirs in words.
import { describe, expect, it } from 'vitest';
import { feedItem, feedItems, jsonFeed, rssFeed, type FeedItem } from '../../src/lib/feeds';
import type { Report } from '../../src/lib/story-types';
import { fordStory, storyOf } from '../helpers/graph-fixture';

const site = new URL('https://watch.example/');
const story = () => storyOf(fordStory({ publishedAfter: true }));
const report = (id: string): Report => story().reportById.get(id)!;
const itemOf = (id: string) => feedItem(report(id), site);

const json = (items: FeedItem[]) =>
  jsonFeed({
    title: 'T',
    description: 'D',
    homeUrl: 'https://watch.example/',
    feedUrl: 'https://watch.example/feed.json',
    language: 'en',
    items,
  });
const rssText = async (items: FeedItem[]) =>
  (await rssFeed({ title: 'T', description: 'D', homeUrl: site.href, language: 'en', items })).text();
const rssItems = (xml: string) => [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((match) => match[1]);

describe('a report known only to its month', () => {
  const monthItem = () => itemOf('autoguide-ford-wants');

  it('has no published instant, and says its month and precision in its text', () => {
    const item = monthItem();
    expect(item.published).toBeUndefined();
    expect(item.summary).toBe(
      'AutoGuide, February 2026 (known only to the month; the day is not known). Summary of autoguide-ford-wants.',
    );
    expect(item.content.startsWith(item.summary)).toBe(true);
  });

  it('has no date_published in JSON Feed', () => {
    const item = monthItem();
    const [entry] = json([item]).items;
    expect(entry).not.toHaveProperty('date_published');
    expect(entry).not.toHaveProperty('date_modified');
    expect(entry.summary).toContain('February 2026 (known only to the month');
  });

  it('has no <pubDate> in RSS', async () => {
    const item = monthItem();
    const [entry] = rssItems(await rssText([item]));
    expect(entry).toBeDefined();
    expect(entry).not.toContain('<pubDate>');
    expect(entry).toContain('February 2026 (known only to the month; the day is not known)');
  });

  it('is labelled "(probable)" when its outlet is only probable, in the text and the categories', () => {
    const drive = itemOf('drive-farley-met');
    expect(drive.summary).toBe(
      'Drive (probable), February 2026 (known only to the month; the day is not known). Summary of drive-farley-met.',
    );
    expect(drive.categories).toEqual(['Drive (probable)', 'Jim Farley']);
  });
});

describe('a report known to the minute', () => {
  const minuteItem = () => itemOf('autopapo-ford-denies');

  it('has its instant, in UTC, and no precision note', () => {
    const item = minuteItem();
    expect(item.published).toBe(Date.UTC(2026, 1, 4, 11));
    expect(item.summary).toBe('AutoPapo, 4 February 2026, 11:00 UTC. Summary of autopapo-ford-denies.');
  });

  it('carries it as date_published and <pubDate>', async () => {
    const item = minuteItem();
    expect(json([item]).items[0]).toMatchObject({ date_published: '2026-02-04T11:00:00.000Z' });
    const [entry] = rssItems(await rssText([item]));
    expect(entry).toContain('<pubDate>Wed, 04 Feb 2026 11:00:00 GMT</pubDate>');
  });
});

describe('a report known to the day', () => {
  it('has no instant either: a day is not a moment', () => {
    const dayStory = storyOf({
      reports: [{ id: 'r', source: 'wire', published: '2026-02-16', updated: '2026-02-17T09:30Z' }],
    });
    const item = feedItem(dayStory.reportById.get('r')!, site);
    expect(item.published).toBeUndefined();
    expect(item.updated).toBe(Date.UTC(2026, 1, 17, 9, 30));
    expect(item.summary).toBe('Wire, 16 February 2026 (known to the day). Summary of r.');
    expect(json([item]).items[0]).toMatchObject({ date_modified: '2026-02-17T09:30:00.000Z' });
    expect(json([item]).items[0]).not.toHaveProperty('date_published');
  });
});

describe('item content', () => {
  it('lists the claims a report carries, each with its status prefix', () => {
    const item = itemOf('torque-cafe-landmark');
    expect(item.content).toBe(
      [
        item.summary,
        '',
        'Claims it carries:',
        '- Denied: Ford held talks with Xiaomi about US production.',
        '- Unconfirmed: Farley pitched US joint ventures with Chinese EV makers.',
      ].join('\n'),
    );
  });

  it('is the summary alone when the report carries no claim', () => {
    const plain = storyOf({ reports: [{ id: 'r', source: 'wire', published: '2026-02' }] });
    const item = feedItem(plain.reportById.get('r')!, site);
    expect(item.content).toBe(item.summary);
  });

  it('links our page, names authors and entities, and the original only when known', () => {
    const item = itemOf('electrek-ford-asks');
    expect(item).toMatchObject({
      id: 'https://watch.example/reports/electrek-ford-asks/',
      url: 'https://watch.example/reports/electrek-ford-asks/',
      title: 'Headline of electrek-ford-asks',
      authors: ['Fred Lambert'],
      categories: ['Electrek', 'Ford', 'Jim Farley', 'Donald Trump'],
      originalUrl: 'https://electrek.example/ford-asks',
    });
    const entry = json([item]).items[0];
    expect(entry).toMatchObject({
      id: item.id,
      url: item.url,
      title: item.title,
      content_text: item.content,
      authors: [{ name: 'Fred Lambert' }],
      tags: item.categories,
      external_url: 'https://electrek.example/ford-asks',
    });
    const anonymous = json([itemOf('autoguide-ford-wants')]).items[0];
    expect(anonymous).not.toHaveProperty('authors');
    expect(anonymous).not.toHaveProperty('external_url');
  });

  it('is built once per report', () => {
    const electrek = report('electrek-ford-asks');
    expect(feedItem(electrek, site)).toBe(feedItem(electrek, site));
  });

  it('needs the site URL', () => {
    const lone = storyOf({ reports: [{ id: 'r', source: 'wire', published: '2026-02' }] });
    expect(() => feedItem(lone.reportById.get('r')!, undefined)).toThrow(/Set SITE_URL/);
  });
});

describe('the feed documents', () => {
  it('describe the JSON Feed itself', () => {
    const feed = json([]);
    expect(feed).toEqual({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'T',
      description: 'D',
      home_page_url: 'https://watch.example/',
      feed_url: 'https://watch.example/feed.json',
      language: 'en',
      items: [],
    });
  });

  it('keep the order they are given (newest first from the graph), in RSS too', async () => {
    const items = story().feed.map((entry) => feedItem(entry, site));
    expect(json(items).items.map((entry) => entry.id)).toEqual(items.map((entry) => entry.id));
    const xml = await rssText(items);
    expect(xml).toContain('<language>en</language>');
    expect(xml).toContain('<link>https://watch.example/</link>');
    const entries = rssItems(xml);
    expect(entries.map((entry) => entry.match(/<link>(.*?)<\/link>/)![1])).toEqual(items.map((entry) => entry.url));
    expect(entries[0]).toContain('<author>Fred Lambert</author>');
    expect(entries[0]).toContain('<category>Electrek</category>');
    expect(entries[3]).not.toContain('<author>');
  });

  it('say beside each item when its place in the feed is not proven by its dates, and only then', () => {
    const items = feedItems(story().feed, site);
    const byId = new Map(items.map((item) => [item.id.split('/').at(-2), item]));
    // Electrek (16 Feb) and the reports known only to February (after the 13-or-14 scoop) overlap; AutoPapo's
    // 4 Feb report is proved earlier than all of them.
    expect(byId.get('electrek-ford-asks')!.summary).toMatch(
      /Order not known: Dated 16 February 2026, 15:45 UTC: the dates do not show/,
    );
    expect(byId.get('drive-farley-met')!.content).toMatch(
      /^Drive \(probable\), February 2026 .* Order not known: Dated February 2026/,
    );
    expect(byId.get('autopapo-ford-denies')!.summary).not.toMatch(/Order not known/);
    expect(byId.get('autopapo-ford-denies')).toEqual(itemOf('autopapo-ford-denies'));
  });

  it('states several corrections one a line, oldest first', () => {
    const corrected = storyOf({
      reports: [
        {
          id: 'r',
          source: 'wire',
          published: '2026-02',
          corrections: [
            { date: '2026-11-23', note: 'Fixed the outlet.' },
            { date: '2026-11-24', note: 'Fixed the date.' },
          ],
        },
      ],
    });
    const item = feedItem(corrected.reportById.get('r')!, site);
    expect(item.content).toBe(
      `${item.summary}\n\nCorrected 23 November 2026: Fixed the outlet.\nCorrected 24 November 2026: Fixed the date.`,
    );
  });

  it('names several authors in one RSS author element', async () => {
    const pair = storyOf({
      reports: [{ id: 'r', source: 'wire', published: '2026-02', authors: ['Ann Lee', 'Bo Chen'] }],
    });
    const [entry] = rssItems(await rssText([feedItem(pair.reportById.get('r')!, site)]));
    expect(entry).toContain('<author>Ann Lee, Bo Chen</author>');
  });
});
