// JSON-LD: our digest is an Article by this site, based on the original NewsArticle, stated only as far as known.
import { describe, expect, it } from 'vitest';
import {
  digestArticle,
  entityThing,
  itemList,
  jsonLdScript,
  organization,
  type DigestFacts,
} from '../../src/lib/structured-data';
import type { Report } from '../../src/lib/story-types';
import { fordStory, storyOf } from '../helpers/graph-fixture';

const SITE = { name: 'Test Watch', url: 'https://watch.example/' };
const story = () => storyOf(fordStory({ publishedAfter: true }));

/** The facts a report page passes (src/pages/reports/[id].astro): the publisher only for a confirmed outlet. */
const factsFor = (report: Report): DigestFacts => ({
  url: `https://watch.example/reports/${report.id}/`,
  headline: report.data.headline,
  description: report.data.summary,
  language: 'en',
  site: SITE,
  about: report.entities.map((entity) => ({ name: entity.name, url: `https://watch.example/entities/${entity.id}/` })),
  partOf: [],
  original: {
    headline: report.data.headline,
    url: report.data.url,
    datePublished: report.published.isoPartial,
    dateModified: report.updated?.isoPartial,
    language: report.data.language,
    authors: report.data.authors,
    publisher:
      report.attribution === 'confirmed' ? { name: report.source.name, url: report.source.data.homepage } : undefined,
  },
});
const articleOf = (id: string) => digestArticle(factsFor(story().reportById.get(id)!));

describe('digestArticle', () => {
  it('is an Article written and published by this site, at our URL', () => {
    const article = articleOf('electrek-ford-asks');
    const us = { '@type': 'Organization', name: 'Test Watch', url: 'https://watch.example/' };
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'Headline of electrek-ford-asks',
      description: 'Summary of electrek-ford-asks.',
      url: 'https://watch.example/reports/electrek-ford-asks/',
      mainEntityOfPage: 'https://watch.example/reports/electrek-ford-asks/',
      inLanguage: 'en',
      author: us,
      publisher: us,
    });
    expect(article.about).toEqual([
      { '@type': 'Thing', name: 'Ford', url: 'https://watch.example/entities/ford/' },
      { '@type': 'Thing', name: 'Jim Farley', url: 'https://watch.example/entities/jim-farley/' },
      { '@type': 'Thing', name: 'Donald Trump', url: 'https://watch.example/entities/donald-trump/' },
    ]);
  });

  it('is part of the stories it belongs to (each one’s front, a page collecting its reports), and of none when none', () => {
    expect(articleOf('electrek-ford-asks')).not.toHaveProperty('isPartOf');
    const facts = factsFor(story().reportById.get('electrek-ford-asks')!);
    const fronts = [
      { name: 'Tariffs', url: 'https://watch.example/stories/tariffs/' },
      { name: 'Summit', url: 'https://watch.example/stories/summit/' },
    ];
    expect(digestArticle({ ...facts, partOf: fronts }).isPartOf).toEqual(
      fronts.map((front) => ({ '@type': 'CollectionPage', ...front })),
    );
  });

  it('is based on the original NewsArticle with what we know of it: url, instant, authors, confirmed publisher', () => {
    expect(articleOf('electrek-ford-asks').isBasedOn).toEqual({
      '@type': 'NewsArticle',
      headline: 'Headline of electrek-ford-asks',
      inLanguage: 'en',
      url: 'https://electrek.example/ford-asks',
      datePublished: '2026-02-16T15:45Z',
      author: [{ '@type': 'Person', name: 'Fred Lambert' }],
      publisher: { '@type': 'Organization', name: 'Electrek', url: 'https://electrek.example/' },
    });
  });

  it('gives a month-only original its month as datePublished, and invents no url or author', () => {
    const based = articleOf('autoguide-ford-wants').isBasedOn;
    expect(based.datePublished).toBe('2026-02');
    expect(based).not.toHaveProperty('url');
    expect(based).not.toHaveProperty('author');
    expect(based.publisher).toEqual({ '@type': 'Organization', name: 'AutoGuide', url: 'https://autoguide.example/' });
  });

  it('asserts no publisher for a report only probably by its outlet', () => {
    const article = articleOf('drive-farley-met');
    expect(article.isBasedOn).not.toHaveProperty('publisher');
    expect(JSON.stringify(article)).not.toContain('Drive');
    expect(article.publisher.name).toBe('Test Watch');
  });

  it('gives an updated original its update date, at the precision known', () => {
    const updated = storyOf({
      reports: [{ id: 'r', source: 'wire', published: '2026-02-16T15:45Z', updated: '2026-02' }],
    });
    const based = digestArticle(factsFor(updated.reportById.get('r')!)).isBasedOn;
    expect(based).toMatchObject({ datePublished: '2026-02-16T15:45Z', dateModified: '2026-02' });
    expect(articleOf('electrek-ford-asks').isBasedOn).not.toHaveProperty('dateModified');
  });

  it('leaves datePublished out when no ISO date is true and that precise', () => {
    const facts = factsFor(story().reportById.get('electrek-ford-asks')!);
    const article = digestArticle({ ...facts, original: { ...facts.original, datePublished: undefined } });
    expect(article.isBasedOn).not.toHaveProperty('datePublished');
  });
});

describe('other JSON-LD', () => {
  it('cannot close its <script> element or open a comment, and still parses to the same data', () => {
    const data = { headline: 'Evil </script><script>alert(1)</script> <!-- x' };
    const script = jsonLdScript(data);
    expect(script).not.toContain('</script');
    expect(script).not.toContain('<!--');
    expect(script).not.toContain('<');
    expect(JSON.parse(script)).toEqual(data);
  });

  it('describes an outlet, with sameAs only when given', () => {
    expect(
      organization({
        name: 'Wire',
        url: 'https://w.example/',
        description: 'A wire.',
        sameAs: 'https://wire.example/',
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Wire',
      url: 'https://w.example/',
      description: 'A wire.',
      sameAs: 'https://wire.example/',
    });
    expect(organization({ name: 'Wire', url: 'https://w.example/', description: 'A wire.' })).not.toHaveProperty(
      'sameAs',
    );
  });

  it.each([
    ['person', 'Person'],
    ['company', 'Organization'],
    ['organisation', 'Organization'],
    ['government', 'GovernmentOrganization'],
    ['agency', 'GovernmentOrganization'],
  ] as const)('types a %s entity as %s', (kind, type) => {
    const thing = entityThing({ kind, name: 'N', url: 'https://w.example/e/', role: 'R', aliases: [] });
    expect(thing).toEqual({
      '@context': 'https://schema.org',
      '@type': type,
      name: 'N',
      url: 'https://w.example/e/',
      description: 'R',
    });
  });

  it('gives an entity its aliases as alternate names', () => {
    expect(
      entityThing({ kind: 'person', name: 'Jim Farley', url: 'u', role: 'CEO', aliases: ['Farley'] }).alternateName,
    ).toEqual(['Farley']);
  });

  it('numbers list items from one', () => {
    expect(
      itemList('L', [
        { name: 'a', url: 'u' },
        { name: 'b', url: 'v' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name: 'L',
      numberOfItems: 2,
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'a', url: 'u' },
        { '@type': 'ListItem', position: 2, name: 'b', url: 'v' },
      ],
    });
  });
});
