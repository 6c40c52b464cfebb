// Rehype plugin: prefixes root-relative links and sources with the site's base path, once.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export interface BaseLinkOptions {
  /** The deploy sub-path, e.g. "/jv-story/"; "/" leaves every link as written. */
  base: string;
}

const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

export default function rehypeBaseLinks({ base }: BaseLinkOptions) {
  const prefix = `/${base.replace(/^\/+|\/+$/g, '')}`;
  const rewrite = (url: string) =>
    url.startsWith('/') && !url.startsWith('//') && url !== prefix && !url.startsWith(`${prefix}/`)
      ? `${prefix}${url}`
      : url;

  return (tree: Root) => {
    if (prefix === '/') return;
    visit(tree, 'element', (node: Element) => {
      for (const attribute of URL_ATTRIBUTES) {
        const value = node.properties[attribute];
        if (typeof value === 'string') node.properties[attribute] = rewrite(value);
      }
    });
  };
}
