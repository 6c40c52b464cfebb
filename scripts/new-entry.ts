// `npm run new:report` (and new:source, new:event, new:entity): a new content file from flags or prompts.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createEntry, isCollection, NewEntryError, QUESTIONS } from '../src/editor/new-entry';
import { contentDir } from '../src/lib/content-dir';

const [collection, ...rest] = process.argv.slice(2);
if (!collection || !isCollection(collection)) {
  console.error('Usage: npm run new:<report|source|event|entity> -- [--field value ...] [--id id]');
  process.exit(2);
}

const questions = QUESTIONS[collection];
const flags = Object.fromEntries(
  [...questions.map(({ field }) => field), 'id'].map((name) => [name, { type: 'string' as const }]),
);
const values = parseArgs({ args: rest, options: flags }).values as Record<string, string | undefined>;
const answers: Record<string, string> = {};
const missing = questions.filter(({ field, optional }) => values[field] === undefined && !optional);

if (missing.length && !process.stdin.isTTY) {
  console.error(`Missing ${missing.map(({ field }) => `--${field}`).join(', ')} (no terminal to ask in).`);
  process.exit(2);
}
const terminal = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
for (const { field, prompt, optional } of questions) {
  const given = values[field];
  answers[field] = given !== undefined ? given : optional && !terminal ? '' : ((await terminal?.question(`${prompt}: `)) ?? '').trim();
}
terminal?.close();

try {
  const file = createEntry(contentDir, collection, answers, values.id);
  console.log(`Created ${file}${collection === 'reports' ? ' as a draft: write the summary and digest, then remove "draft: true".' : '.'}`);
} catch (error) {
  if (!(error instanceof NewEntryError)) throw error;
  console.error(`✗ ${error.message}`);
  process.exitCode = 1;
}
