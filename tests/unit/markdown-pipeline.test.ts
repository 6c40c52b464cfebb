// The composed Markdown pipeline, as the build runs it (Astro's unified processor with our plugins):
// entity links, base-path links, external-link marking and sanitising together, without a site build.
import { unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../../src/lib/routes';
import { markdownPipeline } from '../../src/plugins/markdown-pipeline';

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
