// remark-entity-links in isolation: Markdown in, HTML out, and the links it made.
import type { Element, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import type { Root as MdastRoot, Paragraph } from 'mdast';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkEntityLinks, { type EntityNames } from '../../src/plugins/remark-entity-links';

const ENTITIES: EntityNames[] = [
  { id: 'ford', names: ['Ford', 'Ford Motor Company'] },
  { id: 'jim-farley', names: ['Jim Farley', 'Farley', 'James Farley'] },
  { id: 'byd', names: ['BYD'] },
  { id: 'general-motors', names: ['General Motors', 'GM'] },
  { id: 'us-treasury', names: ['U.S. Treasury'] },
];

const href = (id: string) => `/entities/${id}/`;

interface RenderOptions {
  entities?: EntityNames[];
  /** Sets `file.data.astro.frontmatter`, as Astro does for a content entry. */
  frontmatter?: Record<string, unknown>;
}

const fileFor = (markdown: string, frontmatter?: Record<string, unknown>) => {
  const file = new VFile(markdown);
  if (frontmatter) file.data.astro = { frontmatter };
  return file;
};

function render(markdown: string, { entities = ENTITIES, frontmatter }: RenderOptions = {}): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkEntityLinks, { entities, href })
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(fileFor(markdown, frontmatter)),
  );
}

const renderWithoutPlugin = (markdown: string) =>
  String(unified().use(remarkParse).use(remarkRehype).use(rehypeStringify).processSync(markdown));

/** Every <a> in the HTML, in document order. */
function links(html: string): { href: string; text: string }[] {
  const found: { href: string; text: string }[] = [];
  visit(fromHtml(html, { fragment: true }), 'element', (node: Element) => {
    if (node.tagName !== 'a') return;
    const text = node.children.map((child) => (child.type === 'text' ? (child as Text).value : '')).join('');
    found.push({ href: String(node.properties.href), text });
  });
  return found;
}

const linksIn = (markdown: string, options?: RenderOptions) => links(render(markdown, options));

describe('remark-entity-links: first mention', () => {
  it('links the first mention of an entity and leaves later mentions as text', () => {
    const html = render('Ford said no. Later Ford said it again.\n\nFord, a third time.');
    expect(links(html)).toEqual([{ href: '/entities/ford/', text: 'Ford' }]);
    expect(html).toContain('<a href="/entities/ford/">Ford</a> said no. Later Ford said it again.');
  });

  it('links the first mention of each entity, even within one text node', () => {
    expect(linksIn('Ford and BYD met; Ford and BYD parted.')).toEqual([
      { href: '/entities/ford/', text: 'Ford' },
      { href: '/entities/byd/', text: 'BYD' },
    ]);
  });

  it('finds a first mention that only occurs in a later paragraph', () => {
    const html = render('Nothing to see.\n\nThen BYD spoke.');
    expect(links(html)).toEqual([{ href: '/entities/byd/', text: 'BYD' }]);
    expect(html).toContain('<p>Nothing to see.</p>');
  });

  it('links a mention inside emphasis or strong text', () => {
    expect(linksIn('A word from *Jim Farley* and **BYD**.')).toEqual([
      { href: '/entities/jim-farley/', text: 'Jim Farley' },
      { href: '/entities/byd/', text: 'BYD' },
    ]);
  });

  it('keeps the text around the link intact', () => {
    expect(render('Before Ford after.')).toBe('<p>Before <a href="/entities/ford/">Ford</a> after.</p>');
  });
});

describe('remark-entity-links: names and aliases', () => {
  it('prefers the longest name: "Jim Farley" over "Farley"', () => {
    expect(linksIn('Jim Farley spoke.')).toEqual([{ href: '/entities/jim-farley/', text: 'Jim Farley' }]);
  });

  it('prefers the longest name: "Ford Motor Company" over "Ford"', () => {
    expect(linksIn('Ford Motor Company said so.')).toEqual([{ href: '/entities/ford/', text: 'Ford Motor Company' }]);
  });

  it('links an alias to the same entity page as the full name', () => {
    expect(linksIn('Farley spoke.')).toEqual([{ href: '/entities/jim-farley/', text: 'Farley' }]);
    expect(linksIn('GM objected.')).toEqual([{ href: '/entities/general-motors/', text: 'GM' }]);
  });

  it('does not link an alias again after the full name was linked', () => {
    const html = render('Jim Farley spoke. Later, Farley added more; James Farley too.');
    expect(links(html)).toEqual([{ href: '/entities/jim-farley/', text: 'Jim Farley' }]);
    expect(html).toContain('Later, Farley added more; James Farley too.');
  });

  it('does not link the full name after an alias was linked', () => {
    expect(linksIn('Farley spoke.\n\nJim Farley, again.')).toEqual([{ href: '/entities/jim-farley/', text: 'Farley' }]);
  });

  it('links two entities when one name contains another entity’s name ("Jim Farley, Ford’s chief")', () => {
    expect(linksIn('Jim Farley, Ford’s chief, spoke.')).toEqual([
      { href: '/entities/jim-farley/', text: 'Jim Farley' },
      { href: '/entities/ford/', text: 'Ford' },
    ]);
  });

  it('matches names literally, not as regular expressions ("U.S. Treasury" does not match "UxSy Treasury")', () => {
    expect(linksIn('UxSy Treasury, then the U.S. Treasury.')).toEqual([
      { href: '/entities/us-treasury/', text: 'U.S. Treasury' },
    ]);
  });

  it('is case-sensitive: "ford" or "FORD" are not the name "Ford"', () => {
    expect(linksIn('to ford a river; FORD in capitals')).toEqual([]);
  });
});

describe('remark-entity-links: word boundaries', () => {
  it.each([
    'Fordham University',
    'the Oxford campus',
    'they afford it',
    'Fords',
    'DeFord Street',
    'GMT time',
    'IGM shares',
    'BYD2',
    '2BYD',
    'ÉGM',
  ])('does not link a name that is part of a longer word: %s', (text) => {
    expect(linksIn(text)).toEqual([]);
  });

  it('links "Ford" after a word that merely contains it', () => {
    expect(linksIn('At Fordham, Ford spoke.')).toEqual([{ href: '/entities/ford/', text: 'Ford' }]);
  });

  it.each([
    ['curly apostrophe', 'Ford’s plan', '’s plan'],
    ['straight apostrophe', "Ford's plan", "'s plan"],
  ])('links the name in a possessive (%s)', (_label, markdown, rest) => {
    const html = render(markdown);
    expect(links(html)).toEqual([{ href: '/entities/ford/', text: 'Ford' }]);
    expect(html).toBe(`<p><a href="/entities/ford/">Ford</a>${rest}</p>`);
  });

  it('links a name next to punctuation or hyphens', () => {
    expect(linksIn('(BYD-backed) "GM".')).toEqual([
      { href: '/entities/byd/', text: 'BYD' },
      { href: '/entities/general-motors/', text: 'GM' },
    ]);
  });
});

describe('remark-entity-links: places it never links', () => {
  it('does not link inside an existing link, but links a later mention outside it', () => {
    expect(linksIn('[Ford’s site](https://www.ford.com/) says Ford will.')).toEqual([
      { href: 'https://www.ford.com/', text: 'Ford’s site' },
      { href: '/entities/ford/', text: 'Ford' },
    ]);
  });

  it('does not link inside a reference-style link', () => {
    expect(linksIn('[BYD news][ref] and BYD.\n\n[ref]: https://example.com/byd')).toEqual([
      { href: 'https://example.com/byd', text: 'BYD news' },
      { href: '/entities/byd/', text: 'BYD' },
    ]);
  });

  it('does not link inside a heading', () => {
    const html = render('# Ford and BYD\n\nFord spoke.');
    expect(html).toContain('<h1>Ford and BYD</h1>');
    expect(links(html)).toEqual([{ href: '/entities/ford/', text: 'Ford' }]);
  });

  it('does not link inside inline code', () => {
    const html = render('The id `Ford` names Ford.');
    expect(html).toContain('<code>Ford</code>');
    expect(links(html)).toEqual([{ href: '/entities/ford/', text: 'Ford' }]);
  });

  it('does not link inside a fenced or indented code block', () => {
    const html = render('```\nFord and BYD\n```\n\n    GM here\n\nFord spoke.');
    expect(html).toContain('<code>Ford and BYD\n</code>');
    expect(html).toContain('<code>GM here\n</code>');
    expect(links(html)).toEqual([{ href: '/entities/ford/', text: 'Ford' }]);
  });
});

describe('remark-entity-links: existing links to entity pages', () => {
  it('counts an existing link to an entity page as its first mention', () => {
    expect(linksIn('[The carmaker](/entities/ford/) grew. Ford said so.')).toEqual([
      { href: '/entities/ford/', text: 'The carmaker' },
    ]);
  });

  it('only counts the link for its own entity', () => {
    expect(linksIn('[The carmaker](/entities/ford/) met BYD. Ford said so.')).toEqual([
      { href: '/entities/ford/', text: 'The carmaker' },
      { href: '/entities/byd/', text: 'BYD' },
    ]);
  });
});

describe('remark-entity-links: entities declared in frontmatter', () => {
  const text = 'Jim Farley of Ford met BYD and GM.';

  it('links only the declared entities', () => {
    expect(linksIn(text, { frontmatter: { entities: ['ford'] } })).toEqual([{ href: '/entities/ford/', text: 'Ford' }]);
  });

  it('accepts declared entities as { id, collection } references', () => {
    const entities = [
      { id: 'jim-farley', collection: 'entities' },
      { id: 'byd', collection: 'entities' },
    ];
    expect(linksIn(text, { frontmatter: { entities } })).toEqual([
      { href: '/entities/jim-farley/', text: 'Jim Farley' },
      { href: '/entities/byd/', text: 'BYD' },
    ]);
  });

  it('links every known entity when the frontmatter has no entities list', () => {
    expect(linksIn(text, { frontmatter: { headline: 'x' } }).map((link) => link.href)).toEqual([
      '/entities/jim-farley/',
      '/entities/ford/',
      '/entities/byd/',
      '/entities/general-motors/',
    ]);
  });

  it('links nothing when the frontmatter declares an empty entities list', () => {
    expect(linksIn(text, { frontmatter: { entities: [] } })).toEqual([]);
  });

  it('does not link an undeclared entity by its alias either', () => {
    expect(linksIn('Farley and GM.', { frontmatter: { entities: ['ford', 'byd'] } })).toEqual([]);
  });
});

describe('remark-entity-links: nothing to do', () => {
  const markdown = '# Ford\n\nFord, BYD and *GM* met [here](/x/).';

  it('changes nothing when there are no entities', () => {
    expect(render(markdown, { entities: [] })).toBe(renderWithoutPlugin(markdown));
  });

  it('changes nothing when no entity is mentioned', () => {
    const plain = 'Nobody here but Toyota.';
    expect(render(plain)).toBe(renderWithoutPlugin(plain));
  });
});

describe('remark-entity-links: idempotence', () => {
  const markdown = [
    'Jim Farley met Ford’s partners. Farley and Ford again.',
    '',
    '[Already linked](/entities/byd/) BYD, then GM and *General Motors*.',
  ].join('\n');

  const countLinks = (tree: MdastRoot) => {
    let count = 0;
    visit(tree, 'link', () => {
      count += 1;
    });
    return count;
  };

  it('changes nothing when run a second time on its own output tree', () => {
    const processor = unified().use(remarkParse).use(remarkEntityLinks, { entities: ENTITIES, href });
    const toHtmlProcessor = unified().use(remarkRehype).use(rehypeStringify);
    const toHtml = (tree: MdastRoot) => toHtmlProcessor.stringify(toHtmlProcessor.runSync(structuredClone(tree)));

    const tree = processor.parse(markdown);
    processor.runSync(tree, new VFile(markdown));
    const once = structuredClone(tree);
    processor.runSync(tree, new VFile(markdown));

    expect(countLinks(once)).toBe(4); // the existing BYD link plus Jim Farley, Ford, GM
    expect(countLinks(tree)).toBe(countLinks(once));
    expect(tree).toEqual(once);
    expect(toHtml(tree)).toBe(toHtml(once));
  });
});

describe('remark-entity-links: edges', () => {
  it('leaves the text as it is when the story has no entities', () => {
    expect(render('Ford and BYD.', { entities: [] })).toBe(renderWithoutPlugin('Ford and BYD.'));
  });

  it('does not link an entity the digest already links to by hand, before or after the mention', () => {
    expect(linksIn('Ford met BYD. See [the carmaker](/entities/ford/).')).toEqual([
      { href: '/entities/byd/', text: 'BYD' },
      { href: '/entities/ford/', text: 'the carmaker' },
    ]);
  });

  it('reads entities declared as references ({ id }) as well as plain ids', () => {
    expect(linksIn('Ford met BYD.', { frontmatter: { entities: [{ id: 'byd', collection: 'entities' }] } })).toEqual([
      { href: '/entities/byd/', text: 'BYD' },
    ]);
  });

  it('reads a file whose Astro data holds no frontmatter as declaring no list', () => {
    const file = new VFile('Ford met BYD.');
    file.data.astro = {};
    const html = String(
      unified()
        .use(remarkParse)
        .use(remarkEntityLinks, { entities: ENTITIES, href })
        .use(remarkRehype)
        .use(rehypeStringify)
        .processSync(file),
    );
    expect(links(html).map((link) => link.href)).toEqual(['/entities/ford/', '/entities/byd/']);
  });

  it('links no word at all when there are no entities, not even "null" or "undefined"', () => {
    const markdown = 'A null result, an undefined value.';
    expect(render(markdown, { entities: [] })).toBe(renderWithoutPlugin(markdown));
  });

  it('goes on to the siblings after a text it linked in', () => {
    expect(linksIn('Ford met *GM*, then [a partner](/x/) and **BYD**.')).toEqual([
      { href: '/entities/ford/', text: 'Ford' },
      { href: '/entities/general-motors/', text: 'GM' },
      { href: '/x/', text: 'a partner' },
      { href: '/entities/byd/', text: 'BYD' },
    ]);
  });

  it('does not link a name that touches the name it follows, even once that one is linked (Microsoft.NET)', () => {
    const entities = [
      { id: 'microsoft', names: ['Microsoft'] },
      { id: 'dotnet', names: ['.NET'] },
    ];
    expect(linksIn('Microsoft.NET, then .NET alone.', { entities })).toEqual([
      { href: '/entities/microsoft/', text: 'Microsoft' },
      { href: '/entities/dotnet/', text: '.NET' },
    ]);
    expect(render('Microsoft.NET', { entities })).toBe('<p><a href="/entities/microsoft/">Microsoft</a>.NET</p>');
  });

  it('splits a text into mdast text and link nodes, with no empty text where a name starts or ends it', () => {
    const processor = unified().use(remarkParse).use(remarkEntityLinks, { entities: ENTITIES, href });
    const pieces = (markdown: string) => {
      const tree = processor.runSync(processor.parse(markdown), new VFile()) as MdastRoot;
      visit(tree, (node) => {
        delete node.position;
      });
      return (tree.children[0] as Paragraph).children;
    };
    const link = (id: string, name: string) => ({
      type: 'link',
      url: `/entities/${id}/`,
      children: [{ type: 'text', value: name }],
    });
    expect(pieces('Ford, then BYD')).toEqual([
      link('ford', 'Ford'),
      { type: 'text', value: ', then ' },
      link('byd', 'BYD'),
    ]);
    expect(pieces('Before GM after.')).toEqual([
      { type: 'text', value: 'Before ' },
      link('general-motors', 'GM'),
      { type: 'text', value: ' after.' },
    ]);
  });

  it('leaves a text without a mention as it was, with its place in the source', () => {
    const processor = unified().use(remarkParse).use(remarkEntityLinks, { entities: ENTITIES, href });
    const tree = processor.parse('Nobody here.\n\nFord spoke.');
    const before = structuredClone(tree);
    processor.runSync(tree, new VFile());
    expect(tree.children[0]).toEqual(before.children[0]);
  });

  it('links a name at the very start and the very end of a text, keeping every character', () => {
    const html = render('Ford, then BYD');
    expect(html).toBe('<p><a href="/entities/ford/">Ford</a>, then <a href="/entities/byd/">BYD</a></p>');
  });
});
