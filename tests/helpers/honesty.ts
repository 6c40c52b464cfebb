// Walks every output of a build (pages, feeds, JSON-LD, story.json) and lists each place that states more
// than the content knows: a day or an instant for a vaguer date, a "first" the dates do not prove, a bare
// denied claim, an outlet named without its "probable", or our digest credited to someone else.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { listFiles, readPages } from './dist';

interface ExportDate {
  value: string;
  precision: string;
  iso: string | null;
}
interface StoryJson {
  story: { site: string };
  outlets: { id: string; name: string }[];
  events: { id: string; date: ExportDate; firstCoverage: { reports: string[]; known: boolean } }[];
  reports: { id: string; url: string; outlet: string; attribution: string; published: ExportDate }[];
  claims: { id: string; status: string; titled: string; firstCarried: { known: boolean } }[];
}

const STATUS_PREFIX = /^(On the record|Unconfirmed|Confirmed|Denied|Disputed|Retracted): /;

export function honestyViolations(dist: string): { violations: string[]; checked: Record<string, number> } {
  const story = JSON.parse(readFileSync(join(dist, 'story.json'), 'utf8')) as StoryJson;
  const violations: string[] = [];
  const checked = {
    files: 0,
    feedItems: 0,
    jsonLd: 0,
    claimLinks: 0,
    outletLinks: 0,
    probableReportLinks: 0,
    pages: 0,
  };
  const reportByUrl = new Map(story.reports.map((report) => [new URL(report.url).pathname, report]));
  const minuteValues = new Set(
    story.reports
      .filter((r) => r.published.precision === 'minute')
      .map((r) => new Date(r.published.value).toISOString()),
  );

  // 1. No invented midnight: no output holds an instant at 00:00 unless some report was published at it.
  for (const file of listFiles(dist).filter(
    (name) => /\.(html|xml|json)$/.test(name) && !name.startsWith('pagefind/'),
  )) {
    checked.files++;
    const text = readFileSync(join(dist, file), 'utf8');
    for (const match of text.matchAll(/\d{4}-\d{2}-\d{2}T00:00(:00(\.000)?)?Z/g)) {
      const instant = new Date(match[0]).toISOString();
      if (!minuteValues.has(instant) && !file.endsWith('story.json'))
        violations.push(`${file}: instant ${match[0]} invents a time of day`);
    }
    // 2. One of two days is never a span of two days.
    for (const date of [...story.events.map((e) => e.date), ...story.reports.map((r) => r.published)]) {
      if (date.precision !== 'days') continue;
      const days = date.value.split(' or ').map((day) => Number(day.slice(8)));
      if (text.includes(`${days[0]}–${days.at(-1)}`))
        violations.push(`${file}: "${days[0]}–${days.at(-1)}" shows one of two days as a span`);
    }
  }

  // 3. Feeds: an item date only for a report known to the minute, and then the right one.
  const feedDate = (file: string, link: string, date: string | undefined) => {
    checked.feedItems++;
    const report = reportByUrl.get(new URL(link).pathname);
    if (!report) return violations.push(`${file}: item ${link} is no report`);
    if (report.published.precision !== 'minute' && date)
      violations.push(
        `${file}: ${report.id} is dated "${report.published.value}" but its item has the instant ${date}`,
      );
    if (report.published.precision === 'minute' && !date)
      violations.push(`${file}: ${report.id} is known to the minute but its item has no date`);
  };
  for (const file of listFiles(dist).filter((name) => name.endsWith('rss.xml'))) {
    const $ = load(readFileSync(join(dist, file), 'utf8'), { xml: true });
    $('item').each(
      (_, item) => void feedDate(file, $(item).find('link').text(), $(item).find('pubDate').text() || undefined),
    );
  }
  const jsonFeed = JSON.parse(readFileSync(join(dist, 'feed.json'), 'utf8')) as {
    items: { url: string; date_published?: string }[];
  };
  for (const item of jsonFeed.items) feedDate('feed.json', item.url, item.date_published);

  const probableOutlets = new Set(
    story.outlets
      .filter((outlet) => {
        const own = story.reports.filter((report) => report.outlet === outlet.id);
        return own.length > 0 && own.every((report) => report.attribution === 'probable');
      })
      .map((outlet) => outlet.id),
  );
  const claimById = new Map(story.claims.map((claim) => [claim.id, claim]));
  const outletName = new Map(story.outlets.map((outlet) => [outlet.id, outlet.name]));

  for (const page of readPages(dist)) {
    checked.pages++;
    const { $, urlPath } = page;
    // 4. JSON-LD on a report page: our digest, by us, based on the original at the precision known.
    const report = reportByUrl.get(urlPath);
    $('script[type="application/ld+json"]').each((_, element) => {
      checked.jsonLd++;
      const data = JSON.parse($(element).text());
      if (!report) return;
      if (data.publisher?.name !== story.story.site || data.author?.name !== story.story.site) {
        violations.push(`${urlPath}: JSON-LD credits our digest to ${JSON.stringify(data.publisher ?? data.author)}`);
      }
      const original = data.isBasedOn ?? {};
      if ((original.datePublished ?? null) !== report.published.iso) {
        violations.push(
          `${urlPath}: JSON-LD dates the original ${original.datePublished} but it is known as "${report.published.value}"`,
        );
      }
      if (report.attribution === 'probable' && original.publisher)
        violations.push(`${urlPath}: JSON-LD asserts a probable outlet as publisher`);
    });
    // 5. A claim is never named without its status.
    const claimId = urlPath.match(/^\/claims\/([^/]+)\/$/)?.[1];
    if (claimId) {
      const claim = claimById.get(claimId)!;
      for (const [what, text] of [
        ['<title>', $('title').text()],
        ['og:title', $('meta[property="og:title"]').attr('content') ?? ''],
        ['<h1>', $('h1').text().trim()],
      ]) {
        if (!text.startsWith(claim.titled.split(':')[0] + ':'))
          violations.push(`${urlPath}: ${what} "${text}" does not carry the status`);
      }
    }
    $('a[href*="/claims/"]').each((_, element) => {
      const id = $(element)
        .attr('href')!
        .match(/\/claims\/([^/]+)\/$/)?.[1];
      if (!id || !claimById.has(id)) return;
      checked.claimLinks++;
      const text = $(element).text().trim().replace(/\s+/g, ' ');
      if (!STATUS_PREFIX.test(text))
        violations.push(`${urlPath}: a link to claim ${id} reads "${text.slice(0, 60)}…" without its status`);
    });
    // 6. An outlet we only probably attribute is named with "probable" wherever it is named.
    $('a[href*="/sources/"]').each((_, element) => {
      const id = $(element)
        .attr('href')!
        .match(/\/sources\/([^/]+)\/$/)?.[1];
      if (!id || !probableOutlets.has(id) || urlPath === `/sources/${id}/`) return;
      checked.outletLinks++;
      const around = $(element).parent().text();
      if (!/probabl/i.test(around))
        violations.push(`${urlPath}: outlet ${id} is named without "probable" ("${around.trim().slice(0, 60)}")`);
    });
    // 6b. A link to a report we only probably attribute that names its outlet says "probable" too (the previous and
    // next links, cards, lists): a component may name the outlet without linking to it.
    $('a[href*="/reports/"]').each((_, element) => {
      const target = reportByUrl.get(new URL($(element).attr('href')!, `http://site.test${urlPath}`).pathname);
      if (!target || target.attribution !== 'probable') return;
      // The name itself may be the link, inside the outlet's name (OutletName), which says "probable" after it.
      const outlet = $(element).closest('.outlet');
      const text = (outlet.length ? outlet : $(element)).text().replace(/\s+/g, ' ');
      if (!text.includes(outletName.get(target.outlet)!)) return;
      checked.probableReportLinks++;
      if (!/probabl/i.test(text))
        violations.push(
          `${urlPath}: a link to ${target.id} names ${target.outlet} without "probable" ("${text.trim().slice(0, 60)}")`,
        );
    });
    // 7. "First" only of our collection, and only where the dates prove it: never "first to cover".
    const eventId = urlPath.match(/^\/events\/([^/]+)\/$/)?.[1];
    const event = eventId && story.events.find((candidate) => candidate.id === eventId);
    if (/\bfirst to (cover|report)\b/i.test($('main').text())) {
      violations.push(`${urlPath}: says "first to cover": we know only which report we hold came first`);
    }
    if (event && !event.firstCoverage.known && /\bFirst here\b/.test($('main').text())) {
      violations.push(`${urlPath}: says "First here" although the dates do not prove which report came first`);
    }
    // 8. An estimate is never enumerated as days ("c. 1, 2 or 3 February").
    for (const match of $('main')
      .text()
      .matchAll(/\bc\. \d{1,2}(?:, \d{1,2})*(?: or|–) ?\d{1,2} [A-Z][a-z]+/g))
      violations.push(`${urlPath}: "${match[0]}" enumerates an approximate date as days`);
  }
  // 9. A local time whose offset we only infer is never an instant: not in feeds, JSON-LD or story.json.
  for (const report of story.reports.filter((candidate) => candidate.published.precision === 'local-minute')) {
    const [local, offset] = report.published.value.split(' probably ');
    const instant = new Date(`${local}${offset}`);
    const forms = [instant.toISOString().slice(0, 16), instant.toUTCString().slice(0, 22), `${local}${offset}`];
    for (const file of listFiles(dist).filter(
      (name) => /\.(html|xml|json)$/.test(name) && !name.startsWith('pagefind/'),
    )) {
      const text = readFileSync(join(dist, file), 'utf8');
      for (const form of forms)
        if (text.includes(form))
          violations.push(`${file}: states ${report.id}'s inferred local time as the instant ${form}`);
    }
  }
  return { violations, checked };
}
