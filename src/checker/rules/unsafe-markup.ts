// Raw HTML that could run code is removed from digests when the site is built; the editor hears about it here,
// found with the same plugin the build runs.
import rehypeRaw from 'rehype-raw';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeFlagUnsafe from '../../plugins/rehype-flag-unsafe';
import type { Rule } from './context';

async function findUnsafeMarkup(markdown: string): Promise<string[]> {
  const findings: string[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeFlagUnsafe, { report: (_file, finding) => findings.push(finding) });
  await processor.run(processor.parse(markdown));
  return findings;
}

export const unsafeMarkup: Rule = {
  name: 'unsafe-markup',
  async check({ entries, scanMarkup, warning }) {
    if (!scanMarkup) return;
    for (const { parsed } of entries.reports) {
      if (parsed.body === undefined) continue;
      for (const finding of await findUnsafeMarkup(parsed.body)) {
        warning(parsed, `${finding} will be removed: unsafe HTML is never published`);
      }
    }
  },
};
