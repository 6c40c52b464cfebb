// Finds the HTML a digest's sanitizer would remove, with the same plugin the site build runs.
import rehypeRaw from 'rehype-raw';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeFlagUnsafe from '../plugins/rehype-flag-unsafe';

export async function findUnsafeMarkup(markdown: string): Promise<string[]> {
  const findings: string[] = [];
  const processor = unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeFlagUnsafe, { report: (_file, finding) => findings.push(finding) });
  await processor.run(processor.parse(markdown));
  return findings;
}
