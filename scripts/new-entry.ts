// `npm run new:report` (and new:source, new:event, new:entity, new:claim): a new content file from flags or prompts.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { formatSuggestions, readTaggables, suggestFromText } from '../src/new-entry/from-text';
import {
  COMMANDS,
  createEntry,
  EXTRA_FLAGS,
  isCollection,
  NewEntryError,
  QUESTIONS,
  usage,
} from '../src/new-entry/new-entry';
import { contentDir } from '../src/lib/content-dir';

const [collection, ...rest] = process.argv.slice(2);
if (!collection || !isCollection(collection)) {
  console.error(
    `Usage: npm run <${Object.values(COMMANDS).join('|')}> -- [--field value ...] [--id id] (--help lists the fields)`,
  );
  process.exit(2);
}

const questions = QUESTIONS[collection];
const flags = Object.fromEntries(
  [...questions.map(({ field }) => field), 'id', ...EXTRA_FLAGS[collection].map(({ field }) => field)].map((name) => [
    name,
    { type: 'string' as const },
  ]),
);
let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({ args: rest, options: { ...flags, help: { type: 'boolean', short: 'h' } } }));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${usage(collection)}`);
  process.exit(2);
}
if (values.help) {
  console.log(usage(collection));
  process.exit(0);
}

// The article an editor points `new:report` at is read, never copied: it stays outside content/.
const from = values.from as string | undefined;
let article: string | undefined;
if (from !== undefined) {
  const inContent = relative(resolve(contentDir), resolve(from));
  if (!(inContent === '..' || inContent.startsWith(`..${sep}`) || isAbsolute(inContent))) {
    console.error(
      `✗ ${from} is inside ${contentDir}/: keep the article elsewhere (tmp/ is never committed), since it must never be published.`,
    );
    process.exit(2);
  }
  try {
    article = readFileSync(from, 'utf8');
  } catch (error) {
    console.error(`✗ cannot read ${from}: ${(error as Error).message}`);
    process.exit(2);
  }
}

const answers: Record<string, string> = {};
const missing = questions.filter(({ field, optional }) => values[field] === undefined && !optional);
if (missing.length && !process.stdin.isTTY) {
  console.error(`Missing ${missing.map(({ field }) => `--${field}`).join(', ')} (no terminal to ask in).`);
  process.exit(2);
}
const terminal = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
for (const { field, prompt, optional } of questions) {
  const given = values[field] as string | undefined;
  answers[field] =
    given !== undefined ? given : optional && !terminal ? '' : ((await terminal?.question(`${prompt}: `)) ?? '').trim();
}
terminal?.close();

try {
  const file = createEntry(contentDir, collection, answers, values.id as string | undefined);
  console.log(
    collection === 'reports'
      ? `Created ${file} as a draft: write the summary and digest, then remove "draft: true".`
      : `Created ${file}.${collection === 'sources' || collection === 'events' ? ' Write its "TODO:" in our own words: the checker refuses the placeholder.' : ''}`,
  );
  if (article !== undefined) {
    console.log(`\n${formatSuggestions(suggestFromText(article, readTaggables(contentDir), answers), from!)}`);
    console.log(`\nOnce the digest is written: npm run check -- --against ${from} ${file}`);
  }
} catch (error) {
  if (!(error instanceof NewEntryError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exitCode = 1;
}
