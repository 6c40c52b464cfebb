// Remark plugin: links the first mention of each entity a report names to that entity's page.
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

export interface EntityNames {
  id: string;
  /** The entity's name and aliases, exactly as they appear in text. */
  names: string[];
}

export interface EntityLinkOptions {
  entities: EntityNames[];
  /** The page an entity links to, root-relative; the base path is added later by rehype-base-links. */
  href: (id: string) => string;
}

// Code and definitions are not listed: they hold a value, not text nodes, so the walk never links inside them anyway.
const NOT_LINKED_INSIDE = new Set(['link', 'linkReference', 'heading']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The ids a document declares in its frontmatter `entities`, or undefined when it declares none. */
function declaredEntityIds(file: VFile): Set<string> | undefined {
  const declared = (file.data.astro as { frontmatter?: { entities?: unknown } } | undefined)?.frontmatter?.entities;
  if (!Array.isArray(declared)) return undefined;
  return new Set(declared.map((ref) => (typeof ref === 'string' ? ref : (ref as { id: string }).id)));
}

export default function remarkEntityLinks({ entities, href }: EntityLinkOptions) {
  const idByName = new Map<string, string>();
  for (const { id, names } of entities) for (const name of names) idByName.set(name, id);
  // Longest names first, so "Jim Farley" wins over "Farley"; letters or digits may not touch a match.
  const names = [...idByName.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const mention = names.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu') : null;

  return (tree: Root, file: VFile) => {
    if (!mention) return;
    const allowed = declaredEntityIds(file);
    // The pages already linked to, by hand or by this plugin: an entity whose page is among them is not linked again.
    const linked = new Set<string>();
    visit(tree, 'link', (node: Link) => {
      linked.add(node.url);
    });

    visit(tree, (node, index, parent: Parent | undefined) => {
      if (NOT_LINKED_INSIDE.has(node.type)) return SKIP;
      if (node.type !== 'text') return;
      const { value } = node as Text;
      const pieces: PhrasingContent[] = [];
      let last = 0;
      for (const match of value.matchAll(mention)) {
        const id = idByName.get(match[0])!;
        const url = href(id);
        if (linked.has(url) || (allowed && !allowed.has(id))) continue;
        linked.add(url);
        if (match.index > last) pieces.push({ type: 'text', value: value.slice(last, match.index) });
        pieces.push({ type: 'link', url, children: [{ type: 'text', value: match[0] }] });
        last = match.index + match[0].length;
      }
      if (pieces.length === 0) return;
      if (last < value.length) pieces.push({ type: 'text', value: value.slice(last) });
      // Below a root, every text has a parent and an index.
      parent!.children.splice(index!, 1, ...(pieces as Parent['children']));
      return [SKIP, index! + pieces.length];
    });
  };
}
