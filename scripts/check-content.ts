// `npm run check`: every problem in the content folder, in one run, without building the site.
//   --now <date>                        check as if it were that date (default: now), e.g. --now 2026-03-01
//   --against <article.txt> <report.md>  also warn about each sentence of the report's summary or digest that stays
//                                       close to a sentence of the article (src/checker/own-words.ts)
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkContent, sortProblems } from '../src/checker/check-content';
import { formatReport, hasErrors } from '../src/checker/format';
import { ownWordsProblems } from '../src/checker/own-words';
import { contentDir } from '../src/lib/content-dir';

const USAGE = `Usage: npm run check -- [--now <date>] [--against <article.txt> <report.md> ...]

  --now <date>        check as if it were that date or time ("2026-03-01", "2026-03-01T09:00Z");
                      a report published after it is an error unless "scheduled: true"
  --against <file>    the original article, as text: warn about each sentence of a report's summary or digest
                      that keeps the words, order and build of one of its sentences, a run of its words or
                      a coinage of it. Keep the file outside content/: it is never published.`;

let options: { values: { now?: string; against?: string; help?: boolean }; positionals: string[] };
try {
  options = parseArgs({
    options: { now: { type: 'string' }, against: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
const { values, positionals: reports } = options;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const now = values.now === undefined ? Date.now() : Date.parse(values.now);
if (Number.isNaN(now)) {
  console.error(`--now "${values.now}" is not a date: write e.g. 2026-03-01 or 2026-03-01T09:00Z\n\n${USAGE}`);
  process.exit(2);
}
if (Boolean(values.against) !== reports.length > 0) {
  console.error(
    `${values.against ? '--against needs the report files to compare' : `"${reports.join(' ')}": name the article with --against`}\n\n${USAGE}`,
  );
  process.exit(2);
}
let article = '';
if (values.against) {
  try {
    article = readFileSync(values.against, 'utf8');
  } catch (error) {
    console.error(`cannot read ${values.against}: ${(error as Error).message}`);
    process.exit(2);
  }
}

const problems = await checkContent(contentDir, { now });
for (const report of reports) problems.push(...ownWordsProblems(report, article, values.against!));
console.log(formatReport(sortProblems(problems)));
process.exitCode = hasErrors(problems) ? 1 : 0;
