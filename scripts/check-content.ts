// `npm run check`: every problem in the content folder, in one run, without building the site.
import { checkContent } from '../src/checker/check-content';
import { formatReport, hasErrors } from '../src/checker/format';
import { contentDir } from '../src/lib/content-dir';

const problems = await checkContent(contentDir);
console.log(formatReport(problems));
process.exitCode = hasErrors(problems) ? 1 : 0;
