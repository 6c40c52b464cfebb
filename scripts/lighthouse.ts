// Lighthouse (mobile) scores for a built site: serves dist/ on loopback, audits four pages, prints a Markdown report.
// Usage: tsx scripts/lighthouse.ts [--dist DIR] [--out FILE]   (build first: `astro build`)
// A report, not a test: it exits 0 whatever the scores, non-zero only when it cannot run.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { chromiumArgs, chromiumPath } from './browser';
import { serveStatic, type StaticServer } from './static-server';

// ---- Types of the summary this script writes ----------------------------------------------------------------------

const categoryIds = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type CategoryId = (typeof categoryIds)[number];
const categoryLabels: Record<CategoryId, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best Practices',
  seo: 'SEO',
};

interface FailingAudit {
  id: string;
  title: string;
  displayValue?: string;
  /** 0–1, as Lighthouse reports it. */
  score: number;
  categories: CategoryId[];
}

interface PageSummary {
  name: string;
  path: string;
  /** 0–100, or null when Lighthouse could not score the category. */
  scores: Record<CategoryId, number | null>;
  failingAudits: FailingAudit[];
  runWarnings: string[];
}

interface Summary {
  lighthouseVersion: string;
  chromiumVersion: string;
  formFactor: string;
  throttlingMethod: string;
  pages: PageSummary[];
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
const isDirectory = (path: string) => existsSync(path) && statSync(path).isDirectory();

// ---- Pages --------------------------------------------------------------------------------------------------------

function firstFolder(dist: string, section: string): string {
  const dir = join(dist, section);
  if (!isDirectory(dir)) throw new Error(`${dir} does not exist: is ${dist} a complete build?`);
  const [first] = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (!first) throw new Error(`${dir} has no pages.`);
  return `/${section}/${encodeURIComponent(first)}/`;
}

// ---- Lighthouse ---------------------------------------------------------------------------------------------------

function chromeFlags(): string[] {
  // Old headless mode is gone from current Chromium; ask for the new one explicitly.
  const flags = chromiumArgs.map((flag) => (flag === '--headless' ? '--headless=new' : flag));
  if (!flags.some((flag) => flag.startsWith('--headless'))) flags.push('--headless=new');
  return [...new Set(flags)];
}

async function chromiumVersion(port: number): Promise<string> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/json/version`);
    const info = (await response.json()) as { Browser?: string };
    return info.Browser ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

function summarise(name: string, path: string, lhr: Result): PageSummary {
  const scores = {} as Record<CategoryId, number | null>;
  const failing = new Map<string, FailingAudit>();
  for (const id of categoryIds) {
    const category = lhr.categories[id];
    scores[id] = category && category.score !== null ? Math.round(category.score * 100) : null;
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      const known = failing.get(audit.id);
      if (known) {
        if (!known.categories.includes(id)) known.categories.push(id);
        continue;
      }
      failing.set(audit.id, {
        id: audit.id,
        title: audit.title,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
        score: audit.score,
        categories: [id],
      });
    }
  }
  return {
    name,
    path,
    scores,
    failingAudits: [...failing.values()].sort((a, b) => a.score - b.score || a.id.localeCompare(b.id)),
    runWarnings: lhr.runWarnings.map(String),
  };
}

// ---- Report -------------------------------------------------------------------------------------------------------

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function markdown(summary: Summary): string {
  const lines = [
    `Lighthouse ${summary.lighthouseVersion}, ${summary.chromiumVersion}, ${summary.formFactor}, throttling: ${summary.throttlingMethod}`,
    '',
    `| Page | ${categoryIds.map((id) => categoryLabels[id]).join(' | ')} |`,
    `| --- | ${categoryIds.map(() => '---:').join(' | ')} |`,
    ...summary.pages.map(
      (page) => `| ${cell(page.path)} | ${categoryIds.map((id) => page.scores[id] ?? '–').join(' | ')} |`,
    ),
  ];
  for (const page of summary.pages) {
    lines.push('', `### ${page.name} (${page.path})`, '');
    if (page.failingAudits.length === 0) {
      lines.push('Every scored audit passed.');
    } else {
      lines.push('| Audit | Title | Value | Score | Categories |', '| --- | --- | --- | ---: | --- |');
      for (const audit of page.failingAudits) {
        lines.push(
          `| ${audit.id} | ${cell(audit.title)} | ${cell(audit.displayValue ?? '')} | ${Math.round(audit.score * 100)} | ${audit.categories.map((id) => categoryLabels[id]).join(', ')} |`,
        );
      }
    }
    for (const warning of page.runWarnings) lines.push('', `> Warning: ${cell(warning)}`);
  }
  return lines.join('\n');
}

// ---- Main ---------------------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: 'dist' },
      out: { type: 'string', default: 'tmp/lighthouse/summary.json' },
    },
    strict: true,
    allowPositionals: false,
  });
  const dist = resolve(values.dist);
  const out = resolve(values.out);
  if (!isFile(join(dist, 'index.html'))) {
    throw new Error(`${dist}/index.html not found: build the site first (astro build) or pass --dist DIR.`);
  }
  const pages = [
    { name: 'Home', path: '/' },
    { name: 'First report', path: firstFolder(dist, 'reports') },
    { name: 'First outlet', path: firstFolder(dist, 'sources') },
    { name: 'Search', path: '/search/' },
  ];

  const chromePath = chromiumPath(); // Throws a clear message when there is no Chromium.
  let server: StaticServer | undefined;
  let chrome: LaunchedChrome | undefined;
  const cleanUp = async () => {
    const [launched, listening] = [chrome, server];
    chrome = undefined;
    server = undefined;
    if (launched) {
      try {
        launched.kill();
      } catch {
        // Already gone.
      }
    }
    if (listening) await listening.close();
  };
  const onSignal = (signal: NodeJS.Signals) => {
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    server = await serveStatic(dist);
    const origin = server.url.replace(/\/$/, '');
    try {
      chrome = await launch({ chromePath, chromeFlags: chromeFlags(), logLevel: 'silent', handleSIGINT: false });
    } catch (error) {
      throw new Error(
        `Chromium (${chromePath}) did not start: ${error instanceof Error ? error.message : String(error)}. ` +
          `Check that "${chromePath} ${chromeFlags().join(' ')} --dump-dom about:blank" runs, or set CHROME_PATH.`,
        { cause: error },
      );
    }
    const flags: Flags = {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categoryIds],
      disableStorageReset: false,
    };

    const results: PageSummary[] = [];
    let lighthouseVersion = 'unknown';
    let formFactor = 'unknown';
    let throttlingMethod = 'unknown';
    for (const page of pages) {
      console.error(`Lighthouse: ${page.path} …`);
      const result = await lighthouse(`${origin}${page.path}`, flags);
      if (!result) throw new Error(`Lighthouse returned no result for ${page.path}.`);
      const { lhr } = result;
      if (lhr.runtimeError) {
        throw new Error(
          `Lighthouse could not audit ${page.path}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`,
        );
      }
      lighthouseVersion = lhr.lighthouseVersion;
      formFactor = lhr.configSettings.formFactor;
      throttlingMethod = lhr.configSettings.throttlingMethod;
      results.push(summarise(page.name, page.path, lhr));
    }

    const summary: Summary = {
      lighthouseVersion,
      chromiumVersion: await chromiumVersion(chrome.port),
      formFactor,
      throttlingMethod,
      pages: results,
    };
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);
    console.log(markdown(summary));
    console.error(`\nSummary written to ${out}`);
  } finally {
    await cleanUp();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(`lighthouse: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
