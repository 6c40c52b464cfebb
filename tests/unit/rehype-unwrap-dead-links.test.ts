// rehype-unwrap-dead-links alone, then after the sanitizer with the site's schema (which also strips
// elements together with their content): no debris of removed HTML is left for readers or for search.
import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeSanitize from 'rehype-sanitize';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { sanitizeSchema, STRIPPED_WITH_CONTENT } from '../../src/plugins/markdown-pipeline';
import rehypeUnwrapDeadLinks from '../../src/plugins/rehype-unwrap-dead-links';

const unwrap = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  return toHtml(unified().use(rehypeUnwrapDeadLinks).runSync(tree) as Root);
};

const sanitizeThenUnwrap = (html: string) => {
  const tree = fromHtml(html, { fragment: true });
  return toHtml(unified().use(rehypeSanitize, sanitizeSchema).use(rehypeUnwrapDeadLinks).runSync(tree) as Root);
};

describe('rehype-unwrap-dead-links', () => {
  it('turns a link without an address into its content, as plain text', () => {
    expect(unwrap('<p>See <a>Read the <em>original</em></a>.</p>')).toBe('<p>See Read the <em>original</em>.</p>');
  });

  it('leaves links with an address alone, relative, fragment or external', () => {
    const html = '<p><a href="/claims/">claims</a> <a href="#fn-1">1</a> <a href="https://example.com/">out</a></p>';
    expect(unwrap(html)).toBe(html);
  });

  it('unwraps dead links nested in dead links, and several in a row', () => {
    expect(unwrap('<p><a>one <a>two</a></a><a>three</a></p>')).toBe('<p>one twothree</p>');
  });

  it('unwraps a dead link that is the first thing inside another, as another plugin may build them', () => {
    const link = (children: ElementContent[]): Element => ({ type: 'element', tagName: 'a', properties: {}, children });
    const tree: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'p',
          properties: {},
          children: [link([link([{ type: 'text', value: 'inner' }]), { type: 'text', value: ' outer' }])],
        },
      ],
    };
    expect(toHtml(unified().use(rehypeUnwrapDeadLinks).runSync(tree) as Root)).toBe('<p>inner outer</p>');
  });
});

describe('after the sanitizer with the site’s schema', () => {
  it.each([['data:text/html,hi'], ['javascript:alert(1)'], ['vbscript:msgbox'], ['file:///etc/passwd']])(
    'keeps the text of a link to %s, but no link',
    (href) => {
      expect(sanitizeThenUnwrap(`<p><a href="${href}">Read the original</a></p>`)).toBe('<p>Read the original</p>');
    },
  );

  it('keeps a safe link as a link', () => {
    expect(sanitizeThenUnwrap('<p><a href="https://example.com/a">Read the original</a></p>')).toBe(
      '<p><a href="https://example.com/a">Read the original</a></p>',
    );
  });

  it.each([
    ['<style>p { color: red }</style>'],
    ['<script>alert("x")</script>'],
    ['<template><p>hidden</p></template>'],
    ['<noscript>no <b>script</b></noscript>'],
    ['<iframe src="https://evil.example/">fallback</iframe>'],
    ['<object data="x.swf">fallback</object>'],
    ['<svg><title>label</title><style>.a{}</style><text>chart</text></svg>'],
    ['<textarea>typed</textarea>'],
    ['<select><option>choice</option></select>'],
  ])('removes %s with everything inside it', (html) => {
    expect(sanitizeThenUnwrap(`<p>Before ${html} after.</p>`)).toBe('<p>Before  after.</p>');
  });

  it('replaces other removed elements by their text, which readers should see', () => {
    expect(sanitizeThenUnwrap('<form><p>Ford said <font color="red">no</font>.</p></form>')).toBe(
      '<p>Ford said no.</p>',
    );
  });

  it('strips only elements the sanitizer removes anyway', () => {
    expect(STRIPPED_WITH_CONTENT.filter((tag) => sanitizeSchema.tagNames?.includes(tag))).toEqual([]);
  });
});
