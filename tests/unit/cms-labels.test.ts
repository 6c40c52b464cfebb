// The CMS's words (src/cms/labels.ts): labels, "Add" buttons, enum options and the naming field.
import { describe, expect, it } from 'vitest';
import { labelOf, nameField, optionLabel, singularOf } from '../../src/cms/labels';
import { CLAIM_STATUSES } from '../../src/schemas/claims';
import { EVENT_KINDS } from '../../src/schemas/events';
import { SOURCE_KINDS } from '../../src/schemas/sources';

describe('field labels', () => {
  it.each([
    ['source', 'Outlet'],
    ['url', 'Original address'],
    ['homepage', 'Home page'],
    ['entities', 'People and organisations'],
    ['brokenBy', 'Broken by'],
    ['soFar', 'The story so far'],
    ['timeZone', 'Time zone'],
    ['mentionsResponse', 'Mentions the response'],
    ['headline', 'Headline'],
    ['translatedFrom', 'Translated from'],
    ['contactUrl', 'Contact address'],
    ['urlText', 'Url text'],
  ])('%s reads "%s"', (name, label) => expect(labelOf(name)).toBe(label));
});

describe('the "Add" button of a list', () => {
  it.each([
    ['history', 'Status change'],
    ['soFar', 'Paragraph'],
    ['entities', 'People and organisation'],
    ['authors', 'Author'],
    ['corrections', 'Correction'],
    ['aliases', 'Alias'],
    ['countries', 'Country'],
    ['cites', 'Cite'],
    ['statuses', 'Status'],
    ['evidence', 'Evidence'],
  ])('for %s says "%s"', (name, singular) => expect(singularOf(name)).toBe(singular));
});

describe('enum options', () => {
  it('read as the words of the label map whose keys are exactly the enum’s values', () => {
    expect(optionLabel(Object.keys(EVENT_KINDS), 'deal')).toBe('Deal');
    expect(optionLabel(Object.keys(SOURCE_KINDS), 'ev-press')).toBe('EV news site');
    expect(optionLabel(Object.keys(CLAIM_STATUSES), 'on-record')).toBe('On the record');
  });

  it('fall back to the value itself when no map has exactly those keys', () => {
    expect(optionLabel([...Object.keys(EVENT_KINDS), 'extra'], 'deal')).toBe('deal');
    expect(optionLabel(Object.keys(EVENT_KINDS).slice(1), 'deal')).toBe('deal');
    expect(optionLabel(['confirmed', 'probable'], 'probable')).toBe('Probable');
    expect(optionLabel(['confirmed', 'rumoured'], 'rumoured')).toBe('rumoured');
  });
});

describe('the field entries are named by', () => {
  it('is the first of headline, title, name, statement the collection has', () => {
    expect(nameField({ summary: 1, headline: 1, title: 1 })).toBe('headline');
    expect(nameField({ name: 1, title: 1 })).toBe('title');
    expect(nameField({ statement: 1, name: 1 })).toBe('name');
    expect(nameField({ statement: 1 })).toBe('statement');
    expect(nameField({ summary: 1 })).toBeUndefined();
  });
});
