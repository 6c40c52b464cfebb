// Readers' names for the codes content stores (src/lib/labels.ts), beside the graph's own wording.
import { describe, expect, it } from 'vitest';
import {
  count,
  countryName,
  entityKindLabel,
  eventKindLabel,
  languageName,
  sourceKindLabel,
} from '../../../src/lib/labels';
import { PROBABLE_MEANING, STATUS_NOT_VERIFIED } from '../../../src/lib/graph';
import { LIMITS, READING_SPEED } from '../../../src/lib/graph/limits';

describe('labels', () => {
  it('names countries and languages in English, keeping codes it does not know', () => {
    expect(countryName('US')).toBe('United States');
    expect(countryName('BR')).toBe('Brazil');
    expect(countryName('XX')).toBe('XX');
    expect(languageName('pt')).toBe('Portuguese');
    expect(languageName('pt-BR')).toBe('Brazilian Portuguese');
    expect(languageName('xx')).toBe('xx');
  });

  it('names kinds of outlet, entity and event', () => {
    expect(sourceKindLabel('wire')).toBe('News agency');
    expect(sourceKindLabel('syndication')).toBe('Republisher');
    expect(entityKindLabel('agency')).toBe('Government body');
    expect(entityKindLabel('person')).toBe('Person');
    expect(eventKindLabel('denial')).toBe('Denial');
    expect(count(2, 'outlet')).toBe('2 outlets');
  });
});

describe('limits', () => {
  it('bounds every list in one place', () => {
    expect(LIMITS).toEqual({
      relatedReports: 5,
      timelinePage: 100,
      homeItems: 50,
      reportList: 50,
      feedItems: 50,
      eventCardReports: 6,
      recentlyAdded: 5,
    });
    expect(READING_SPEED).toBe(220);
  });
});

describe('explanations shown beside labels', () => {
  it('says what "probable" means, and that no status means verified by us', () => {
    expect(PROBABLE_MEANING).toBe(
      'Probable: we could not confirm that this outlet published the report we attribute to it.',
    );
    expect(STATUS_NOT_VERIFIED).toMatch(/^None of these means “verified by us”/);
  });
});
