// The form's walk over a schema (src/cms/fields.ts), widget by widget: which zod type becomes which form field, what
// its hint says, which values a text field accepts, how lists add and summarise their items, and what an optional
// object's fields say about when they are needed. Small schemas show each case; the collections' own fields show
// that ours come out as editors use them.
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { formReference, schemaFields } from '../../src/cms';
import { collectionFields } from '../../src/cms/fields';
import { storyDate } from '../../src/schemas/story-date';

/** The one field of a schema `{ [name]: schema }`. */
const fieldOf = (schema: z.ZodType, name = 'note') => schemaFields(z.object({ [name]: schema }))[0];
const named = (collection: Parameters<typeof collectionFields>[0], ...path: string[]) => {
  let fields = collectionFields(collection);
  let found = fields.find((field) => field.name === path[0])!;
  for (const name of path.slice(1)) {
    fields = found.fields ?? [found.field!];
    found = fields.find((field) => field.name === name)!;
  }
  return found;
};

describe('free text', () => {
  it('is a text area in quotes, labelled from its name, with its description as the hint', () => {
    expect(fieldOf(z.string().describe('What it says.'), 'basisNote')).toStrictEqual({
      name: 'basisNote',
      label: 'Basis note',
      widget: 'text',
      required: true,
      hint: 'What it says.',
      story: { quote: true },
    });
  });

  it('fits on one line for names, headlines, titles, roles, taglines, authors and aliases', () => {
    for (const name of ['headline', 'title', 'name', 'role', 'tagline', 'authors', 'aliases'])
      expect(fieldOf(z.string(), name), name).toStrictEqual({
        name,
        label: name[0].toUpperCase() + name.slice(1),
        widget: 'string',
        required: true,
        story: { quote: true },
      });
    expect(fieldOf(z.string(), 'summary').widget).toBe('text');
    // Ours: the naming fields on one line, our own words in a text area, the items of a list by the list's name.
    expect(
      [
        named('reports', 'headline'),
        named('events', 'title'),
        named('sources', 'name'),
        named('entities', 'role'),
        named('site', 'tagline'),
        named('reports', 'authors', 'item'),
        named('entities', 'aliases', 'item'),
      ].map((field) => field.widget),
    ).toEqual(['string', 'string', 'string', 'string', 'string', 'string', 'string']);
    expect(
      [
        named('reports', 'summary'),
        named('claims', 'statement'),
        named('reports', 'caveats', 'item'),
        named('stories', 'soFar', 'item'),
      ].map((field) => field.widget),
    ).toEqual(['text', 'text', 'text', 'text']);
  });

  it('stays free text under a length check or a check that is not a pattern', () => {
    expect(fieldOf(z.string().trim().min(1))).toStrictEqual({
      name: 'note',
      label: 'Note',
      widget: 'text',
      required: true,
      story: { quote: true },
    });
    expect(fieldOf(z.string().includes('@'))).toStrictEqual({
      name: 'note',
      label: 'Note',
      widget: 'text',
      required: true,
      story: { quote: true },
    });
  });

  it('is written bare, with no pattern, when a refinement checks it (the time zone)', () => {
    expect(
      fieldOf(
        z.string().refine((value) => value.length > 1, 'too short'),
        'zone',
      ),
    ).toStrictEqual({
      name: 'zone',
      label: 'Zone',
      widget: 'string',
      required: true,
    });
    expect(
      fieldOf(
        z
          .string()
          .trim()
          .min(1)
          .refine((value) => value.length > 1),
        'zone',
      ).widget,
    ).toBe('string');
    expect(named('site', 'timeZone')).toStrictEqual({
      name: 'timeZone',
      label: 'Time zone',
      widget: 'string',
      required: true,
      hint: 'The time zone in which times of day are shown.',
    });
  });
});

describe('codes and addresses', () => {
  it('match the pattern of their check, written bare, with its message in the editor’s words', () => {
    expect(fieldOf(z.string().regex(/^[a-z]+$/, 'use a BCP 47 language tag'), 'code')).toStrictEqual({
      name: 'code',
      label: 'Code',
      widget: 'string',
      required: true,
      pattern: ['^[a-z]+$', 'use a language code'],
    });
    // The pattern is found among other checks; without a message, the pattern itself is the message.
    expect(fieldOf(z.string().min(2).regex(/^\d+$/), 'code').pattern).toEqual(['^\\d+$', 'must match ^\\d+$']);
    expect(named('sources', 'country').pattern).toEqual([
      '^[A-Z]{2}$',
      'use a two-letter country code in capitals, e.g. "US", "GB", "BR"',
    ]);
  });

  it('are full addresses: with slashes on the web, maybe without for mail and telephone', () => {
    expect(fieldOf(z.url(), 'homepage')).toStrictEqual({
      name: 'homepage',
      label: 'Home page',
      widget: 'string',
      required: true,
      pattern: ['^(https?)://[^\\s]+$', 'use a full address'],
    });
    expect(fieldOf(z.url({ protocol: /^https$/, error: 'use a secure address' })).pattern).toEqual([
      '^(https)://[^\\s]+$',
      'use a secure address',
    ]);
    expect(fieldOf(z.url({ protocol: /^tel$/ })).pattern).toEqual(['^(tel):(//)?[^\\s]+$', 'use a full address']);
    expect(named('reports', 'url').pattern).toEqual([
      '^(https?)://[^\\s]+$',
      'use a full http(s) address, e.g. "https://example.com/page"',
    ]);
    const contact = new RegExp(named('site', 'about', 'contactUrl').pattern![0]);
    expect(
      ['mailto:editors@example.org', 'https://example.org/contact', 'http://x.org', 'ftp://x.org', 'https:x.org'].map(
        (text) => contact.test(text),
      ),
    ).toEqual([true, true, true, false, true]);
    const web = new RegExp(named('reports', 'url').pattern![0]);
    expect(['https://x.org/a', 'https:x.org', 'https://x.org/a b', 'mailto:a@x.org'].map((t) => web.test(t))).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });
});

describe('other single values', () => {
  it('offers an enum’s values as a menu, in the schema’s order, in words where the schema gives them', () => {
    expect(fieldOf(z.enum(['b', 'a']), 'kind')).toStrictEqual({
      name: 'kind',
      label: 'Kind',
      widget: 'select',
      required: true,
      options: [
        { label: 'b', value: 'b' },
        { label: 'a', value: 'a' },
      ],
    });
    expect(named('entities', 'kind').options).toEqual([
      { label: 'Person', value: 'person' },
      { label: 'Company', value: 'company' },
      { label: 'Government', value: 'government' },
      { label: 'Government body', value: 'agency' },
      { label: 'Organisation', value: 'organisation' },
    ]);
  });

  it('shows a yes/no as a switch, its default kept so a value equal to it is left out of the file', () => {
    expect(fieldOf(z.boolean().default(false).describe('Held back.'), 'scheduled')).toStrictEqual({
      name: 'scheduled',
      label: 'Scheduled',
      widget: 'boolean',
      required: false,
      hint: 'Held back.',
      story: { default: false },
    });
    expect(fieldOf(z.boolean())).toStrictEqual({ name: 'note', label: 'Note', widget: 'boolean', required: true });
  });

  it('keeps any default but an empty list, which a file leaves out anyway', () => {
    expect(fieldOf(z.string().default('')).story).toEqual({ quote: true, default: '' });
    expect(fieldOf(z.string().default('none')).story).toEqual({ quote: true, default: 'none' });
    expect(fieldOf(z.array(z.string()).default(['a']), 'tags').story).toEqual({ default: ['a'] });
    expect(fieldOf(z.array(z.string()).default([]), 'tags')).not.toHaveProperty('story');
    // a default the schema computes is computed once, as the form is made
    expect(fieldOf(z.string().default(() => 'made')).story).toEqual({ quote: true, default: 'made' });
  });

  it('takes the description from outside in, and the default and optional flag from any layer', () => {
    expect(fieldOf(z.string().describe('inner').optional()).hint).toBe('inner');
    expect(fieldOf(z.string().describe('inner').optional().describe('outer')).hint).toBe('outer');
    const layered = fieldOf(z.string().optional().default('x'));
    expect([layered.required, layered.story]).toEqual([false, { quote: true, default: 'x' }]);
    const inside = fieldOf(z.string().default('y').optional());
    expect([inside.required, inside.story]).toEqual([false, { quote: true, default: 'y' }]);
    expect(fieldOf(z.string().optional()).required).toBe(false);
  });
});

describe('dates', () => {
  it('are text in quotes with a pattern, its message and a hint of the accepted forms after the description', () => {
    expect(fieldOf(storyDate(['year', 'day']).describe('When it happened.'), 'date')).toStrictEqual({
      name: 'date',
      label: 'Date',
      widget: 'string',
      required: true,
      pattern: [
        '^((\\d{4})|(\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])))$',
        'write "2025", "2026-02-16" (a year, a day): never more precise than known',
      ],
      hint: 'When it happened. Accepted: "2025" (a year) · "2026-02-16" (a day). Never more precise than known.',
      story: { quote: true, date: ['year', 'day'] },
    });
    expect(fieldOf(storyDate(['month']).optional(), 'end').hint).toBe(
      'Accepted: "2026-02" (a month). Never more precise than known.',
    );
  });
});

describe('references to other entries', () => {
  const relation = (collection: string, search: string) => ({
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [search],
    display_fields: [search],
    options_length: 1000,
  });

  it('are menus of the entries of a collection, searched and shown by the field they are named by', () => {
    const fields = schemaFields(
      z.object({
        report: formReference('reports'),
        event: formReference('events').optional(),
        outlet: formReference('sources'),
        entity: formReference('entities'),
        claim: formReference('claims'),
      }),
    );
    expect(fields).toStrictEqual([
      { name: 'report', label: 'Report', ...relation('reports', 'headline'), required: true },
      { name: 'event', label: 'Event', ...relation('events', 'title'), required: false },
      { name: 'outlet', label: 'Outlet', ...relation('sources', 'name'), required: true },
      { name: 'entity', label: 'Entity', ...relation('entities', 'name'), required: true },
      { name: 'claim', label: 'Claim', ...relation('claims', 'statement'), required: true },
    ]);
  });

  it('take several values in a list, at least as many as the schema asks', () => {
    expect(fieldOf(z.array(formReference('entities')).min(2), 'people')).toStrictEqual({
      name: 'people',
      label: 'People',
      ...relation('entities', 'name'),
      multiple: true,
      min: 2,
      required: true,
    });
    expect(named('reports', 'events')).toStrictEqual({
      name: 'events',
      label: 'Events',
      ...relation('events', 'title'),
      multiple: true,
      required: false,
      hint: 'The timeline events the report covers.',
    });
  });
});

describe('lists', () => {
  it('of single values add an item named in the singular, and ask for at least the schema’s minimum', () => {
    expect(fieldOf(z.array(z.string()).max(5).min(1), 'paragraphs')).toStrictEqual({
      name: 'paragraphs',
      label: 'Paragraphs',
      widget: 'list',
      collapsed: false,
      field: { name: 'item', label: 'Paragraph', required: true, widget: 'text', story: { quote: true } },
      min: 1,
      required: true,
    });
    expect(fieldOf(z.array(z.string()).max(5), 'paragraphs')).not.toHaveProperty('min');
    expect(fieldOf(z.array(z.string().optional()), 'tags').field).toStrictEqual({
      name: 'item',
      label: 'Tag',
      required: true,
      widget: 'text',
      story: { quote: true },
    });
    expect(named('claims', 'history').min).toBe(1);
    expect(named('stories', 'soFar')).toMatchObject({ min: 1, field: { label: 'Paragraph' } });
  });

  it('of objects show each item by its first two plain fields, skipping objects and lists', () => {
    const item = z.object({
      place: z.object({ city: z.string() }),
      tags: z.array(z.string()),
      title: z.string(),
      done: z.boolean(),
      note: z.string(),
    });
    const steps = fieldOf(z.array(item).min(1), 'steps');
    expect({ ...steps, fields: steps.fields!.map((field) => field.name) }).toStrictEqual({
      name: 'steps',
      label: 'Steps',
      widget: 'list',
      label_singular: 'Step',
      summary: '{{fields.title}} · {{fields.done}}',
      collapsed: false,
      fields: ['place', 'tags', 'title', 'done', 'note'],
      min: 1,
      required: true,
    });
    expect(fieldOf(z.array(z.object({ title: z.string() })), 'steps').summary).toBe('{{fields.title}}');
    expect(fieldOf(z.array(z.object({ place: z.object({ city: z.string() }) })), 'steps').summary).toBe('');
    expect(named('claims', 'history')).toMatchObject({
      label_singular: 'Status change',
      summary: '{{fields.status}} · {{fields.date}}',
    });
    expect(named('reports', 'corrections').summary).toBe('{{fields.date}} · {{fields.note}}');
  });
});

describe('objects', () => {
  it('show their fields in the schema’s order, open when required', () => {
    expect(fieldOf(z.object({ title: z.string(), done: z.boolean() }), 'story')).toStrictEqual({
      name: 'story',
      label: 'Story',
      widget: 'object',
      fields: [
        { name: 'title', label: 'Title', widget: 'string', required: true, story: { quote: true } },
        { name: 'done', label: 'Done', widget: 'boolean', required: true },
      ],
      required: true,
    });
  });

  it('when optional, fold away and say when each needed field is needed (nested objects too)', () => {
    const field = fieldOf(
      z
        .object({
          language: z.string().regex(/^[a-z]+$/, 'a code'),
          headline: z.string().describe('The original headline.'),
          note: z.string().optional().describe('Anything else.'),
          pages: z.array(z.string()).min(2).optional(),
          place: z.object({ city: z.string().describe('Its city.'), country: z.string().optional() }),
        })
        .optional()
        .describe('For a translation.'),
      'translatedFrom',
    );
    expect(field).toStrictEqual({
      name: 'translatedFrom',
      label: 'Translated from',
      widget: 'object',
      required: false,
      hint: 'For a translation.',
      collapsed: true,
      fields: [
        {
          name: 'language',
          label: 'Language',
          widget: 'string',
          pattern: ['^[a-z]+$', 'a code'],
          required: false,
          hint: 'Needed when “Translated from” is filled in.',
        },
        {
          name: 'headline',
          label: 'Headline',
          widget: 'string',
          story: { quote: true },
          required: false,
          hint: 'The original headline. Needed when “Translated from” is filled in.',
        },
        {
          name: 'note',
          label: 'Note',
          widget: 'text',
          story: { quote: true },
          required: false,
          hint: 'Anything else.',
        },
        {
          name: 'pages',
          label: 'Pages',
          widget: 'list',
          collapsed: false,
          field: { name: 'item', label: 'Page', required: true, widget: 'text', story: { quote: true } },
          required: false,
          hint: 'Needed when “Translated from” is filled in (at least 2).',
        },
        {
          name: 'place',
          label: 'Place',
          widget: 'object',
          required: false,
          hint: 'Needed when “Translated from” is filled in.',
          fields: [
            {
              name: 'city',
              label: 'City',
              widget: 'text',
              story: { quote: true },
              required: false,
              hint: 'Its city. Needed when “Translated from” is filled in.',
            },
            { name: 'country', label: 'Country', widget: 'text', story: { quote: true }, required: false },
          ],
        },
      ],
    });
    expect(named('reports', 'translatedFrom')).toMatchObject({ required: false, collapsed: true });
    expect(named('reports', 'translatedFrom', 'language')).toMatchObject({
      required: false,
      hint: 'Language of the original. Needed when “Translated from” is filled in.',
    });
  });
});

describe('a zod type the form has no widget for', () => {
  it('stops the walk, naming where the field is, in a list too', () => {
    expect(() => schemaFields(z.object({ count: z.bigint() }))).toThrow(
      'src/cms/fields.ts: schema.count is a zod "bigint", which has no form widget yet: teach widgetFor() this type',
    );
    expect(() => schemaFields(z.object({ counts: z.array(z.bigint()) }), 'events')).toThrow(
      'events.counts[] is a zod "bigint"',
    );
    expect(() => schemaFields(z.object({ place: z.object({ at: z.number() }) }), 'events')).toThrow(
      'events.place.at is a zod "number"',
    );
  });
});
