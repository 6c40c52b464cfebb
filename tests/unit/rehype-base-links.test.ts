// rehype-base-links in isolation: which URLs get the deploy base and which are left alone.
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import rehypeBaseLinks from '../../src/plugins/rehype-base-links';

const BASE = '/jv-story/';

/** Runs the plugin on an HTML fragment, in place, and returns the tree. */
function rewriteTree(tree: Root, base: string): Root {
  unified().use(rehypeBaseLinks, { base }).runSync(tree);
  return tree;
}

const rewriteHtml = (html: string, base: string) => rewriteTree(fromHtml(html, { fragment: true }), base);

/** The value of `attribute` on the first element of the fragment. */
function firstAttribute(tree: Root, attribute: string): unknown {
  let value: unknown;
  visit(tree, 'element', (node: Element) => {
    if (value === undefined) value = node.properties[attribute];
  });
  return value;
}

const rewriteHref = (url: string, base = BASE) => firstAttribute(rewriteHtml(`<a href="${url}">x</a>`, base), 'href');

const stringify = (tree: Root) => unified().use(rehypeStringify).stringify(tree);

describe('rehype-base-links: root-relative URLs get the base', () => {
  it.each([
    ['/entities/ford/', '/jv-story/entities/ford/'],
    ['/', '/jv-story/'],
    ['/reports/', '/jv-story/reports/'],
    ['/reports/x/#digest', '/jv-story/reports/x/#digest'],
    ['/search/?q=ford', '/jv-story/search/?q=ford'],
    ['/jv-storyboard/', '/jv-story/jv-storyboard/'],
  ])('href %s becomes %s', (url, expected) => {
    expect(rewriteHref(url)).toBe(expected);
  });

  it('prefixes src and poster as well as href', () => {
    const tree = rewriteHtml(
      '<img src="/images/a.png" alt=""><video poster="/images/p.jpg" src="/media/v.mp4"></video><link href="/styles.css">',
      BASE,
    );
    expect(stringify(tree)).toBe(
      '<img src="/jv-story/images/a.png" alt=""><video poster="/jv-story/images/p.jpg" src="/jv-story/media/v.mp4"></video><link href="/jv-story/styles.css">',
    );
  });

  it('prefixes links nested deep in the tree', () => {
    const tree = rewriteHtml('<ul><li><p><em><a href="/events/">e</a></em></p></li></ul>', BASE);
    expect(stringify(tree)).toContain('href="/jv-story/events/"');
  });

  it('works with a multi-segment base', () => {
    expect(rewriteHref('/entities/ford/', '/news/jv-story/')).toBe('/news/jv-story/entities/ford/');
  });

  it('leaves other attributes alone', () => {
    const tree = rewriteHtml('<a href="/a/" title="/not-a-url/" data-path="/x/">a</a>', BASE);
    expect(stringify(tree)).toBe('<a href="/jv-story/a/" title="/not-a-url/" data-path="/x/">a</a>');
  });
});

describe('rehype-base-links: other URLs are left as written', () => {
  it.each([
    'https://www.ford.com/',
    'http://example.com/entities/',
    '//cdn.example.com/lib.js',
    'page/',
    './page/',
    '../up/',
    '#x',
    '?q=1',
    'mailto:editor@example.com',
    'tel:+15550100',
    '',
  ])('href %j is unchanged', (url) => {
    expect(rewriteHref(url)).toBe(url);
  });

  it.each(['/jv-story/x/', '/jv-story/', '/jv-story', '/jv-story/entities/ford/'])(
    'does not prefix %s again: it is already under the base',
    (url) => {
      expect(rewriteHref(url)).toBe(url);
    },
  );

  it('leaves an image with an absolute src unchanged', () => {
    const tree = rewriteHtml('<img src="https://cdn.example.com/a.png">', BASE);
    expect(firstAttribute(tree, 'src')).toBe('https://cdn.example.com/a.png');
  });
});

describe('rehype-base-links: the base option', () => {
  const html = '<a href="/entities/ford/">a</a><img src="/i.png"><a href="https://x.example/">b</a>';

  it.each(['/', ''])('base %j changes nothing', (base) => {
    expect(stringify(rewriteHtml(html, base))).toBe(html);
  });

  it.each(['jv-story', '/jv-story', 'jv-story/', '/jv-story/', '//jv-story//'])(
    'base %j behaves like "/jv-story/"',
    (base) => {
      expect(stringify(rewriteHtml(html, base))).toBe(stringify(rewriteHtml(html, '/jv-story/')));
      expect(rewriteHref('/entities/ford/', base)).toBe('/jv-story/entities/ford/');
      expect(rewriteHref('/jv-story/x/', base)).toBe('/jv-story/x/');
    },
  );
});

describe('rehype-base-links: idempotence', () => {
  it('running twice gives the same result as running once', () => {
    const html = [
      '<a href="/entities/ford/">a</a>',
      '<a href="/">home</a>',
      '<a href="/jv-story/reports/">r</a>',
      '<img src="/i.png">',
      '<a href="https://example.com/">x</a>',
    ].join('');
    const once = stringify(rewriteHtml(html, BASE));
    const twice = stringify(rewriteTree(rewriteHtml(html, BASE), BASE));
    expect(once).toContain('href="/jv-story/entities/ford/"');
    expect(twice).toBe(once);
  });
});

describe('rehype-base-links: in a Markdown pipeline', () => {
  const render = (markdown: string, base: string) =>
    String(
      unified()
        .use(remarkParse)
        .use(remarkRehype)
        .use(rehypeBaseLinks, { base })
        .use(rehypeStringify)
        .processSync(markdown),
    );

  it('prefixes Markdown links and images that are root-relative, and only those', () => {
    const html = render(
      '[Ford](/entities/ford/), [FT](https://www.ft.com/), [next](next/), [top](#top) ![chart](/images/chart.png)',
      BASE,
    );
    expect(html).toBe(
      '<p><a href="/jv-story/entities/ford/">Ford</a>, <a href="https://www.ft.com/">FT</a>, <a href="next/">next</a>, <a href="#top">top</a> <img src="/jv-story/images/chart.png" alt="chart"></p>',
    );
  });

  it('leaves the HTML as written with base "/"', () => {
    expect(render('[Ford](/entities/ford/)', '/')).toBe('<p><a href="/entities/ford/">Ford</a></p>');
  });
});
