// The composed Markdown pipeline, as the build runs it (Astro's unified processor with our plugins):
// entity links, base-path links, external-link marking and sanitising together, without a site build.
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { unified as bareUnified } from 'unified';
import { VFile } from 'vfile';
import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/routes';
import type { Element } from 'hast';
import { markdownPipeline } from '../../src/plugins/markdown-pipeline';
import rehypeFlagUnsafe, { unsafeParts } from '../../src/plugins/rehype-flag-unsafe';

const findings: string[] = [];
let renderer: MarkdownRenderer;

const render = async (markdown: string) =>
  (await renderer.render(markdown, { fileURL: new URL('file:///content/reports/x.md') })).code;

beforeAll(async () => {
  const processor = unified(
    markdownPipeline({
      base: '/jv-story/',
      entities: [
        { id: 'ford', names: ['Ford'] },
        { id: 'chief-executive', names: ['Pat Example'] },
      ],
      entityHref: paths.entity,
      reportUnsafe: (_, finding) => findings.push(finding),
    }),
  );
  renderer = await processor.createRenderer({});
});

describe('the composed digest pipeline', () => {
  it('links the first mention of an entity, under the base path, with the id from the file name', async () => {
    const html = await render('Pat Example runs Ford. Ford again.');
    expect(html).toContain('<a href="/jv-story/entities/chief-executive/">Pat Example</a>');
    expect(html.match(/entities\/ford\//g)).toHaveLength(1);
  });

  it('gives root-relative links in Markdown the base path', async () => {
    expect(await render('[the claims](/claims/)')).toContain('href="/jv-story/claims/"');
  });

  it('marks external links and keeps them safe', async () => {
    const html = await render('[original](https://example.com/a)');
    expect(html).toContain(
      '<a href="https://example.com/a" class="external" rel="noopener noreferrer">original<span class="visually-hidden"> (external site)</span></a>',
    );
  });

  it('removes raw HTML that could run code, and says so', async () => {
    findings.length = 0;
    const html = await render(
      'Text <script>alert(1)</script> <img src="x" onerror="alert(2)"> <a href="javascript:alert(3)">x</a>',
    );
    expect(html).not.toMatch(/<script|onerror|javascript:/);
    expect(findings.length).toBeGreaterThanOrEqual(3);
  });

  it('removes a style, script or template together with its content, so none of it reaches the page or search', async () => {
    const html = await render(
      'Before <style>p { color: red }</style> after.\n\n<style>\n.digest { display: none }\n</style>\n\n<template><p>Hidden</p></template>\n\nEnd <script>alert(1)</script>.',
    );
    expect(html).toContain('<p>Before  after.</p>');
    expect(html).toContain('<p>End .</p>');
    expect(html).not.toMatch(/color|display|Hidden|alert|<style|<template|<script/);
  });

  it('keeps the text of a link whose unsafe address is dropped, as plain text, not a dead link', async () => {
    const html = await render(
      '[Read the original](data:text/html,hi) and [this](javascript:alert(1)) and <a href="vbscript:x">that</a>.',
    );
    expect(html).toBe('<p>Read the original and this and that.</p>');
  });

  it('keeps ordinary raw HTML it allows, such as emphasis', async () => {
    expect(await render('A <em>word</em>.')).toContain('<em>word</em>');
  });
});

describe('the sanitiser, element by element', () => {
  it.each([
    'script',
    'style',
    'template',
    'noscript',
    'noembed',
    'noframes',
    'xmp',
    'iframe',
    'object',
    'applet',
    'canvas',
    'audio',
    'video',
    'svg',
    'math',
    'title',
    'textarea',
    'select',
    // Not <frame>, <frameset> or <embed>: in a digest the HTML parser drops a frame's tags and an embed holds nothing,
    // so what follows them is plain text.
  ])('removes <%s> with everything inside it', async (tag) => {
    const html = await render(`<p>before <${tag}>hidden-${tag}</${tag}> after</p>`);
    expect(html).not.toContain(`hidden-${tag}`);
    expect(html).toContain('before');
    expect(html).toContain('after');
  });

  it('keeps the text of an element it removes when that text is for readers (a form, a font)', async () => {
    expect(await render('<p><form>kept text</form> and <font>more</font></p>')).toMatch(/kept text[\s\S]*more/);
  });

  it('keeps GitHub’s link attributes, our rel and our classes on links, and no other class', async () => {
    const html = await render('<a href="/claims/" title="All claims" class="evil external">claims</a>');
    expect(html).toContain('href="/jv-story/claims/"');
    expect(html).toContain('title="All claims"');
    expect(html).toContain('class="external"');
    expect(html).not.toContain('evil');
  });

  it('keeps the visually-hidden class on a span and no other', async () => {
    const html = await render('<span class="visually-hidden loud">note</span>');
    expect(html).toContain('<span class="visually-hidden">note</span>');
  });

  it('keeps the class of a footnote’s back-reference, which GitHub’s rules allow', async () => {
    const html = await render('Text.[^1]\n\n[^1]: A note.');
    expect(html).toMatch(/<a href="#user-content-fnref-1" [^>]*class="data-footnote-backref">↩<\/a>/);
  });
});

describe('what the unsafe-HTML report names', () => {
  const element = (tagName: string, properties: Record<string, unknown>) =>
    ({ type: 'element', tagName, properties, children: [] }) as unknown as Element;

  it.each<[string, Record<string, unknown>, string[]]>([
    ['a', { onClick: 'x()' }, ['onclick attribute on <a>']],
    ['img', { ONERROR: 'x()' }, ['onerror attribute on <img>']],
    ['a', { href: ' JavaScript:alert(1)' }, ['javascript: URL in href of <a>']],
    ['img', { src: 'data:text/html,x' }, ['data: URL in src of <img>']],
    ['form', { action: 'vbscript:x' }, ['<form> element', 'vbscript: URL in action of <form>']],
    ['a', { href: 'https://example.com/javascript:x' }, []],
    ['a', { title: 'javascript:x' }, []],
    ['a', { href: ['javascript:x'] }, []],
    ['a', { dataOn: 'x' }, []],
    ['button', { formAction: 'javascript:x' }, ['javascript: URL in formAction of <button>']],
    ['video', { poster: 'data:image/png,x' }, ['data: URL in poster of <video>']],
    ['q', { cite: 'javascript:x' }, ['javascript: URL in cite of <q>']],
    ['use', { xLinkHref: 'javascript:x' }, ['javascript: URL in xLinkHref of <use>']],
    ...['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'style', 'link', 'meta', 'base'].map(
      (tag): [string, Record<string, unknown>, string[]] => [tag, {}, [`<${tag}> element`]],
    ),
    ['p', {}, []],
  ])('<%s> %o: %o', (tag, properties, expected) => {
    expect(unsafeParts(element(tag, properties))).toEqual(expected);
  });

  it('warns on the file by default, one message for each finding', () => {
    const file = new VFile();
    const tree = fromHtml('<p onclick="x()">a</p><script>b</script>', { fragment: true });
    bareUnified().use(rehypeFlagUnsafe).runSync(tree, file);
    expect(file.messages.map((message) => message.reason)).toEqual([
      'removed onclick attribute on <p>',
      'removed <script> element',
    ]);
  });
});
