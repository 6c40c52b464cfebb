// Rehype plugin: a link with no address is no link. When the sanitizer drops an unsafe `href` (`javascript:`,
// `data:`…) it leaves an `<a>` that looks like a link and goes nowhere; this keeps its text, as plain text.
// Runs after rehype-sanitize, so whatever address the sanitizer refuses, the link goes with it.
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeUnwrapDeadLinks() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'a' || node.properties.href != null) return;
      // Below a root, every element has a parent and an index.
      parent!.children.splice(index!, 1, ...(node.children as ElementContent[]));
      // Visit what took its place: a dead link nested in it is unwrapped too.
      return index;
    });
  };
}
