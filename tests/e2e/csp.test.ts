// The Content Security Policy bites: a script slipped into a built page (as if the Markdown sanitiser had failed)
// does not run and is reported, while every real page, its theme toggle and search run with no violation at all.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SUBPATH } from '../build/global-setup';
import { browserPath, launchBrowser } from '../helpers/browser';
import { TEST_BUILDS } from '../helpers/build';
import { readPages } from '../helpers/dist';

const serverUrl = inject('serverUrl');
const executable = serverUrl ? browserPath() : undefined;
const dist = `${TEST_BUILDS}/subpath`;

/** A policy as a map from directive name to its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name, sources]),
  );
}

const sha256 = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const isClassicOrModuleScript = (type: string | undefined) =>
  !type || /^(module|text\/javascript|application\/javascript)$/i.test(type);

describe('the Content Security Policy of every built page', () => {
  for (const [build, base] of [
    ['la', '/'],
    ['subpath', SUBPATH],
  ] as const) {
    it(`${build} build: every page has one, allowing its own inline scripts by hash and nothing inline besides`, ({
      task,
    }) => {
      const problems: string[] = [];
      const pages = readPages(`${TEST_BUILDS}/${build}`, base);
      for (const { urlPath, $ } of pages) {
        const metas = $('head meta[http-equiv="content-security-policy"]');
        if (metas.length !== 1) {
          problems.push(`${urlPath}: ${metas.length} CSP <meta> elements in <head>`);
          continue;
        }
        const policy = parsePolicy(metas.attr('content')!);
        const scriptSrc = policy.get('script-src') ?? [];
        const check = (ok: boolean, what: string) => ok || problems.push(`${urlPath}: ${what}`);
        check(policy.get('default-src')?.join(' ') === "'none'", "default-src is not 'none'");
        check(policy.get('base-uri')?.join(' ') === "'none'", "base-uri is not 'none'");
        check(policy.get('form-action')?.join(' ') === "'none'", "form-action is not 'none'");
        check(scriptSrc.includes("'self'"), "script-src lacks 'self'");
        for (const source of [...scriptSrc, ...(policy.get('style-src') ?? [])]) {
          check(
            !/^'unsafe-|^\*$|^(data|blob|https?):/.test(source) || source === "'wasm-unsafe-eval'",
            `script-src/style-src allows ${source}`,
          );
        }
        check(
          scriptSrc.includes("'wasm-unsafe-eval'") === (urlPath === `${base}search/`),
          `'wasm-unsafe-eval' is${scriptSrc.includes("'wasm-unsafe-eval'") ? '' : ' not'} allowed`,
        );
        check(policy.get('connect-src')?.join(' ') === "'self'", "connect-src is not 'self'");
        check(
          policy.has('worker-src') === (urlPath === `${base}search/`),
          'worker-src is set on a page other than search, or not on search',
        );
        // Every script written into the page must be allowed by its hash: the build hashes them, this proves it did.
        $('script:not([src])').each((_, element) => {
          if (!isClassicOrModuleScript($(element).attr('type'))) return;
          const code = $(element).html() ?? '';
          check(scriptSrc.includes(sha256(code)), `inline script "${code.trim().slice(0, 50)}…" is not in script-src`);
        });
        // What the policy refuses must not be in our own pages: handlers, javascript: URLs, style attributes.
        $('*').each((_, element) => {
          for (const name of Object.keys((element as { attribs?: Record<string, string> }).attribs ?? {})) {
            check(!/^on/i.test(name), `<${(element as { name: string }).name} ${name}> is an inline event handler`);
            check(name !== 'style', `<${(element as { name: string }).name}> has a style attribute`);
          }
        });
        check($('[href^="javascript:" i], [src^="javascript:" i]').length === 0, 'a javascript: URL');
      }
      expect(problems).toEqual([]);
      expect(pages.length).toBeGreaterThan(80);
      task.meta.counts = { 'pages whose CSP was checked': pages.length };
    });
  }
});

/** What a page reported while it loaded: CSP violations, uncaught errors, console errors and warnings. */
interface Report {
  violations: string[];
  console: string[];
}

/** Listens before any of the page's own code runs (init scripts are not subject to the page's CSP). */
async function watch(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}${event.sample ? ` (${event.sample})` : ''}`,
      ),
    );
  });
}

function listen(page: Page, report: Report) {
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warning') return;
    // An unknown address answers with the 404 page and status 404: Chromium logs that for the page itself.
    if (/status of 404/.test(message.text()) && message.location().url === page.url()) return;
    report.console.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => report.console.push(`uncaught: ${error.message}`));
}

const violationsOf = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

/** Types a query into the search box: "found" once a result shows, else what went wrong (without waiting 30 s). */
async function searchFor(page: Page, query: string): Promise<string> {
  const input = page.locator('#search input[name="q"]');
  if (
    !(await input.waitFor({ timeout: 10_000 }).then(
      () => true,
      () => false,
    ))
  )
    return 'the search box never appeared';
  await input.fill(query);
  const found = await page
    .locator('.search-result__title a')
    .first()
    .waitFor({ timeout: 15_000 })
    .then(
      () => true,
      () => false,
    );
  return found ? 'found' : `no result for "${query}"`;
}

/** A directory of a built section, the first by name that passes the filter, e.g. reports/<first report>/. */
function firstPage(section: string, filter: (name: string) => boolean = () => true): string {
  const [first] = readdirSync(`${dist}/${section}`, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && filter(entry.name))
    .map((entry) => entry.name)
    .sort();
  if (!first) throw new Error(`${dist}/${section} has no page`);
  return `${section}/${first}/`;
}

describe.skipIf(!serverUrl || !executable)(
  'the Content Security Policy in Chromium, on the sub-path build served by nginx',
  () => {
    const base = serverUrl!;
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser(executable!);
    });
    afterAll(() => browser?.close());

    it('blocks a <script> and an onerror handler slipped into a built page, and reports both; without the policy both run', async () => {
      const path = firstPage('reports');
      const built = readFileSync(`${dist}/${path}index.html`, 'utf8');
      const slip =
        '<p>An unsafe paste:</p><script>window.__slipped = "script ran"</script>' +
        '<img src="no-such-image.png" alt="" onerror="window.__slippedHandler = &quot;handler ran&quot;">';
      expect(built).toContain('</main>');
      const injected = built.replace('</main>', `${slip}</main>`);
      const withoutPolicy = injected.replace(/<meta http-equiv="content-security-policy"[^>]*>/, '');
      expect(withoutPolicy).not.toBe(injected);

      const load = async (html: string) => {
        const context = await browser.newContext();
        await watch(context);
        const page = await context.newPage();
        // The copy is served at the page's own address with nginx's own headers, so it is the deployed page but for the slip.
        await page.route(`${base}${path}`, async (route) => {
          const {
            'content-length': _length,
            'content-encoding': _encoding,
            ...headers
          } = (await route.fetch()).headers();
          await route.fulfill({ status: 200, headers, body: html });
        });
        await page.goto(`${base}${path}`);
        await page
          .locator('img[src="no-such-image.png"]')
          .evaluate((image: HTMLImageElement) =>
            image.complete ? undefined : new Promise((done) => image.addEventListener('error', done, { once: true })),
          );
        const outcome = {
          ran: await page.evaluate(() => [
            (window as { __slipped?: string }).__slipped,
            (window as { __slippedHandler?: string }).__slippedHandler,
          ]),
          violations: await violationsOf(page),
        };
        await context.close();
        return outcome;
      };

      const guarded = await load(injected);
      expect(guarded.ran).toEqual([undefined, undefined]);
      expect(guarded.violations).toEqual([
        expect.stringMatching(/^script-src-elem blocked inline/),
        expect.stringMatching(/^script-src-attr blocked inline/),
      ]);

      // The control: the very same page without its policy runs both, so the test above cannot pass by accident.
      const unguarded = await load(withoutPolicy);
      expect(unguarded.ran).toEqual(['script ran', 'handler ran']);
      expect(unguarded.violations).toEqual([]);
    });

    const pageTypes: Record<string, string> = {
      home: '',
      stories: 'stories/',
      'story front': 'stories/ford-chinese-ev-jv/',
      report: firstPage('reports'),
      reports: 'reports/',
      outlet: firstPage('sources'),
      event: firstPage('events'),
      entity: firstPage('entities'),
      claim: firstPage('claims'),
      claims: 'claims/',
      coverage: 'coverage/',
      'timeline month': firstPage('timeline', (name) => /^\d{4}-\d{2}$/.test(name)),
      search: 'search/',
      'not found': 'no-such-page/',
    };

    it.for(['light', 'dark'] as const)(
      '%s scheme: every page type loads with no CSP violation and no console error or warning',
      async (colorScheme, { task }) => {
        const context = await browser.newContext({ colorScheme });
        await watch(context);
        const problems: string[] = [];
        for (const [name, path] of Object.entries(pageTypes)) {
          const report: Report = { violations: [], console: [] };
          const page = await context.newPage();
          listen(page, report);
          await page.goto(`${base}${path}`);
          // The theme bootstrap in <head> applied the choice stored on an earlier page…
          const [stored, applied] = await page.evaluate(() => [
            localStorage.getItem('theme'),
            document.documentElement.dataset.theme ?? null,
          ]);
          if (stored !== applied) problems.push(`${name}: stored theme ${stored} but the page shows ${applied}`);
          // …and the toggle's inline script ran: it unhides the button and flips the theme.
          const toggle = page.locator('.theme-toggle');
          if (await toggle.isVisible()) {
            const label = await toggle.textContent();
            await toggle.click();
            await expect.poll(() => toggle.textContent()).not.toBe(label);
          } else problems.push(`${name}: the theme toggle's script did not run (the button is still hidden)`);
          if (path === 'search/') {
            const outcome = await searchFor(page, 'ford');
            if (outcome === 'found') {
              // Enter submits the form, which the script turns into a search on the page; opening the filters
              // fetches their data. Neither may trip the policy.
              await page.locator('#search input[name="q"]').press('Enter');
              await page.locator('.search-filters summary').click();
              await page.locator('.search-filters select').first().waitFor();
            } else problems.push(`${name}: ${outcome}`);
          }
          report.violations = await violationsOf(page);
          for (const line of [...report.violations, ...report.console]) problems.push(`${name} (${path}): ${line}`);
          await page.close();
        }
        await context.close();
        expect(problems).toEqual([]);
        task.meta.counts = { 'pages swept for CSP violations': Object.keys(pageTypes).length };
      },
    );

    it('finds results when Pagefind cannot start its worker and searches on the page itself (what /search/ allows WebAssembly for)', async () => {
      const context = await browser.newContext();
      await watch(context);
      const page = await context.newPage();
      await page.route('**/pagefind-worker.js', (route) => route.abort());
      await page.goto(`${base}search/`);
      const outcome = await searchFor(page, 'ford');
      expect({ outcome, violations: await violationsOf(page) }).toEqual({ outcome: 'found', violations: [] });
      await context.close();
    });
  },
);
