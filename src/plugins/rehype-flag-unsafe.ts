// Rehype plugin: reports each script, embed, event handler or script URL it finds, for the sanitizer to remove.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

export interface FlagUnsafeOptions {
  /** Told of each finding; the default attaches a warning to the file. */
  report?: (file: VFile, finding: string) => void;
}

const UNSAFE_ELEMENTS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'style',
  'link',
  'meta',
  'base',
  'form',
]);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'poster', 'cite', 'xLinkHref'];
const UNSAFE_PROTOCOL = /^\s*(javascript|data|vbscript):/i;

/** What is unsafe about one element, if anything. */
export function unsafeParts(node: Element): string[] {
  const findings: string[] = [];
  if (UNSAFE_ELEMENTS.has(node.tagName)) findings.push(`<${node.tagName}> element`);
  for (const [name, value] of Object.entries(node.properties)) {
    if (/^on/i.test(name)) findings.push(`${name.toLowerCase()} attribute on <${node.tagName}>`);
    else if (URL_PROPERTIES.includes(name) && typeof value === 'string' && UNSAFE_PROTOCOL.test(value)) {
      findings.push(`${value.trim().split(':')[0].toLowerCase()}: URL in ${name} of <${node.tagName}>`);
    }
  }
  return findings;
}

export default function rehypeFlagUnsafe({ report }: FlagUnsafeOptions = {}) {
  const tell = report ?? ((file: VFile, finding: string) => file.message(`removed ${finding}`));
  return (tree: Root, file: VFile) => {
    visit(tree, 'element', (node: Element) => {
      for (const finding of unsafeParts(node)) tell(file, finding);
    });
  };
}
