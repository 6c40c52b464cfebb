import { describe, expect, it } from 'vitest';
import { itemList, jsonLdScript, newsArticle } from '../../src/lib/structured-data';

describe('JSON-LD', () => {
  it('cannot close its <script> element or open a comment, and still parses to the same data', () => {
    const data = { headline: 'Evil </script><script>alert(1)</script> <!-- x' };
    const script = jsonLdScript(data);
    expect(script).not.toContain('</script');
    expect(script).not.toContain('<!--');
    expect(JSON.parse(script)).toEqual(data);
  });

  it('credits the outlet as author when a report names no one', () => {
    const article = newsArticle({
      url: 'https://site.test/reports/x/',
      headline: 'H',
      summary: 'S',
      datePublished: '2026-02-01T00:00:00.000Z',
      authors: [],
      publisher: { name: 'Wire', url: 'https://wire.test/' },
      language: 'en',
      about: [],
    });
    expect(article.author).toEqual([{ '@type': 'Organization', name: 'Wire', url: 'https://wire.test/' }]);
    expect(article.dateModified).toBe('2026-02-01T00:00:00.000Z');
    expect(article).not.toHaveProperty('isBasedOn');
  });

  it('numbers list items from one', () => {
    expect(itemList('L', [{ name: 'a', url: 'u' }]).itemListElement).toEqual([{ '@type': 'ListItem', position: 1, name: 'a', url: 'u' }]);
  });
});
