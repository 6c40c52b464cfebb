// A site of several stories (tests/fixtures/stories-content/): three stories sharing an outlet and two people, two
// of them tied on their latest development's day, one known only to the month, one with a long February, and a
// fourth with nothing reported yet. Each story has its own front, archive, claims, coverage, feeds and story.json
// holding only its own items; the home page and /stories/ list the four in the site's order, ties said. Built at the
// root and under a sub-path; every build's links are checked as it is made (tests/helpers/build.ts).
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, TEST_BUILDS } from '../helpers/build';
import { readPages, type BuiltPage } from '../helpers/dist';

const FIXTURE = 'tests/fixtures/stories-content';
const CONTENT = 'tmp/test-content/stories';
/** More than a timeline page holds (100), so the rail strike's February really has a second page. */
const FEBRUARY_REPORTS = 105;
const STORIES = ['port-expansion', 'rail-strike', 'factory-closure', 'bridge-tender'];

/** The fixture plus a long February of wire reports on the rail strike, each known to the day. */
function writeFixture() {
  rmSync(CONTENT, { recursive: true, force: true });
  mkdirSync(CONTENT, { recursive: true });
  cpSync(FIXTURE, CONTENT, { recursive: true });
  for (let index = 1; index <= FEBRUARY_REPORTS; index++) {
    const day = String(3 + (index % 25)).padStart(2, '0');
    const id = `wire-rail-${String(index).padStart(3, '0')}`;
    writeFileSync(
      `${CONTENT}/reports/${id}.md`,
      `---\nheadline: "Wire rail note ${index}"\nsource: wire\nattribution: confirmed\npublished: "2026-02-${day}"\nadded: "2026-03-01"\nlanguage: en\nsummary: "Routine note number ${index} on the rail stoppages."\nstories: [rail-strike]\n---\nNote ${index}.\n`,
    );
  }
}

/** Each story's reports, events and claims, read from the files' `stories:` as an editor wrote them. */
function membersOf(): Record<string, Set<string>> {
  const members: Record<string, Set<string>> = Object.fromEntries(STORIES.map((id) => [id, new Set<string>()]));
  for (const folder of ['reports', 'events', 'claims']) {
    for (const file of readdirSync(`${CONTENT}/${folder}`)) {
      const stories = /^stories: \[(.*)\]$/m.exec(readFileSync(`${CONTENT}/${folder}/${file}`, 'utf8'))![1];
      for (const story of stories.split(',')) members[story.trim()].add(`${folder}/${file.replace(/\.\w+$/, '')}`);
    }
  }
  return members;
}

/** The reports, events and claims a page or feed links to, as "reports/<id>". */
const itemsLinked = (hrefs: string[], base: string) =>
  new Set(
    hrefs
      .map((href) => new RegExp(`^${base}(reports|events|claims)/([^/]+)/$`).exec(new URL(href, 'http://x').pathname))
      .filter((match) => match !== null)
      .map((match) => `${match![1]}/${match![2]}`),
  );

describe.each([
  ['root', `${TEST_BUILDS}/stories`, '/'],
  ['sub-path', `${TEST_BUILDS}/stories-subpath`, '/harbour/'],
])('a site of several stories, built at the %s', (_, dist, base) => {
  let pages: BuiltPage[];
  let members: Record<string, Set<string>>;
  const page = (path: string) => {
    const found = pages.find((candidate) => candidate.urlPath === `${base}${path}`);
    if (!found) throw new Error(`no page at ${base}${path}`);
    return found.$;
  };
  const file = (path: string) => readFileSync(`${dist}/${path}`, 'utf8');
  const hrefs = ($: ReturnType<typeof page>) =>
    $('main a[href]')
      .map((_, link) => $(link).attr('href')!)
      .get();
  /** The list of stories as a page shows it: id, whether it is marked "order not known", its last line. */
  const listed = ($: ReturnType<typeof page>) =>
    $('.stories__item')
      .map((_, item) => ({
        href: $(item).find('h2 a').attr('href'),
        title: $(item).find('h2').text().trim(),
        mark: $(item).find('.tag--unknown').text().trim() || undefined,
        standing: $(item).find('.stories__standing').text().replace(/\s+/g, ' ').trim(),
      }))
      .get();

  beforeAll(() => {
    writeFixture();
    members = membersOf();
    const env: Record<string, string> = { CONTENT_DIR: CONTENT };
    if (base !== '/') Object.assign(env, { BASE_PATH: base, SITE_URL: 'http://127.0.0.1:4999' });
    const { status, output } = buildSite(dist, env);
    if (status !== 0) throw new Error(`stories fixture build failed:\n${output}`);
    pages = readPages(dist, base);
  });

  it('lists the four stories on the home page, latest development first, the tie marked and said', () => {
    const $ = page('');
    expect($('h1').text()).toBe('The stories we follow');
    expect(listed($)).toEqual([
      {
        href: `${base}stories/port-expansion/`,
        title: 'The port expansion',
        mark: 'Order not known',
        standing: '1 claim: denied · 2 reports',
      },
      {
        href: `${base}stories/rail-strike/`,
        title: 'The rail strike',
        mark: 'Order not known',
        standing: `1 claim: on the record · ${FEBRUARY_REPORTS + 1} reports`,
      },
      {
        href: `${base}stories/factory-closure/`,
        title: 'The factory closure',
        mark: undefined,
        standing: 'No claims tracked yet · 2 reports',
      },
      {
        href: `${base}stories/bridge-tender/`,
        title: 'The bridge tender',
        mark: undefined,
        standing: 'No claims tracked yet · No reports yet',
      },
    ]);
    expect($('.stories__ties').text()).toContain(
      '2 stories’ latest developments are dated only “10 March 2026”: which came last is not known, so they are listed by title.',
    );
  });

  it('gives each story its status and latest development, dated no more precisely than known', () => {
    const items = page('')('.stories__item');
    const latest = items
      .map((_, item) => page('')(item).find('.stories__latest').text().replace(/\s+/g, ' ').trim())
      .get();
    // The board's approval and the wire's report of it are both dated 10 March: neither is called the latest.
    expect(latest[0]).toContain(
      'Among the latest Wire: board backs bigger port 10 March 2026 · the dates do not show which came last',
    );
    expect(latest[0].trim()).not.toMatch(/^Latest/);
    expect(latest[2]).toContain('January 2026');
    expect(items.eq(2).find('.stories__latest time').attr('datetime')).toBe('2026-01');
    expect(items.eq(3).find('.stories__latest')).toHaveLength(0);
    expect(
      items
        .find('.stories__status')
        .map((_, tag) => page('')(tag).text())
        .get(),
    ).toEqual(['Developing', 'Quiet', 'Concluded', 'Developing']);
    // The counts of reports new since the last visit are written by the browser from each story's added days.
    expect(items.eq(0).find('[data-added-counts]').attr('data-added-counts')).toBe(
      `${Date.UTC(2026, 1, 21)}:1 ${Date.UTC(2026, 2, 11)}:1`,
    );
    expect(items.eq(3).find('[data-added-counts]').attr('data-added-counts')).toBe('');
  });

  it('groups a shared outlet’s and a shared person’s reports by story, each group holding only its story’s', () => {
    const storyOf = (href: string) => /stories\/([^/]+)\/$/.exec(href)![1];
    const listedOrder = listed(page('')).map((item) => storyOf(item.href!));
    for (const path of ['sources/wire/', 'entities/jo-rivera/', 'entities/acme-holdings/']) {
      const $ = page(path);
      const groups = $('.story-group')
        .map((_, group) => ({
          story: storyOf($(group).find('h3 a').attr('href')!),
          more: /more reports? not listed here/.test($(group).text()),
          items: itemsLinked(
            $(group)
              .find('a[href]')
              .map((__, link) => $(link).attr('href')!)
              .get(),
            base,
          ),
        }))
        .get();
      expect(groups.length, path).toBeGreaterThan(1);
      // In the site's order of stories, as the home page lists them.
      const order = STORIES.filter((id) => groups.some((group) => group.story === id));
      expect(
        groups.map((group) => group.story),
        path,
      ).toEqual(order.sort((a, b) => listedOrder.indexOf(a) - listedOrder.indexOf(b)));
      // Groups share the list's limit: a group whose reports all fall beyond it says how many it holds.
      for (const { story, items, more } of groups) {
        expect(items.size > 0 || more, `${path} ${story}`).toBe(true);
        for (const item of items) expect(members[story].has(item), `${path}: ${item} under ${story}`).toBe(true);
      }
    }
  });

  it('lists the same stories at /stories/', () => {
    const $ = page('stories/');
    expect($('h1').text()).toBe('Stories');
    expect(listed($)).toEqual(listed(page('')));
  });

  it('gives every story its own front, archive, period pages, claims and coverage, holding only its own items', () => {
    for (const story of STORIES) {
      const own = members[story];
      const paths = pages
        .map((built) => built.urlPath.slice(base.length))
        .filter((path) => path.startsWith(`stories/${story}/`));
      expect(paths).toEqual(
        expect.arrayContaining([
          `stories/${story}/`,
          `stories/${story}/timeline/`,
          `stories/${story}/claims/`,
          `stories/${story}/coverage/`,
        ]),
      );
      for (const path of paths) {
        const linked = itemsLinked(hrefs(page(path)), base);
        const strangers = [...linked].filter((item) => !own.has(item));
        expect(strangers, `${path} links to another story's items`).toEqual([]);
      }
      expect(page(`stories/${story}/`)('h1').text()).toBe(
        page('')(`.stories__item h2 a[href="${base}stories/${story}/"]`).text(),
      );
    }
    // The port's front shows its claim, the factory's front none of the port's.
    expect(itemsLinked(hrefs(page('stories/port-expansion/')), base)).toContain('claims/acme-funds-port');
    expect(itemsLinked(hrefs(page('stories/port-expansion/claims/')), base)).toEqual(
      new Set(['claims/acme-funds-port', 'reports/gazette-port-payer']),
    );
    expect(page('stories/bridge-tender/claims/')('main').text()).toContain('No claim has been recorded yet.');
    // A story with nothing yet says so on its front, instead of an empty timeline and "0 outlets".
    const empty = page('stories/bridge-tender/');
    expect(empty('.front__nothing').text()).toBe('We have recorded no reports, events or claims on this story yet.');
    expect(empty('#who-covers, #whats-new, .home-timeline')).toHaveLength(0);
    expect(empty('#follow a[href$="rss.xml"]').attr('href')).toBe(`${base}stories/bridge-tender/rss.xml`);
    expect(page('stories/port-expansion/')('.front__nothing')).toHaveLength(0);
    expect(pages.filter((built) => built.urlPath.startsWith(`${base}stories/rail-strike/timeline/`))).toHaveLength(
      4, // the archive, January's none, February's two pages and March's
    );
  });

  it('pages a story’s long month, and links its pages to each other under the story', () => {
    const first = page('stories/rail-strike/timeline/2026-02/');
    const second = page('stories/rail-strike/timeline/2026-02/2/');
    expect(first('h1').text()).toBe('February 2026 (page 1 of 2)');
    expect(second('h1').text()).toBe('February 2026 (page 2 of 2)');
    expect(first('a[rel="next"]').attr('href')).toBe(`${base}stories/rail-strike/timeline/2026-02/2/`);
    expect(second('.kicker a').first().attr('href')).toBe(`${base}stories/rail-strike/`);
    const items = first('.timeline__item').length + second('.timeline__item').length;
    expect(items).toBe(FEBRUARY_REPORTS + 1);
  });

  it('writes each story’s feeds and story.json with only its reports, titled with the story', () => {
    for (const story of STORIES) {
      const own = members[story];
      const $ = load(file(`stories/${story}/rss.xml`), { xml: true });
      const title = page(`stories/${story}/`)('h1').text();
      expect($('channel > title').text()).toBe(`${title} — Harbour Watch`);
      const rssItems = $('item link')
        .map((_, link) => new URL($(link).text()).pathname)
        .get();
      expect(rssItems.length).toBe(Math.min(50, [...own].filter((item) => item.startsWith('reports/')).length));
      for (const path of rssItems) expect(own).toContain(path.slice(base.length).replace(/\/$/, ''));

      const feed = JSON.parse(file(`stories/${story}/feed.json`));
      expect(feed.title).toBe(`${title} — Harbour Watch`);
      expect(feed.items.map((item: { url: string }) => new URL(item.url).pathname)).toEqual(rssItems);

      const data = JSON.parse(file(`stories/${story}/story.json`));
      expect(data.story.title).toBe(title);
      expect(new URL(data.story.url).pathname).toBe(`${base}stories/${story}/`);
      const exported = [
        ...data.reports.map((report: { id: string }) => `reports/${report.id}`),
        ...data.events.map((event: { id: string }) => `events/${event.id}`),
        ...data.claims.map((claim: { id: string }) => `claims/${claim.id}`),
      ];
      expect(new Set(exported)).toEqual(own);
    }
    expect(JSON.parse(file('stories/bridge-tender/story.json')).reports).toEqual([]);
  });

  it('offers a story’s own feeds in the head of its pages and in “Follow this story”, before the site’s', () => {
    const $ = page('stories/port-expansion/');
    expect(
      $('link[rel="alternate"]')
        .map((_, link) => [[$(link).attr('title'), $(link).attr('href')]])
        .get(),
    ).toEqual([
      ['The port expansion — Harbour Watch', `${base}stories/port-expansion/rss.xml`],
      ['The port expansion — Harbour Watch (JSON Feed)', `${base}stories/port-expansion/feed.json`],
      ['Harbour Watch', `${base}rss.xml`],
      ['Harbour Watch (JSON Feed)', `${base}feed.json`],
    ]);
    expect($('#follow a[href$="rss.xml"]').attr('href')).toBe(`${base}stories/port-expansion/rss.xml`);
    expect($('#follow a[href$="story.json"]').attr('href')).toBe(`${base}stories/port-expansion/story.json`);
    expect($('title').text()).toBe('The port expansion · Harbour Watch');
    expect($('.story-head .kicker').text().replace(/\s+/g, ' ').trim()).toBe('All stories · Developing story');
    expect($('.story-head .kicker a').attr('href')).toBe(`${base}stories/`);
    expect(page('stories/port-expansion/claims/')('title').text()).toBe('Claims · The port expansion · Harbour Watch');
    // The header's sections stay site-wide.
    expect($('header nav a:contains("Claims")').attr('href')).toBe(`${base}claims/`);
  });

  it('keeps the site-wide pages at today’s addresses, holding every story’s items', () => {
    const all = new Set(Object.values(members).flatMap((items) => [...items]));
    expect(itemsLinked(hrefs(page('claims/')), base)).toEqual(
      // Every claim, each with the report that first carried it here.
      new Set([
        ...[...all].filter((item) => item.startsWith('claims/')),
        'reports/gazette-port-payer',
        'reports/wire-strike-off',
      ]),
    );
    expect(page('timeline/2026-02/2/')('h1').text()).toBe('February 2026 (page 2 of 2)');
    expect(page('coverage/')('title').text()).toBe('Coverage · Harbour Watch');
    const data = JSON.parse(file('story.json'));
    expect(data.story.title).toBe('Harbour Watch');
    expect(data.reports).toHaveLength([...all].filter((item) => item.startsWith('reports/')).length);
    expect(load(file('rss.xml'), { xml: true })('channel > title').text()).toBe('Harbour Watch');
  });
});
