import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { TEST_BUILDS } from '../helpers/build';
import { readPages } from '../helpers/dist';

const dist = `${TEST_BUILDS}/la`;
const pages = readPages(dist);
const page = (urlPath: string) => {
  const found = pages.find((candidate) => candidate.urlPath === urlPath);
  if (!found) throw new Error(`no page at ${urlPath}`);
  return found.$;
};
const claimIds = readdirSync('content/claims').map((file) => file.replace(/\.yaml$/, ''));

describe('the claims ledger', () => {
  it('lists every claim with its status, who made or broke it, who first carried it and how widely', () => {
    const $ = page('/claims/');
    expect($('.claim-card')).toHaveLength(claimIds.length);
    const xiaomi = $('a[href="/claims/ford-xiaomi-us-talks/"]').closest('.claim-card');
    expect(xiaomi.find('.claim-status').text()).toBe('Denied');
    expect(xiaomi.find('a[href="/claims/ford-xiaomi-us-talks/"]').text()).toMatch(
      /^Denied: Ford held early talks with Xiaomi/,
    );
    expect(xiaomi.text().replace(/\s+/g, ' ')).toContain(
      'Reported by Financial Times, citing unnamed sources, early February 2026 · first carried here by AutoPapo',
    );
    const trump = $('a[href="/claims/trump-let-china-come-in/"]').closest('.claim-card');
    expect(trump.text().replace(/\s+/g, ' ')).toContain('Said on the record by Donald Trump, 13 January 2026');
    expect(trump.text()).not.toMatch(/made by Electrek|broke.*Electrek/i);
    // Duffy's remark is known only to January: its order against Trump's 13 January speech is not known.
    const duffy = $('a[href="/claims/duffy-canada-will-regret/"]').closest('.claim-card');
    expect(duffy.find('.tag--unknown').text()).toBe('Order not known');
    expect(trump.find('.tag--unknown').text()).toBe('Order not known');
    expect($('.lede').text()).not.toMatch(/in the order they were first made:/);
    // A claim Electrek says was reported weeks before is not dated by Electrek's report; the Geely one is also
    // carried by Drive (probable), dated only to February, so who carried it here first is not known.
    // Its history records Electrek carrying it, not reporting it first.
    expect(page('/claims/ford-geely-europe-plant/')('.claim-history').text().replace(/\s+/g, ' ')).toContain(
      'carried here by Electrek',
    );
    const geely = $('a[href="/claims/ford-geely-europe-plant/"]').closest('.claim-card');
    expect(geely.text().replace(/\s+/g, ' ')).toContain(
      'Reported without a source, first by an outlet not known · first carried here by one of Drive (probable) and Electrek (order unknown)',
    );
    const batteries = $('a[href="/claims/ford-byd-hybrid-batteries/"]').closest('.claim-card');
    expect(batteries.text().replace(/\s+/g, ' ')).toContain(
      'Reported without a source, first by an outlet not known · first carried here by Electrek',
    );
  });

  it('gives each claim a page with its dated history and the reports carrying it', () => {
    for (const id of claimIds) expect(page(`/claims/${id}/`)('h1').text().length).toBeGreaterThan(10);
    const $ = page('/claims/ford-xiaomi-us-talks/');
    const history = $('.claim-history li');
    expect(history.length).toBeGreaterThanOrEqual(3);
    expect(history.first().find('.claim-status').text()).toBe('Unconfirmed');
    expect(history.first().find('a').attr('href')).toBe('/sources/financial-times/');
    expect(history.eq(1).find('.claim-status').text()).toBe('Denied');
    expect(history.eq(1).find('time').text()).toBe('early February 2026');
    expect(
      $('.response')
        .map((_, el) => $(el).text())
        .get(),
    ).toEqual(Array(3).fill('It mentions the response'));
  });

  it('shows a report’s claims and an entity’s claims', () => {
    expect(page('/reports/autopapo-ford-denies-byd-xiaomi-talks/')('#claims').parent().find('.claim-card').length).toBe(
      4,
    );
    expect(page('/entities/xiaomi/')('#claims').parent().find('.claim-card').length).toBeGreaterThan(0);
  });
});

describe('the coverage matrix', () => {
  const $ = page('/coverage/');

  it('is a table with row and column headers, scrolling in its own focusable box', () => {
    const matrix = $('#events-matrix-caption').closest('.matrix');
    expect(matrix.attr('tabindex')).toBe('0');
    expect(matrix.attr('role')).toBe('region');
    expect(matrix.find('thead th[scope="col"]').length).toBe(1 + 7);
    expect(matrix.find('tbody th[scope="row"]').length).toBe(readdirSync('content/events').length);
  });

  it('marks who broke a story, who was first and who re-reported a cited outlet', () => {
    const row = $('#events-matrix-caption')
      .closest('table')
      .find('tbody tr')
      .filter((_, tr) => $(tr).find('th a').attr('href') === '/events/bloomberg-reports-jv-talks/');
    const headers = $('#events-matrix-caption')
      .closest('table')
      .find('thead th')
      .map((_, th) => $(th).text())
      .get();
    const cellFor = (outlet: string) =>
      row
        .find('td')
        .eq(headers.indexOf(outlet) - 1)
        .text();
    expect(cellFor('Bloomberg')).toContain('broke it');
    // Electrek (16 February) may or may not precede the three reports dated only to February.
    expect(cellFor('Electrek')).toContain('among the first here; order unknown; via Bloomberg');
    expect(cellFor('AutoGuide')).toContain('among the first here; order unknown; via Bloomberg');
    expect(headers).toContain('Drive (probable)');
    expect(cellFor('Drive (probable)')).toContain('order unknown');
    expect(cellFor('AutoPapo')).toBe('not covered');
  });

  it('draws who cites whom', () => {
    expect($('.citations svg title').text()).toContain('Electrek cites Bloomberg in 1 report');
    expect(page('/sources/electrek/')('.facts').text()).toContain('Relies on');
    expect(page('/sources/bloomberg/')('.facts').text()).toMatch(/Relied on by.*AutoGuide/s);
  });
});

describe('/story.json', () => {
  const story = JSON.parse(readFileSync(`${dist}/story.json`, 'utf8'));
  const schema = JSON.parse(readFileSync(`${dist}/story.schema.json`, 'utf8'));

  it('validates against the JSON Schema published beside it', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(story), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(story.$schema).toBe(schema.$id);
    expect(story.schemaVersion).toBe('2.1.0');
  });

  it('holds every entry and the links between them', () => {
    expect(story.reports).toHaveLength(5);
    expect(story.outlets).toHaveLength(7);
    expect(story.claims).toHaveLength(claimIds.length);
    const autopapo = story.reports.find(
      (report: { id: string }) => report.id === 'autopapo-ford-denies-byd-xiaomi-talks',
    );
    expect(autopapo).toMatchObject({
      outlet: 'autopapo',
      cites: ['financial-times'],
      published: { value: '2026-02-04T08:00 probably -03:00', precision: 'local-minute', known: 'local-time' },
    });
    expect(autopapo.claims).toContainEqual({ claim: 'ford-xiaomi-us-talks', mentionsResponse: true });
    const drive = story.reports.find((report: { id: string }) => report.id === 'drive-farley-trump-officials-met');
    expect(drive).toMatchObject({
      originalUrl: null,
      attribution: 'probable',
      published: { value: '2026-02', precision: 'month' },
    });
  });

  it('is rejected by its schema when a required link is missing', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const broken = structuredClone(story);
    delete broken.reports[0].outlet;
    expect(ajv.validate(schema, broken)).toBe(false);
  });
});
