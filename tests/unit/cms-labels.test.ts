// The CMS's words (src/cms/labels.ts): labels, "Add" buttons, enum options and the naming field.
import { describe, expect, it } from 'vitest';
import { forEditors, labelOf, nameField, optionLabel, singularOf } from '../../src/cms/labels';
import { CLAIM_STATUSES } from '../../src/schemas/claims';
import { EVENT_KINDS } from '../../src/schemas/events';
import { SOURCE_KINDS } from '../../src/schemas/sources';

describe('field labels', () => {
  it.each([
    ['source', 'Outlet'],
    ['url', 'Original address'],
    ['homepage', 'Home page'],
    ['homeUrlNote', 'Home url note'],
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
    // only a plural ending at the end of the label
    ['seriesCount', 'Series count'],
    ['basesCount', 'Bases count'],
    ['statusNote', 'Status note'],
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
    expect(optionLabel(['confirmed', 'rumoured'], 'confirmed')).toBe('confirmed');
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

describe('a schema’s description, as an editor reads it', () => {
  it.each([
    // file paths, with or without a space before them, and folders with or without their slash
    ['An outlet (a file in content/sources/).', 'An outlet.'],
    ['An outlet(content/sources/x.yaml), named.', 'An outlet, named.'],
    ['The outlets in content/sources/, by name.', 'The outlets, by name.'],
    ['The outlets  in content/brand-names and more.', 'The outlets and more.'],
    ['The outlets in content/sources.', 'The outlets.'],
    // JSON lists of ids
    ['The outlets it relies on, e.g. ["bloomberg", "ft"].', 'The outlets it relies on.'],
    ['The outlets e.g. ["bloomberg"] it relies on.', 'The outlets it relies on.'],
    ['The outlets it relies on,e.g.["bloomberg"].', 'The outlets it relies on.'],
    // ids as words
    ['Ids of the outlets it cites.', 'The outlets it cites.'],
    ['Id of an event.', 'An event.'],
    ['Id of a claim.', 'A claim.'],
    ['Ids of outlets.', 'The outlets.'],
    ['Lists ids of the outlets.', 'Lists the outlets.'],
    ['Lists the id of an event.', 'Lists the an event.'],
    ['Lists ids of outlets.', 'Lists the outlets.'],
    ['Squids of the sea.', 'Squids of the sea.'],
    // codes
    ['The language (BCP 47).', 'The language.'],
    ['The language(BCP 47), as written.', 'The language, as written.'],
    ['Write a BCP 47 language tag.', 'Write a language code.'],
    ['The country (ISO 3166-1 alpha-2).', 'The country.'],
    ['The country(ISO 3166-1 alpha-2), as written.', 'The country, as written.'],
    ['Write a two-letter ISO 3166-1 code.', 'Write a two-letter country code.'],
    // commands and the public site
    [
      'Shown in `npm run dev` only, never in a production build.',
      'Shown in the editing preview of the site only, never in the public site.',
    ],
    // an outlet we only cite, by its file's name
    ['An outlet we only cite, e.g. "new-york-times", or one we follow.', 'An outlet we only cite, or one we follow.'],
    // field names as the form labels them
    ['Give `brokenBy` or `source`.', 'Give “Broken by” or “Outlet”.'],
    // the docs
    ['How to write it (see `docs/authoring.md`).', 'How to write it.'],
    ['How to write it(docs/mutation-testing.md), briefly.', 'How to write it, briefly.'],
    ['The guide docs/authoring.md says more.', 'The guide says more.'],
    ['More in the guide `docs/cms.md`.', 'More in the guide.'],
    // no space is left before a full stop
    ['Done  .', 'Done.'],
  ])('%s → %s', (text, words) => expect(forEditors(text)).toBe(words));
});
