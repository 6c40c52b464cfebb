// What Pagefind reads of a built page, as a document of its own: the page's `<html>` tag (its language), its
// `<title>`, and its data-pagefind-body elements. Pagefind ignores the rest of a page once the site marks a body,
// so indexing this instead of the page gives the same record from about a seventh of the bytes; and a page the
// incremental build restores unchanged can be indexed again from the copy kept in the cache, without reading it.

const BODY = 'data-pagefind-body';

/** The end of the element whose start tag opens at `start` (named `name`): just after its matching end tag. */
function elementEnd(html: string, start: number, name: string): number {
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    if (match[1]) depth -= 1;
    else if (!match[0].endsWith('/>')) depth += 1;
    if (depth === 0) return tags.lastIndex;
  }
  throw new Error(`search index: the <${name} ${BODY}> element is never closed`);
}

/** The page reduced to what Pagefind indexes of it, or undefined when it has no data-pagefind-body element. */
export function searchRegion(html: string): string | undefined {
  const bodies: string[] = [];
  for (let at = html.indexOf(BODY); at !== -1; at = html.indexOf(BODY, at + BODY.length)) {
    const start = html.lastIndexOf('<', at);
    if (html.lastIndexOf('>', at) > start) continue; // the words in text, not an attribute
    const name = /^<([a-z][\w-]*)/i.exec(html.slice(start, at))?.[1];
    if (!name) continue;
    const end = elementEnd(html, start, name);
    bodies.push(html.slice(start, end));
    at = end - BODY.length; // a body inside this one is already in it
  }
  if (bodies.length === 0) return undefined;
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0] ?? '<html>';
  const title = /<title\b[^>]*>[\s\S]*?<\/title>/i.exec(html)?.[0] ?? '';
  return `<!DOCTYPE html>${htmlTag}<head>${title}</head><body>${bodies.join('')}</body></html>`;
}
