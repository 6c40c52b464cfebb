// JSON-LD (schema.org) for reports, outlets, entities and the timeline, built from plain values.
import type { ENTITY_KINDS } from '../schemas/entities';

/** JSON safe to place inside <script>: no "</script>" or "<!--" can close or confuse it. */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export interface ArticleFacts {
  url: string;
  headline: string;
  summary: string;
  datePublished: string;
  dateModified?: string;
  authors: string[];
  publisher: { name: string; url: string };
  originalUrl?: string;
  language: string;
  about: { name: string; url: string }[];
}

export function newsArticle(facts: ArticleFacts) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: facts.headline,
    description: facts.summary,
    url: facts.url,
    mainEntityOfPage: facts.url,
    inLanguage: facts.language,
    datePublished: facts.datePublished,
    dateModified: facts.dateModified ?? facts.datePublished,
    author: facts.authors.length
      ? facts.authors.map((name) => ({ '@type': 'Person', name }))
      : [{ '@type': 'Organization', name: facts.publisher.name, url: facts.publisher.url }],
    publisher: { '@type': 'Organization', name: facts.publisher.name, url: facts.publisher.url },
    ...(facts.originalUrl ? { isBasedOn: facts.originalUrl } : {}),
    about: facts.about.map((thing) => ({ '@type': 'Thing', name: thing.name, url: thing.url })),
  };
}

export function organization(facts: { name: string; url: string; sameAs?: string; description: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: facts.name,
    url: facts.url,
    description: facts.description,
    ...(facts.sameAs ? { sameAs: facts.sameAs } : {}),
  };
}

export function entityThing(facts: { kind: keyof typeof ENTITY_KINDS; name: string; url: string; role: string; aliases: string[] }) {
  return {
    '@context': 'https://schema.org',
    '@type': facts.kind === 'person' ? 'Person' : facts.kind === 'government' || facts.kind === 'agency' ? 'GovernmentOrganization' : 'Organization',
    name: facts.name,
    url: facts.url,
    description: facts.role,
    ...(facts.aliases.length ? { alternateName: facts.aliases } : {}),
  };
}

export function itemList(name: string, items: { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name,
    numberOfItems: items.length,
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, url: item.url })),
  };
}
