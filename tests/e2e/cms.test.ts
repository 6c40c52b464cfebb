// The CMS (Decap CMS at /admin/) as an editor uses it: `npm run edit` on a temporary copy of the content,
// Chromium filling in the form. What it writes must be what a hand-written file holds, pass the checker and build; an
// edit must change only its own line; a save the checker refuses must say so in the form, the terminal and the
// overlay; Ctrl-C must stop the site and the backend together.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idFromWords } from '../../src/lib/ids';
import { browserPath, launchBrowser } from '../helpers/browser';
import { buildSite, TEST_BUILDS } from '../helpers/build';
import { readPages } from '../helpers/dist';

const executable = browserPath();
const SCREENSHOTS = 'test-results/screenshots';
const MINUTE = 60_000;
/** A journey in the browser: generous, since the dev site may restart under it (see `retried`). */
const JOURNEY = 5 * MINUTE;

/** The seed's one story, as the form's story menu lists it. */
const STORY_TITLE = 'Ford and the idea of Chinese EV makers building cars in the US';
const REPORT = {
  headline: 'Ford weighs Chinese partners for US factories, report says',
  outlet: { id: 'electrek', name: 'Electrek' },
  published: '2026-02',
  after: { id: 'bloomberg-reports-jv-talks', title: 'Bloomberg reports Farley' },
  summary:
    'Electrek relays Bloomberg: Ford would let Chinese EV makers build cars in the US through joint ventures it controls.',
  events: [{ id: 'bloomberg-reports-jv-talks', title: 'Bloomberg reports Farley' }],
  entities: [
    { id: 'ford', name: 'Ford' },
    { id: 'jim-farley', name: 'Jim Farley' },
  ],
  digest: 'Electrek adds little to the scoop. Jim Farley, it says, put the idea to administration officials.',
};
/** The report the second journey corrects, and the report whose dates the third one breaks. */
const EDITED = 'electrek-ford-asks-administration-chinese-ev-tech';

/** Today as the form's `added` default writes it: the editor's day, in UTC. */
const today = new Date().toISOString().slice(0, 10);

/**
 * Tries again while the dev site is away: Astro restarts it when any astro.config file under the project changes,
 * tmp/ included, where other tools copy the project.
 */
async function retried<T>(action: () => Promise<T>, timeout = 2 * MINUTE): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await action();
    } catch (error) {
      if (
        Date.now() > deadline ||
        !/ERR_CONNECTION_REFUSED|ERR_EMPTY_RESPONSE|ERR_CONNECTION_RESET/.test(String(error))
      )
        throw error;
      await new Promise((done) => setTimeout(done, 1000));
    }
  }
}

const withoutTestRunner = (env: NodeJS.ProcessEnv) =>
  Object.fromEntries(Object.entries(env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST')));

/** Ports the system says are free on 127.0.0.1, all different. */
async function freePorts(count: number): Promise<number[]> {
  const servers = Array.from({ length: count }, () => createServer());
  const ports = await Promise.all(
    servers.map(
      (server) =>
        new Promise<number>((done) =>
          server.listen(0, '127.0.0.1', () => done((server.address() as AddressInfo).port)),
        ),
    ),
  );
  await Promise.all(servers.map((server) => new Promise((done) => server.close(done))));
  return ports;
}

const portOpen = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => (socket.destroy(), done(true)));
    socket.on('error', () => done(false));
  });

async function waitFor(what: string, ready: () => Promise<boolean>, timeout: number, log: () => string) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await ready().catch(() => false)) return;
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`${what} did not come up in ${timeout / 1000} s. Output of npm run edit:\n${log()}`);
}

describe.skipIf(!executable)('the CMS at /admin/, on `npm run edit` over a copy of the content', () => {
  const work = resolve(mkdtempSync('tmp/cms-e2e-'));
  const content = join(work, 'content');
  let sitePort: number;
  let backendPort: number;
  let edit: ChildProcess;
  let output = '';
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let admin: string;

  /** Each journey in a fresh tab, as an editor opening a link would start it. */
  const open = async (route: string) => {
    await page?.close();
    page = await context.newPage();
    // Restoring the backup of a form abandoned in an earlier journey: no.
    page.on('dialog', (dialog) => dialog.dismiss());
    // Until Decap has started: a restart of the dev server can cost a page its script.
    const ready = page.locator('#nc-root');
    await retried(async () => {
      await page.goto(`${admin}${route}`);
      await ready.waitFor({ state: 'attached', timeout: 30_000 }).catch(async (error: Error) => {
        await page.goto('about:blank');
        throw new Error(`ERR_CONNECTION_RESET: the CMS did not start (${error.message})`);
      });
    });
  };
  const file = (id: string) => join(content, 'reports', `${id}.md`);
  const field = (label: string) => page.getByLabel(label, { exact: true }).first();
  /** Picks an entry in a relation or select menu by typing part of its name. */
  const pick = async (label: string, text: string) => {
    const input = field(label);
    await input.click();
    await input.pressSequentially(text);
    await page.getByRole('option', { name: text }).first().click();
  };
  const saveButton = () => page.getByRole('button', { name: 'Save', exact: true });
  /** One plain Save button: no menu of "Save now / and create another / and duplicate". */
  const save = async () => {
    await page.evaluate(() => document.getElementById('story-check')?.remove());
    await saveButton().click();
    // The checker's verdict follows every save on the dev site.
    await page.locator('#story-check').waitFor({ timeout: MINUTE });
    return page.locator('#story-check').innerText();
  };
  /** Whether an element is inside the window, as the editor sees it. */
  const onScreen = (locator: ReturnType<Page['locator']>) =>
    locator.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.bottom > 0 && box.top < window.innerHeight;
    });

  beforeAll(async () => {
    cpSync('content', content, { recursive: true });
    mkdirSync(SCREENSHOTS, { recursive: true });
    // Two ports held at once: one after the other, the system may hand out the same port twice.
    [sitePort, backendPort] = await freePorts(2);
    // Its own process group, so afterAll can stop every process it started (tsx, astro, decap-server) and nothing else.
    // On 127.0.0.1, not "localhost": a server on ::1 leaves the same port on 127.0.0.1 to any other process.
    edit = spawn(
      'node_modules/.bin/tsx',
      ['scripts/edit.ts', '--port', String(sitePort), '--host', '127.0.0.1', '--cms-port', String(backendPort)],
      {
        // As an editor's shell starts it: under vitest's NODE_ENV=test and VITEST, astro dev answers no page at all.
        env: {
          ...withoutTestRunner(process.env),
          CONTENT_DIR: content,
          ASTRO_CACHE_DIR: join(work, 'astro-cache'),
          FORCE_COLOR: '0',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    edit.stdout!.on('data', (chunk) => (output += chunk));
    edit.stderr!.on('data', (chunk) => (output += chunk));
    admin = `http://127.0.0.1:${sitePort}/admin/`;
    await waitFor(
      'decap-server',
      () => portOpen(backendPort),
      2 * MINUTE,
      () => output,
    );
    // The CMS's bundle (Decap with React) is built as the site starts.
    await waitFor(
      'the dev site and the CMS',
      async () => (await fetch(`${admin}cms.js`)).ok,
      4 * MINUTE,
      () => output,
    );
    browser = await launchBrowser(executable!);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await open('');
    // The local backend needs no account: Decap asks for a click all the same (once: it remembers the session). The
    // login page names the site.
    const login = page.getByRole('button', { name: 'Log in to JV Watch' });
    await login.waitFor({ timeout: 2 * MINUTE });
    await page.locator('img[src="logo.svg"]').waitFor();
    await expect(
      page.locator('img[src="logo.svg"]').evaluate((image: HTMLImageElement) => image.naturalWidth),
    ).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}/cms-login-1280.png` });
    await login.click();
  }, 6 * MINUTE);

  afterAll(async () => {
    await browser?.close();
    // What `npm run edit` printed (the checker's messages among it), for whoever reads a failure.
    writeFileSync(`${SCREENSHOTS}/../cms-edit.log`, output);
    if (edit?.pid && edit.exitCode === null && edit.signalCode === null) {
      try {
        process.kill(-edit.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    rmSync(work, { recursive: true, force: true });
  });

  it(
    'lists the collections in our words, and the report form shows our field descriptions as hints',
    async () => {
      await open('#/collections/reports');
      for (const name of ['Reports', 'Events', 'Outlets', 'People and organisations', 'Claims', 'Stories', 'Site']) {
        await page.getByRole('link', { name, exact: true }).first().waitFor();
      }
      // Dates as readers see them, the outlet's name (not its id), newest first.
      await page.getByText('16 February 2026, 15:45 UTC · Electrek · Ford is asking').waitFor();
      const lines = await page.locator('a[href*="#/collections/reports/entries/"]').allInnerTexts();
      expect(lines[0]).toMatch(/^16 February 2026, 15:45 UTC · Electrek · /);
      expect(lines[1]).toMatch(/^4 February 2026, 08:00 local time \(probably UTC−3\) · AutoPapo · /);
      // An outlet we only probably attribute is named so here too.
      expect(lines.find((line) => line.includes('Ford CEO and Trump administration met'))).toMatch(
        /^February 2026 · Drive \(probable\) · /,
      );
      expect(lines.join('\n')).not.toMatch(/\d{4}-\d{2}|electrek ·/);
      // The site takes no images: no Media tab.
      await expect(page.getByRole('button', { name: 'Media' }).count()).resolves.toBe(0);
      await page.screenshot({ path: `${SCREENSHOTS}/cms-collection-list-1280.png` });

      // Events are offered by date, newest first, in the report form's pickers.
      await open('#/collections/reports/new');
      await field('Events (optional)').click();
      await page.getByRole('option').first().waitFor();
      const offered = await page.getByRole('option').allInnerTexts();
      const dates = new Map(
        readdirSync(join(content, 'events'))
          .map((name) => readFileSync(join(content, 'events', name), 'utf8'))
          .map((text) => [/^title: "?(.*?)"?$/m.exec(text)![1], /^date: "?(.*?)"?$/m.exec(text)![1]] as const),
      );
      const offeredDates = offered.map((title) => dates.get(title) ?? `not an event: ${title}`);
      expect(offeredDates.length).toBeGreaterThan(2);
      expect(offeredDates).toEqual([...offeredDates].sort((a, b) => b.localeCompare(a)));

      await open('#/collections/reports/new');
      await field('Headline').waitFor();
      await expect(page.getByText('The outlet’s own headline, unchanged.').count()).resolves.toBe(1);
      await expect(page.getByText('Accepted: "2026-02" (a month)').first().isVisible()).resolves.toBe(true);
      // The form's own defaults for a new report, as `npm run new:report` writes them.
      await expect(field('Added').inputValue()).resolves.toBe(today);
      await expect(field('Draft (optional)').getAttribute('aria-checked')).resolves.toBe('true');
      // A new, empty form is not "saved", and offers one plain Save.
      await page.getByText('Not saved yet', { exact: true }).waitFor();
      await expect(page.getByText('Saved', { exact: true }).count()).resolves.toBe(0);
      await expect(saveButton().count()).resolves.toBe(1);
      // Hints in editors' words, and nothing in capitals.
      const text = await page.locator('#nc-root').innerText();
      expect(text).not.toMatch(/content\/|BCP 47|npm run|docs\/|\["|\bIds? of/);
      expect(text).not.toMatch(/\b[A-Z]{4,}\b(?<!\bUTC)/);
      await page.waitForLoadState('networkidle'); // the outlet and event menus load their options
      await page.screenshot({ path: `${SCREENSHOTS}/cms-report-form-1280.png` });
      await page.setViewportSize({ width: 390, height: 844 });
      // The form fits a phone: the headline's box ends inside the window.
      await expect
        .poll(() => field('Headline').evaluate((input) => input.getBoundingClientRect().right))
        .toBeLessThanOrEqual(390);
      await page.screenshot({ path: `${SCREENSHOTS}/cms-report-form-390.png` });
      await page.setViewportSize({ width: 1280, height: 900 });
    },
    JOURNEY,
  );

  it(
    'refuses a date in a form we do not write, says so and shows the field even when it is off screen; never offers a date picker',
    async () => {
      await open(`#/collections/reports/entries/${EDITED}`);
      const published = field('Published');
      await expect(published.getAttribute('type')).resolves.toBe('text');
      await expect.poll(() => published.inputValue(), { timeout: MINUTE }).not.toBe('');
      await published.fill('February 2026');
      await page.locator('[data-slate-editor="true"]').first().scrollIntoViewIfNeeded();
      expect(await onScreen(published)).toBe(false);
      await saveButton().click();
      const refusal = page.locator('#story-check');
      await refusal.waitFor({ timeout: MINUTE });
      const said = await refusal.innerText();
      expect(said).toContain('Not saved');
      expect(said).toContain('Published: write "2026-02"');
      await expect.poll(() => onScreen(published), { timeout: 10_000 }).toBe(true);
      await page.getByText('never more precise than known').first().waitFor();
      await page.screenshot({ path: `${SCREENSHOTS}/cms-refused-date-1280.png` });
      expect(readFileSync(file(EDITED), 'utf8')).toContain('published: "2026-02-16T15:45Z"');
    },
    JOURNEY,
  );

  it(
    'creates a report with relations, a month-only date and a digest: the file is what a hand-written one holds',
    async () => {
      await open('#/collections/reports/new');
      await field('Headline').fill(REPORT.headline);
      await pick('Stories', STORY_TITLE);
      await pick('Outlet', REPORT.outlet.name);
      await field('Published').fill(REPORT.published);
      await pick('Published after (optional)', REPORT.after.title);
      await field('Summary').fill(REPORT.summary);
      for (const event of REPORT.events) await pick('Events (optional)', event.title);
      for (const entity of REPORT.entities) await pick('People and organisations (optional)', entity.name);
      await field('Draft (optional)').click(); // the editor clears the draft flag
      await page.locator('[data-slate-editor="true"]').first().click();
      await page.keyboard.type(REPORT.digest);
      await field('Summary').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOTS}/cms-report-form-filled-1280.png` });
      await expect(save()).resolves.toContain('The content check found no problems');

      const id = `${REPORT.outlet.id}-${idFromWords(REPORT.headline)}`;
      await expect.poll(() => page.url()).toBe(`${admin}#/collections/reports/entries/${id}`);
      // After the save: a link to the page on the dev site, in the panel and in the toolbar; the page is there.
      const address = `http://127.0.0.1:${sitePort}/reports/${id}/`;
      await expect(page.locator('#story-check a').first().getAttribute('href')).resolves.toBe(address);
      await expect(page.locator('#story-page-link').getAttribute('href')).resolves.toBe(address);
      await expect.poll(async () => (await fetch(address)).status, { timeout: MINUTE }).toBe(200);
      await expect(fetch(address).then((response) => response.text())).resolves.toContain(REPORT.headline);
      await page.screenshot({ path: `${SCREENSHOTS}/cms-saved-link-1280.png` });
      expect(readFileSync(file(id), 'utf8')).toBe(
        [
          '---',
          `headline: "${REPORT.headline}"`,
          'stories: [ford-chinese-ev-jv]',
          `source: ${REPORT.outlet.id}`,
          'attribution: confirmed',
          `published: "${REPORT.published}"`,
          `publishedAfter: ${REPORT.after.id}`,
          'language: en',
          `summary: "${REPORT.summary}"`,
          `events: [${REPORT.events.map((event) => event.id).join(', ')}]`,
          `entities: [${REPORT.entities.map((entity) => entity.id).join(', ')}]`,
          `added: "${today}"`,
          '---',
          REPORT.digest,
          '',
        ].join('\n'),
      );
    },
    JOURNEY,
  );

  it(
    'never overwrites: the same headline from the same outlet gets a new file name',
    async () => {
      const id = `${REPORT.outlet.id}-${idFromWords(REPORT.headline)}`;
      const before = readFileSync(file(id), 'utf8');
      await open('#/collections/reports/new');
      await field('Headline').fill(REPORT.headline);
      await pick('Stories', STORY_TITLE);
      await pick('Outlet', REPORT.outlet.name);
      await field('Published').fill('2026-02-17');
      await field('Summary').fill('A second report under the same headline, kept as a draft.');
      await save();
      await expect.poll(() => page.url()).toBe(`${admin}#/collections/reports/entries/${id}-1`);
      expect(readFileSync(file(id), 'utf8')).toBe(before);
      expect(readFileSync(file(`${id}-1`), 'utf8')).toContain('draft: true\n');
      rmSync(file(`${id}-1`)); // a draft: the build below would leave it out anyway
    },
    JOURNEY,
  );

  it(
    'corrects an existing headline: the file changes on that line only',
    async () => {
      const before = readFileSync(file(EDITED), 'utf8');
      await open(`#/collections/reports/entries/${EDITED}`);
      const headline = field('Headline');
      await expect(headline.inputValue()).resolves.toBe(
        'Ford is asking the Trump Administration to allow Chinese EV tech in the US',
      );
      await headline.fill('Ford is asking the Trump administration to allow Chinese EV tech in the US');
      await expect(save()).resolves.toContain('The content check found no problems');

      const after = readFileSync(file(EDITED), 'utf8');
      const [old, now] = [before.split('\n'), after.split('\n')];
      expect(now).toHaveLength(old.length);
      const changed = now.flatMap((line, index) => (line === old[index] ? [] : [[old[index], line]]));
      expect(changed).toEqual([
        [
          'headline: "Ford is asking the Trump Administration to allow Chinese EV tech in the US"',
          'headline: "Ford is asking the Trump administration to allow Chinese EV tech in the US"',
        ],
      ]);
    },
    JOURNEY,
  );

  it(
    'shows what the checker refuses in the form, the terminal and the overlay; clearing the field restores the file',
    async () => {
      const before = readFileSync(file(EDITED), 'utf8');
      await open(`#/collections/reports/entries/${EDITED}`);
      await field('Headline').waitFor();
      await field('Updated (optional)').fill('2026-02-10'); // a valid form, but before the report was published
      const verdict = await save();
      // In the form's words: the field's label, no file or line; and no green "Saved" toast beside it.
      expect(verdict).toContain('Saved, but the site will not build until this is fixed');
      expect(verdict).toContain('Updated: is earlier than published (2026-02-16T15:45Z)');
      expect(verdict).not.toContain('.md');
      await expect(page.locator('.Toastify__toast--success').isVisible()).resolves.toBe(false);
      await page.screenshot({ path: `${SCREENSHOTS}/cms-check-error-1280.png` });
      await expect
        .poll(() => output, { timeout: MINUTE })
        .toContain(`${EDITED}.md:7 updated: is earlier than published`);
      // Any page of the dev site opened (or reloaded) while the error lasts shows it.
      const site = await context.newPage();
      const overlay = async () => {
        await retried(() => site.goto(`http://127.0.0.1:${sitePort}/`));
        await site.waitForTimeout(1000);
        return site.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
      };
      await expect
        .poll(overlay, { timeout: 2 * MINUTE, interval: 1000 })
        .toContain('updated: is earlier than published');
      await site.screenshot({ path: `${SCREENSHOTS}/cms-checker-overlay-1280.png` });
      await site.close();

      const updated = field('Updated (optional)');
      await updated.click();
      await updated.press('Control+a');
      await updated.press('Backspace');
      await expect(save()).resolves.toContain('The content check found no problems');
      expect(readFileSync(file(EDITED), 'utf8')).toBe(before);
    },
    JOURNEY,
  );

  it(
    'undoes a mistake after a save: the old value typed back is a change, and saving it restores the file',
    async () => {
      const before = readFileSync(file(EDITED), 'utf8');
      await open(`#/collections/reports/entries/${EDITED}`);
      const published = field('Published');
      await expect.poll(() => published.inputValue(), { timeout: MINUTE }).toBe('2026-02-16T15:45Z');
      await published.fill('2099-06-01');
      const verdict = await save();
      // "turn on Scheduled", the form's switch, not the YAML a file would need.
      expect(verdict).toContain('Published: is 2099-06-01, after now');
      expect(verdict).toContain('turn on “Scheduled”');
      expect(verdict).not.toContain('scheduled: true');
      expect(readFileSync(file(EDITED), 'utf8')).toContain('published: "2099-06-01"');

      await expect.poll(() => published.inputValue(), { timeout: MINUTE }).toBe('2099-06-01');
      await published.fill('2026-02-16T15:45Z');
      await page.getByText('Not saved', { exact: true }).waitFor();
      await expect(saveButton().isEnabled()).resolves.toBe(true);
      await expect(save()).resolves.toContain('The content check found no problems');
      expect(readFileSync(file(EDITED), 'utf8')).toBe(before);
    },
    JOURNEY,
  );

  it(
    'leaves content that `npm run check` passes and that builds, the new report on its outlet’s page',
    () => {
      const check = spawnSync('node_modules/.bin/tsx', ['scripts/check-content.ts'], {
        env: { ...process.env, CONTENT_DIR: content },
        encoding: 'utf8',
      });
      expect(check.stdout).toContain('✓ content checked: no problems');
      expect(check.status).toBe(0);

      // A production build with the GitHub backend configured writes the CMS into dist/admin/ too.
      const dist = `${TEST_BUILDS}/cms`;
      const built = buildSite(dist, { CONTENT_DIR: content, CMS_GITHUB_REPO: 'example/jv-watch' });
      expect(built.status, built.output).toBe(0);
      const id = `${REPORT.outlet.id}-${idFromWords(REPORT.headline)}`;
      const outlet = readFileSync(`${dist}/sources/${REPORT.outlet.id}/index.html`, 'utf8');
      expect(outlet).toContain(`href="/reports/${id}/"`);
      expect(outlet).toContain(REPORT.headline);
      expect(readFileSync(`${dist}/reports/${EDITED}/index.html`, 'utf8')).toContain('Trump administration to allow');

      const adminPage = readFileSync(`${dist}/admin/index.html`, 'utf8');
      expect(adminPage).toContain('<meta name="robots" content="noindex, nofollow">');
      expect(adminPage).not.toContain('data-pagefind-body');
      expect(existsSync(`${dist}/admin/cms.js`)).toBe(true);
      const config = readFileSync(`${dist}/admin/config.yml`, 'utf8');
      expect(config).toContain('name: github\n  repo: example/jv-watch');
      // GitHub sees the repository, where the content folder is (here, the copy under tmp/).
      expect(config).toContain(`folder: ${relative(process.cwd(), content)}/reports\n`);
      expect(config).not.toContain('local_backend');
      // Each entry's page, for the link after a save (on the public site once it is rebuilt).
      expect(config).toContain('preview_path: reports/{{slug}}/');
      expect(readFileSync(`${dist}/admin/logo.svg`, 'utf8')).toContain('JV Watch');
      // Only the CMS's page loads the CMS; robots and the sitemap leave it out.
      for (const { urlPath, html } of readPages(dist).filter(({ urlPath }) => urlPath !== '/admin/')) {
        expect(html, urlPath).not.toMatch(/admin\/|cms\.js|decap/i);
      }
      expect(readFileSync(`${dist}/robots.txt`, 'utf8')).toContain('Disallow: /admin/\n');
      expect(readFileSync(`${dist}/sitemap-0.xml`, 'utf8')).not.toContain('/admin/');
    },
    10 * MINUTE,
  );

  it(
    'stops the dev site and decap-server together on Ctrl-C',
    async () => {
      const exited = new Promise<number | null>((done) => edit.once('exit', (code) => done(code)));
      process.kill(-edit.pid!, 'SIGINT');
      await expect(exited).resolves.toBe(130); // 128 + SIGINT: interrupted, as shells report Ctrl-C
      await expect.poll(() => portOpen(backendPort), { timeout: 20_000 }).toBe(false);
      await expect.poll(() => portOpen(sitePort), { timeout: 20_000 }).toBe(false);
    },
    MINUTE,
  );
});
