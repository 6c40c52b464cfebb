// What the search index reads of a page: its <html> tag, its title and its data-pagefind-body elements, whole.
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
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

  it('finds the end of the marked element, not of an element of the same name before it', () => {
    const body = '<div data-pagefind-body><p>report</p></div>';
    expect(searchRegion(page(`<div class="nav"><div>menu</div></div>${body}<div>after</div>`))).toContain(
      `<body>${body}</body>`,
    );
  });

  it('counts a self-closing tag of the marked element’s name as opened and closed at once', () => {
    const body = '<svg data-pagefind-body><svg class="icon"/><text>chart</text></svg>';
    expect(searchRegion(page(`${body}<svg><text>after</text></svg>`))).toContain(`<body>${body}</body>`);
    // A marked element that closes itself is the whole region.
    expect(searchRegion(page('<img data-pagefind-body alt="x"/><p>after</p>'))).toContain(
      '<body><img data-pagefind-body alt="x"/></body>',
    );
  });

  it('reads the tag of the marked element whatever its case', () => {
    const body = '<DIV data-pagefind-body><div>inner</div>text</Div>';
    expect(searchRegion(page(`${body}<div>after</div>`))).toContain(`<body>${body}</body>`);
  });

  it('is not fooled by a comment that names the attribute', () => {
    const body = '<main data-pagefind-body>text</main>';
    expect(searchRegion(page(`<!-- data-pagefind-body marks the region --><p>skip</p>${body}`))).toContain(
      `<body>${body}</body>`,
    );
    expect(searchRegion(page('<!-- add data-pagefind-body here --><p>text</p>'))).toBeUndefined();
  });

  it('keeps the page’s own title, not the title of an SVG in the region', () => {
    const body = '<div data-pagefind-body><svg><title>Chart</title></svg>text</div>';
    expect(searchRegion(page(body))).toBe(
      `<!DOCTYPE html><html lang="pt-BR"><head><title>A page · Watch</title></head><body>${body}</body></html>`,
    );
  });

  it('keeps a title that carries attributes', () => {
    const body = '<main data-pagefind-body>text</main>';
    expect(
      searchRegion(`<html><head><title data-pagefind-meta="title">Page</title></head><body>${body}</body></html>`),
    ).toBe(
      `<!DOCTYPE html><html><head><title data-pagefind-meta="title">Page</title></head><body>${body}</body></html>`,
    );
  });

  it('keeps the story filters and the "Part of" line a report page puts in its region', () => {
    // As src/pages/reports/[id].astro writes it: SearchFacets' empty filter spans and PartOf inside the article.
    const facets =
      '<span hidden data-pagefind-filter="type:Report"></span>' +
      '<span hidden data-pagefind-filter="story:Ford, BYD &amp; the US: talks"></span>' +
      '<span hidden data-pagefind-filter="story:Tariffs"></span>';
    const partOf = '<p class="part-of" data-pagefind-ignore>Part of: <a href="/stories/a/">Ford, BYD</a></p>';
    const article = `<article class="report" data-pagefind-body>${facets}${partOf}<h1>Headline</h1><p>Digest</p></article>`;
    const region = searchRegion(page(`<main>${article}<aside>Related</aside></main>`))!;
    expect(region).toContain(`<body>${article}</body>`);
    expect(region).not.toContain('Related');
  });

  it('leaves out a filter outside the marked element: facets must sit inside it to reach the index', () => {
    const region = searchRegion(
      page('<span hidden data-pagefind-filter="story:Tariffs"></span><div data-pagefind-body>text</div>'),
    )!;
    expect(region).not.toContain('story:Tariffs');
  });

  it('gives Pagefind a region whose story filters it indexes, whole, and whose "Part of" line it leaves out', async () => {
    const body =
      '<div data-pagefind-body><span hidden data-pagefind-filter="story:Ford, BYD &amp; the US: talks"></span>' +
      '<span hidden data-pagefind-filter="story:Tariffs"></span>' +
      '<p data-pagefind-ignore>Part of: <a href="/stories/a/">Ford, BYD</a></p><p>The digest.</p></div>';
    const { index } = await pagefind.createIndex({});
    try {
      const added = await index!.addHTMLFile({ url: '/reports/r/', content: searchRegion(page(body))! });
      expect(added.errors).toEqual([]);
      const { files } = await index!.getFiles();
      const [fragment] = files
        .filter((file) => file.path.startsWith('fragment/'))
        .map((file) => JSON.parse(gunzipSync(Buffer.from(file.content)).subarray('pagefind_dcd'.length).toString()));
      expect(fragment.filters.story.sort()).toEqual(['Ford, BYD & the US: talks', 'Tariffs']);
      expect(fragment.content).toContain('The digest.');
      expect(fragment.content).not.toContain('Part of');
    } finally {
      await index!.deleteIndex();
      await pagefind.close();
    }
  });

  it('makes do without a <title> or an <html> tag', () => {
    const body = '<main data-pagefind-body>text</main>';
    expect(searchRegion(`<!DOCTYPE html><html lang="de"><head></head><body>${body}</body></html>`)).toBe(
      `<!DOCTYPE html><html lang="de"><head></head><body>${body}</body></html>`,
    );
    expect(searchRegion(`<title>Bare</title>${body}`)).toBe(
      `<!DOCTYPE html><html><head><title>Bare</title></head><body>${body}</body></html>`,
    );
  });
});
