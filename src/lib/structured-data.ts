// JSON-LD (schema.org) for reports, outlets, entities and the timeline, built from plain values.
import type { ENTITY_KINDS } from '../schemas/entities';

/** JSON safe to place inside <script>: no "</script>" or "<!--" can close or confuse it. */
export function jsonLdScript(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

/** What we know of the article a digest is based on; only what the content knows, nothing guessed. */
interface OriginalFacts {
  headline: string;
  url?: string;
  /**
   * ISO 8601 at the precision known ("2026-02"); left out when no date is that precise. Pass the date view's
   * `isoPartial` (src/lib/dates): a time appears only where `instantOf` allows the date as an instant.
   */
  datePublished?: string;
  dateModified?: string;
  language: string;
  authors: string[];
  /** The outlet, only when we know it published the article (never a "probable" one). */
  publisher?: { name: string; url: string };
}

export interface DigestFacts {
  /** Our page. */
  url: string;
  headline: string;
  description: string;
  language: string;
  /** This site: it writes and publishes the digest. */
  site: { name: string; url: string };
  about: { name: string; url: string }[];
  /** The stories it is part of: each one's front on this site, a page collecting its reports. */
  partOf: { name: string; url: string }[];
  original: OriginalFacts;
}

/**
 * Our digest page as schema.org sees it: an Article written and published by this site, based on the
 * original NewsArticle, whose outlet and authors are stated only as far as we know them.
 */
export function digestArticle(facts: DigestFacts) {
  const us = { '@type': 'Organization', name: facts.site.name, url: facts.site.url };
  const { original } = facts;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: facts.headline,
    description: facts.description,
    url: facts.url,
    mainEntityOfPage: facts.url,
    inLanguage: facts.language,
    author: us,
    publisher: us,
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: original.headline,
      inLanguage: original.language,
      ...(original.url ? { url: original.url } : {}),
      ...(original.datePublished ? { datePublished: original.datePublished } : {}),
      ...(original.dateModified ? { dateModified: original.dateModified } : {}),
      ...(original.authors.length ? { author: original.authors.map((name) => ({ '@type': 'Person', name })) } : {}),
      ...(original.publisher ? { publisher: { '@type': 'Organization', ...original.publisher } } : {}),
    },
    about: facts.about.map((thing) => ({ '@type': 'Thing', name: thing.name, url: thing.url })),
    ...(facts.partOf.length
      ? { isPartOf: facts.partOf.map((front) => ({ '@type': 'CollectionPage', name: front.name, url: front.url })) }
      : {}),
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

export function entityThing(facts: {
  kind: keyof typeof ENTITY_KINDS;
  name: string;
  url: string;
  role: string;
  aliases: string[];
}) {
  return {
    '@context': 'https://schema.org',
    '@type':
      facts.kind === 'person'
        ? 'Person'
        : facts.kind === 'government' || facts.kind === 'agency'
          ? 'GovernmentOrganization'
          : 'Organization',
    name: facts.name,
    url: facts.url,
    description: facts.role,
    ...(facts.aliases.length ? { alternateName: facts.aliases } : {}),
  };
}

/** A list of items; `note` says where an item's place in it is not proven by its dates. */
export function itemList(name: string, items: { name: string; url: string; note?: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name,
    numberOfItems: items.length,
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      url: item.url,
      ...(item.note ? { description: item.note } : {}),
    })),
  };
}
