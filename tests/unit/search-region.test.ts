// What the search index reads of a page: its <html> tag, its title and its data-pagefind-body elements, whole.
import { describe, expect, it } from 'vitest';
import { searchRegion } from '../../src/integrations/search-region';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="pt-BR"><head><meta charset="utf-8"><title>A page · Watch</title><link rel="x"></head><body><header>Navigation</header>${body}<footer>Footer</footer></body></html>`;

describe('searchRegion', () => {
  it('keeps the language, the title and the marked element with everything inside it, nested tags of its name too', () => {
    const body =
      '<div data-pagefind-body><h1 id="a">Title</h1><div class="x"><div>deep</div><p>text</p></div><span hidden data-pagefind-filter="type:Report"></span></div>';
    expect(searchRegion(page(`<main>${body}<div>after</div></main>`))).toBe(
      `<!DOCTYPE html><html lang="pt-BR"><head><title>A page · Watch</title></head><body>${body}</body></html>`,
    );
  });

  it('keeps every marked element, in order, and a marked element inside another once', () => {
    const first =
      '<article class="report" data-pagefind-body><p>one</p><section data-pagefind-body>inner</section></article>';
    const second = '<aside data-pagefind-body>two</aside>';
    expect(searchRegion(page(`${first}<p>between</p>${second}`))).toContain(`<body>${first}${second}</body>`);
  });

  it('is nothing for a page without a marked element, even one whose text names the attribute', () => {
    expect(searchRegion(page('<p>Pages carry data-pagefind-body to be indexed.</p>'))).toBeUndefined();
    expect(searchRegion('<?xml version="1.0"?><rss><channel><title>Feed</title></channel></rss>')).toBeUndefined();
  });

  it('refuses an element that is never closed', () => {
    expect(() => searchRegion(page('<div data-pagefind-body><div>open'))).toThrow(/never closed/);
  });
});
