// Writes a synthetic content folder for load tests and benchmarks (never into the real content/).
//   tsx scripts/generate-content.ts --reports 1000 [--stories 10 --outlets 50 --events 200 --entities 500 --seed 1 --words 300] [--out DIR]
// The folder defaults to CONTENT_DIR. It must be empty, new, or a folder this script wrote before
// (it holds the marker file .synthetic); then the previous output is replaced.
import { existsSync, mkdirSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { GENERATE_DEFAULTS, generateContent, REPORTS_PER_STORY } from './synthetic/generate';

const MARKER = '.synthetic';
/** Everything this script writes at the top of its folder; anything else there means it is not ours alone. */
const OURS = new Set([MARKER, 'site.yaml', 'stories', 'reports', 'sources', 'events', 'entities']);
const REPO_CONTENT = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'content');

const USAGE = `Usage: tsx scripts/generate-content.ts --reports N [--stories N] [--outlets N] [--events N] [--entities N] [--seed N] [--words N] [--out DIR]
  --reports   number of reports (required)
  --stories   number of stories sharing the outlets and entities, at most --events (default one per ${REPORTS_PER_STORY} reports, at least 1)
  --outlets   number of outlets (default ${GENERATE_DEFAULTS.outlets})
  --events    number of events (default ${GENERATE_DEFAULTS.events})
  --entities  number of entities (default ${GENERATE_DEFAULTS.entities})
  --seed      any whole number; the same options give the same files (default ${GENERATE_DEFAULTS.seed})
  --words     words per digest, about (default ${GENERATE_DEFAULTS.wordsPerDigest})
  --out       folder to write; defaults to $CONTENT_DIR. Never the repository's content/.`;

function fail(message: string, showUsage = false): never {
  console.error(`generate-content: ${message}`);
  if (showUsage) console.error(`\n${USAGE}`);
  process.exit(2);
}

/** The real path of a folder that may not exist yet: its nearest existing ancestor resolved, then the rest. */
function canonical(path: string): string {
  const absolute = resolve(path);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = dirname(absolute);
  return parent === absolute ? absolute : join(canonical(parent), basename(absolute));
}

const isInside = (child: string, parent: string) =>
  child === parent || child.startsWith(parent.endsWith(sep) ? parent : parent + sep);

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      reports: { type: 'string' },
      stories: { type: 'string' },
      outlets: { type: 'string' },
      events: { type: 'string' },
      entities: { type: 'string' },
      seed: { type: 'string' },
      words: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (error) {
  fail((error as Error).message, true);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function count(name: string, min: number): number | undefined {
  const text = values[name];
  if (text === undefined) return undefined;
  if (typeof text !== 'string' || !/^\d+$/.test(text) || Number(text) < min)
    fail(`--${name} takes a whole number of at least ${min} (got "${text}")`, true);
  return Number(text);
}

const reports = count('reports', 1);
if (reports === undefined) fail('--reports is required', true);
const options = {
  reports,
  stories: count('stories', 1),
  outlets: count('outlets', 1),
  events: count('events', 1),
  entities: count('entities', 1),
  seed: count('seed', 0),
  wordsPerDigest: count('words', 1),
};

const out = (values.out as string | undefined) ?? process.env.CONTENT_DIR;
if (!out) fail('say where to write: --out DIR, or set CONTENT_DIR', true);
const target = canonical(out);
const repoContent = canonical(REPO_CONTENT);
if (isInside(target, repoContent)) {
  fail(
    `refusing to write into the repository's own content folder (${relative(process.cwd(), repoContent) || repoContent}): choose another folder, e.g. --out tmp/synthetic`,
  );
}
if (existsSync(target)) {
  if (!statSync(target).isDirectory()) fail(`${out} exists and is not a folder`);
  const present = readdirSync(target);
  if (present.length && !present.includes(MARKER)) {
    fail(
      `refusing to write into ${out}: it is not empty and has no ${MARKER} marker, so it was not written by this script. Choose an empty or new folder.`,
    );
  }
  const foreign = present.filter((name) => !OURS.has(name));
  if (present.length && foreign.length) {
    fail(
      `refusing to replace ${out}: besides its earlier output it holds ${foreign.join(', ')}. Move those away or choose another folder.`,
    );
  }
}

const started = performance.now();
let files: Map<string, string>;
try {
  files = generateContent(options);
} catch (error) {
  fail((error as Error).message, true);
}

// Replace the previous output (the checks above make sure it is ours), marker first.
mkdirSync(target, { recursive: true });
for (const name of readdirSync(target))
  if (OURS.has(name)) rmSync(join(target, name), { recursive: true, force: true });
writeFileSync(
  join(target, MARKER),
  `Written by scripts/generate-content.ts, which replaces this folder's content on each run.\n${JSON.stringify(options)}\n`,
);
const made = new Set<string>();
for (const [path, text] of files) {
  const folder = dirname(join(target, path));
  if (!made.has(folder)) {
    mkdirSync(folder, { recursive: true });
    made.add(folder);
  }
  writeFileSync(join(target, path), text);
}

const tally = (folder: string) => [...files.keys()].filter((path) => path.startsWith(`${folder}/`)).length;
const drafts = [...files].filter(([path, text]) => path.startsWith('reports/') && /\ndraft: true\n/.test(text)).length;
console.log(
  `Wrote ${tally('reports')} reports (${drafts} drafts) in ${tally('stories')} ${tally('stories') === 1 ? 'story' : 'stories'}, ${tally('sources')} outlets, ${tally('events')} events, ` +
    `${tally('entities')} entities and site.yaml to ${out} in ${Math.round(performance.now() - started)} ms.`,
);
