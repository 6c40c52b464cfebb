// The CMS's configuration is made from the schemas (every field, with its widget, required flag and hint),
// its dates cannot lose their precision, and the files it writes read like hand-written ones and pass the checker.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  cmsConfig,
  cmsConfigYaml,
  DATE_SAMPLES,
  datePattern,
  formReference,
  nameField,
  schemaFields,
  type CmsConfig,
  type CmsField,
} from '../../src/cms';
import { forEditors } from '../../src/cms/labels';
import { checkContent } from '../../src/checker/check-content';
import { COLLECTIONS, type CollectionName } from '../../src/lib/collections';
import { idFromWords } from '../../src/lib/ids';
import { newId, readFile, writeFile } from '../../src/cms/browser/files';
import { claimSchema } from '../../src/schemas/claims';
import { entitySchema } from '../../src/schemas/entities';
import { eventSchema } from '../../src/schemas/events';
import type { ReferenceFn } from '../../src/schemas/reference';
import { reportSchema } from '../../src/schemas/reports';
import { siteSchema } from '../../src/schemas/site';
import { sourceSchema } from '../../src/schemas/sources';
import { storySchema } from '../../src/schemas/stories';

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An independent view of each schema: zod's own JSON Schema of what a file may hold, references spelled as consts. */
const referenceAsConst: ReferenceFn = (collection) =>
  z.literal(`→${collection}`).transform(() => ({ id: '', collection }));
const SCHEMAS: Record<CollectionName | 'site', z.ZodType> = {
  stories: storySchema,
  reports: reportSchema(referenceAsConst),
  events: eventSchema(referenceAsConst),
  sources: sourceSchema,
  entities: entitySchema,
  claims: claimSchema(referenceAsConst),
  site: siteSchema,
};
interface JsonSchema {
  type?: string;
  const?: string;
  enum?: string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
}
const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

const config = cmsConfig({ backend: { name: 'local' }, contentDir: 'content' });
const fieldsOf = (collection: string): CmsField[] => {
  const found = config.collections.find((candidate) => candidate.name === collection)!;
  return found.fields ?? found.files![0].fields;
};
const COLLECTION_NAMES = ['reports', 'events', 'sources', 'entities', 'claims', 'stories', 'site'] as const;

/** What the form must offer for one value of the JSON Schema: a list of mismatches, empty when it does. */
function compare(json: JsonSchema, field: CmsField, path: string, required: boolean, problems: string[]) {
  const expect = (ok: boolean, what: string) => ok || problems.push(`${path}: ${what}`);
  expect(field.required === required, `required should be ${required}, is ${field.required}`);
  if (json.description)
    expect(
      field.hint?.includes(forEditors(json.description)) ?? false,
      `hint lacks the schema's description "${json.description}"`,
    );
  const reference = (schema: JsonSchema | undefined) => schema?.const?.startsWith('→') && schema.const.slice(1);
  if (reference(json)) {
    expect(field.widget === 'relation' && !field.multiple, `should be a relation, is ${field.widget}`);
    expect(field.collection === reference(json), `should refer to ${reference(json)}, refers to ${field.collection}`);
    expect(field.value_field === '{{slug}}', 'should store the file name ({{slug}})');
    const shape = (SCHEMAS[field.collection as CollectionName] as z.ZodObject).shape;
    expect(field.search_fields?.[0] === nameField(shape), `should search by ${nameField(shape)}`);
  } else if (json.enum) {
    expect(field.widget === 'select', `should be a select, is ${field.widget}`);
    expect(
      JSON.stringify(field.options?.map((option) => option.value)) === JSON.stringify(json.enum),
      'options differ from the enum',
    );
  } else if (json.type === 'boolean') {
    expect(field.widget === 'boolean', `should be a boolean, is ${field.widget}`);
  } else if (json.type === 'string') {
    expect(['string', 'text'].includes(field.widget), `should be a string or text, is ${field.widget}`);
  } else if (json.type === 'object') {
    expect(field.widget === 'object', `should be an object, is ${field.widget}`);
    compareObject(json, field.fields ?? [], path, required, problems);
  } else if (json.type === 'array') {
    expect((field.min ?? 0) === (required ? (json.minItems ?? 0) : 0), `min should be ${json.minItems}`);
    if (reference(json.items)) {
      expect(
        field.widget === 'relation' && field.multiple === true,
        `should be a relation with several values, is ${field.widget}`,
      );
      expect(field.collection === reference(json.items), `should refer to ${reference(json.items)}`);
    } else if (json.items?.type === 'object') {
      expect(field.widget === 'list' && !!field.fields, `should be a list of objects, is ${field.widget}`);
      compareObject(json.items, field.fields ?? [], `${path}[]`, true, problems);
    } else {
      expect(field.widget === 'list' && !!field.field, `should be a list, is ${field.widget}`);
      if (field.field) compare({ ...json.items, description: undefined }, field.field, `${path}[]`, true, problems);
    }
  } else {
    problems.push(`${path}: the test does not know JSON Schema ${JSON.stringify(json)}`);
  }
}

function compareObject(json: JsonSchema, fields: CmsField[], path: string, required: boolean, problems: string[]) {
  const names = Object.keys(json.properties ?? {});
  const shown = fields.map((field) => field.name).filter((name) => name !== 'body');
  if (JSON.stringify(shown) !== JSON.stringify(names))
    problems.push(`${path}: the form has ${shown.join(', ')}; the schema ${names.join(', ')}`);
  for (const name of names) {
    const field = fields.find((candidate) => candidate.name === name);
    // An optional object's own fields are optional in the form (Decap would refuse to leave the object out).
    // A story is optional in the schema, so that the checker's story-membership rule can say which to add, and
    // required in the form, which asks for at least one (tested below).
    const checkerRequired = name === 'stories' && path !== 'stories';
    if (field)
      compare(
        checkerRequired ? { ...json.properties![name], minItems: 1 } : json.properties![name],
        field,
        `${path}.${name}`,
        checkerRequired || (required && (json.required ?? []).includes(name)),
        problems,
      );
  }
}

describe('the CMS’s configuration, generated from the schemas', () => {
  it.each(COLLECTION_NAMES)(
    '%s: every field of the schema is in the form, with its widget, required flag and description',
    (collection) => {
      const problems: string[] = [];
      compareObject(jsonSchemaOf(SCHEMAS[collection]), fieldsOf(collection), collection, true, problems);
      expect(problems).toEqual([]);
    },
  );

  it('(the comparison itself notices a field left out, a wrong widget, a wrong required flag or a lost hint)', () => {
    const fields = structuredClone(fieldsOf('reports')).filter((field) => field.name !== 'url');
    const named = (name: string) => fields.find((field) => field.name === name)!;
    named('headline').widget = 'markdown';
    named('summary').required = false;
    named('events').collection = 'claims';
    named('language').hint = 'Language.';
    const problems: string[] = [];
    compareObject(jsonSchemaOf(SCHEMAS.reports), fields, 'reports', true, problems);
    expect(problems).toEqual([
      expect.stringMatching(/^reports: the form has .* the schema .*url/),
      'reports.headline: should be a string or text, is markdown',
      expect.stringMatching(/^reports.language: hint lacks/),
      'reports.summary: required should be true, is false',
      'reports.events: should refer to events',
    ]);
  });

  it('writes hints and messages for editors: no file paths, ids, JSON lists, "BCP 47", commands or docs', () => {
    const words: string[] = [];
    const walk = (value: unknown, key = ''): void => {
      if (typeof value === 'string' && ['hint', 'description', 'label'].includes(key)) words.push(value);
      else if (Array.isArray(value)) {
        // a pattern is [regex, message]: the message is what the editor reads
        if (key === 'pattern') words.push(String(value[1]));
        else value.forEach((item) => walk(item));
      } else if (typeof value === 'object' && value !== null)
        for (const [name, item] of Object.entries(value)) walk(item, name);
    };
    walk(config.collections);
    expect(words.length).toBeGreaterThan(50);
    for (const text of words) {
      expect(text).not.toMatch(/content\/|\bids?\b|\[|BCP 47|npm run|docs\/|`|\.md\b|production build/i);
    }
  });

  it('shows a field added to a schema, with its description as the hint', () => {
    const schema = reportSchema(formReference).extend({
      sourceNote: z.string().optional().describe('How we found the report.'),
      related: z.array(formReference('reports')).default([]).describe('Reports on the same angle.'),
    });
    const fields = schemaFields(schema);
    expect(fields.find((field) => field.name === 'sourceNote')).toMatchObject({
      widget: 'text',
      required: false,
      hint: 'How we found the report.',
    });
    expect(fields.find((field) => field.name === 'related')).toMatchObject({
      widget: 'relation',
      collection: 'reports',
      multiple: true,
      required: false,
    });
  });

  it('refuses a zod type it has no widget for, naming the field, rather than leaving it out of the form', () => {
    expect(() => schemaFields(z.strictObject({ count: z.bigint() }), 'test')).toThrow(/test\.count is a zod "bigint"/);
  });

  it('names every collection by its folder and file, relative to decap-server’s folder locally and to the repository for GitHub', () => {
    for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
      const collection = config.collections.find((candidate) => candidate.name === name)!;
      expect(collection).toMatchObject({
        folder: COLLECTIONS[name].folder,
        extension: COLLECTIONS[name].extension.slice(1),
        format: `story-${name}`,
      });
    }
    expect(config.collections.find((collection) => collection.name === 'site')!.files![0].file).toBe('site.yaml');
    expect(config.local_backend).toEqual({ url: 'http://127.0.0.1:8081/api/v1' });

    const github = cmsConfig({ backend: { name: 'github', repo: 'owner/site' }, contentDir: 'content' });
    expect(github.backend).toEqual({ name: 'github', repo: 'owner/site', branch: 'main' });
    expect(github.local_backend).toBeUndefined();
    expect(github.collections[0].folder).toBe('content/reports');
    expect(github.collections.at(-1)!.files![0].file).toBe('content/site.yaml');
  });

  it('makes new reports drafts, added today and named from outlet and headline, with the Markdown body as the digest', () => {
    const fields = fieldsOf('reports');
    const named = (name: string) => fields.find((field) => field.name === name)!;
    expect(named('draft')).toMatchObject({ widget: 'boolean', default: true, story: { default: false } });
    expect(named('added').story).toMatchObject({ today: true, quote: true });
    expect(named('added').default).toBeUndefined(); // never the date the configuration was made (the build's)
    expect(named('body')).toMatchObject({ widget: 'markdown', label: 'Digest' });
    const reports = config.collections.find((collection) => collection.name === 'reports')!;
    expect(reports).toMatchObject({
      slug: '{{fields.__id}}',
      story: { id_from: ['source', 'headline'] },
      delete: false,
    });
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });
});

describe('dates in the form', () => {
  const dateFields: { path: string; field: CmsField }[] = [];
  const collect = (fields: CmsField[], path: string) => {
    for (const field of fields) {
      if (field.story?.date) dateFields.push({ path: `${path}.${field.name}`, field });
      collect([...(field.fields ?? []), ...(field.field ? [field.field] : [])], `${path}.${field.name}`);
    }
  };
  for (const collection of COLLECTION_NAMES) collect(fieldsOf(collection), collection);

  it('are text fields with a pattern, never a date picker', () => {
    expect(dateFields.map(({ path }) => path)).toEqual(
      expect.arrayContaining([
        'reports.published',
        'reports.updated',
        'reports.added',
        'reports.corrections.date',
        'events.date',
        'events.end',
        'claims.history.date',
      ]),
    );
    const widgets = JSON.stringify(config).match(/"widget":"[a-z]+"/g)!;
    expect(widgets.filter((widget) => /date|time/.test(widget))).toEqual([]);
    for (const { path, field } of dateFields) {
      expect(field.widget, path).toBe('string');
      expect(field.story?.quote, path).toBe(true);
      for (const precision of field.story!.date!)
        expect(field.hint, path).toContain(`"${DATE_SAMPLES[precision].sample}"`);
    }
  });

  // Forms that are not ours, and ours with impossible parts. (The pattern is stricter than the schema on one point:
  // it refuses spaces around a date, which the schema trims.)
  const CORPUS = [
    ...Object.values(DATE_SAMPLES).map(({ sample }) => sample),
    '2026-02-04T08:00-03:00',
    '2026-02-04T08:00:30Z',
    '2026-02-13 or 2026-02-14 or 2026-02-15',
    'February 2026',
    '2026-2',
    '16/02/2026',
    '2026-02-16T15:45',
    '2026-13',
    '2026-02-32',
    '2026-02-16 to 2026-02-17',
    '2026-02-16T24:00Z',
    '',
  ];

  it('accept exactly the forms the schema accepts (calendar checks, such as 30 February, stay the checker’s)', () => {
    const schemas = {
      reports: reportSchema(referenceAsConst),
      events: eventSchema(referenceAsConst),
      claims: claimSchema(referenceAsConst),
    } as Record<string, z.ZodObject>;
    for (const { path, field } of dateFields) {
      const pattern = new RegExp(field.pattern![0]);
      const [collection, ...names] = path.split('.');
      if (!schemas[collection]) continue;
      let schema = schemas[collection] as z.ZodType;
      for (const name of names) {
        let current = schema as unknown as {
          def: { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
        };
        while (['optional', 'default'].includes(current.def.type))
          current = current.def.innerType as unknown as typeof current;
        if (current.def.type === 'array') current = current.def.element as unknown as typeof current;
        while (['optional', 'default'].includes(current.def.type))
          current = current.def.innerType as unknown as typeof current;
        schema = current.def.shape![name];
      }
      for (const text of CORPUS) {
        expect(pattern.test(text), `${path}: "${text}"`).toBe(schema.safeParse(text).success);
      }
      expect(pattern.test('2026-02-30'), `${path}: a day the calendar lacks is the checker's to refuse`).toBe(
        field.story!.date!.includes('day'),
      );
    }
  });

  it('spell out every precision in one pattern', () => {
    const all = new RegExp(datePattern(['year', 'month', 'day', 'days', 'minute', 'local-minute']));
    for (const { sample } of Object.values(DATE_SAMPLES)) expect(all.test(sample)).toBe(true);
    expect(new RegExp(datePattern(['month'])).test('2026-02-16')).toBe(false);
  });
});

describe('the files the CMS writes', () => {
  const fields = (collection: string) => fieldsOf(collection);
  const isMarkdown = (collection: string) => collection === 'reports';
  const filesOf = (collection: string) =>
    collection === 'site'
      ? ['content/site.yaml']
      : readdirSync(`content/${collection}`).map((name) => `content/${collection}/${name}`);

  it.each(COLLECTION_NAMES)('%s: every file read and saved unchanged stays byte for byte the same', (collection) => {
    for (const file of filesOf(collection)) {
      const text = readFileSync(file, 'utf8');
      expect(writeFile(readFile(text, isMarkdown(collection)), fields(collection), isMarkdown(collection)), file).toBe(
        text,
      );
    }
  });

  it('changes only the edited line, leaves the order and quoting of the others alone, and quotes a bare date it finds', () => {
    const text = [
      '---',
      'headline: "Old headline"',
      'source: paper',
      'attribution: confirmed',
      'added: 2026-11-22 # left bare by hand',
      'published: "2026-02"',
      'language: en',
      'summary: >-',
      '  Folded text stays folded.',
      'events: []',
      '---',
      'Digest.',
      '',
    ].join('\n');
    const data = readFile(text, true);
    expect(data.added).toBe('2026-11-22'); // the form shows it as written
    const saved = writeFile({ ...data, headline: 'New headline' }, fields('reports'), true);
    expect(saved).toBe(
      text
        .replace('"Old headline"', '"New headline"')
        .replace('added: 2026-11-22 # left bare by hand', 'added: "2026-11-22"'),
    );
  });

  it('writes a key the editor fills in where the form puts it, and removes one the editor empties', () => {
    const text = readFileSync('content/reports/drive-farley-trump-officials-met.md', 'utf8');
    const data = readFile(text, true);
    const saved = writeFile({ ...data, updated: '2026-02-20', caveats: [] }, fields('reports'), true);
    const parsed = parse(saved.split('---')[1]) as Record<string, unknown>;
    expect(parsed.updated).toBe('2026-02-20');
    expect(saved).toContain('\nupdated: "2026-02-20"\n');
    expect(parsed.caveats).toBeUndefined();
    expect(Object.keys(parsed).indexOf('updated')).toBe(
      Object.keys(parsed).indexOf('published') + (parsed.publishedAfter ? 2 : 1),
    );
  });

  it('writes a new report as the authoring guide does: ids bare, dates and our words quoted, defaults left out', () => {
    const saved = writeFile(
      {
        headline: 'Ford weighs Chinese partners',
        source: 'electrek',
        attribution: 'confirmed',
        authors: [],
        published: '2026-02',
        language: 'en',
        url: '',
        summary: 'Electrek relays the scoop: "Ford" wants partners.',
        events: ['bloomberg-reports-jv-talks'],
        entities: ['ford', 'jim-farley'],
        cites: [],
        claims: [{ claim: 'farley-us-majority-jv-pitch', mentionsResponse: false }],
        translatedFrom: { language: '', headline: '' },
        added: '2026-11-23',
        draft: false,
        scheduled: false,
        body: 'Electrek adds little. Jim Farley, it says, met officials.',
        __id: 'electrek-ford-weighs-chinese-partners',
      },
      fields('reports'),
      true,
    );
    expect(saved).toBe(
      [
        '---',
        'headline: "Ford weighs Chinese partners"',
        'source: electrek',
        'attribution: confirmed',
        'published: "2026-02"',
        'language: en',
        'summary: "Electrek relays the scoop: \\"Ford\\" wants partners."',
        'events: [bloomberg-reports-jv-talks]',
        'entities: [ford, jim-farley]',
        'claims:',
        '  - claim: farley-us-majority-jv-pitch',
        '    mentionsResponse: false',
        'added: "2026-11-23"',
        '---',
        'Electrek adds little. Jim Farley, it says, met officials.',
        '',
      ].join('\n'),
    );
  });

  it('asks for at least one story in a report, event or claim, offering none by default', () => {
    for (const collection of ['reports', 'events', 'claims']) {
      const membership = fieldsOf(collection).find((field) => field.name === 'stories')!;
      expect(membership).toMatchObject({ widget: 'relation', multiple: true, required: true, min: 1 });
      expect(membership).not.toHaveProperty('default');
    }
  });

  it('writes files the checker accepts, dates quoted so their precision is kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cms-files-'));
    dirs.push(dir);
    cpSync('content', dir, { recursive: true });
    const report = writeFile(
      {
        headline: 'Ford weighs Chinese partners for US factories',
        stories: ['ford-chinese-ev-jv'],
        source: 'electrek',
        attribution: 'confirmed',
        published: '2026-02',
        publishedAfter: 'bloomberg-reports-jv-talks',
        language: 'en',
        summary: 'Electrek relays Bloomberg: Ford would let Chinese EV makers build cars in the US.',
        events: ['bloomberg-reports-jv-talks'],
        entities: ['ford', 'jim-farley'],
        added: '2026-11-23',
        draft: false,
        body: 'Jim Farley, Electrek says, put the idea to officials.',
      },
      fields('reports'),
      true,
    );
    const event = writeFile(
      {
        title: 'Ford and a partner sign a deal',
        stories: ['ford-chinese-ev-jv'],
        date: '2026-03',
        kind: 'deal',
        summary: 'A deal is signed.',
        approximate: false,
        planned: true,
        entities: ['ford'],
      },
      fields('events'),
      false,
    );
    expect(event).toBe(
      'title: "Ford and a partner sign a deal"\nstories: [ford-chinese-ev-jv]\ndate: "2026-03"\nplanned: true\nkind: deal\nsummary: "A deal is signed."\nentities: [ford]\n',
    );
    writeFileSync(join(dir, 'reports', 'electrek-ford-weighs-chinese-partners-for-us.md'), report);
    writeFileSync(join(dir, 'events', 'ford-partner-deal.yaml'), event);
    const problems = await checkContent(dir, { now: Date.parse('2026-11-23T12:00Z') });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(parse(report.split('---')[1], { customTags: ['timestamp'] }).published).toBe('2026-02');
  });

  it('names a new file as `npm run new:report` does, accents folded', () => {
    const [source, headline] = [fields('reports')[1], fields('reports')[0]];
    const text = 'Ford is asking the Trump Administration to allow Chinese EV tech';
    expect(newId(['electrek', text], [source, headline])).toBe(`electrek-${idFromWords(text)}`);
    expect(newId(['autopapo', 'Ford nega, mas jornal revela conversas com a BYD'], [source, headline])).toBe(
      'autopapo-ford-nega-mas-jornal-revela-conversas',
    );
    expect(newId(['São Paulo’s Auto Show'], [undefined])).toBe('sao-paulos-auto-show');
  });
});

describe('npm run cms:config', () => {
  it('prints the configuration as YAML Decap reads, with the local backend', () => {
    const text = cmsConfigYaml({ backend: { name: 'local' } });
    expect(text).toMatch(/^# Generated from src\/schemas\//);
    const read = parse(text) as CmsConfig;
    expect(read.collections.map((collection) => collection.name)).toEqual([
      'reports',
      'events',
      'sources',
      'entities',
      'claims',
      'stories',
      'site',
    ]);
    expect(read.local_backend).toBeDefined();
    // a long hint or pattern stays on one line, as it reads in the schema
    const digestHint = read.collections[0].fields!.find((field) => field.name === 'body')!.hint!;
    expect(text.split('\n').filter((line) => line.includes(digestHint))).toHaveLength(1);
    // Decap requires these; the file writer needs the formats the CMS registers (src/cms/browser/app.ts).
    expect(read).toMatchObject({ media_folder: 'media', editor: { preview: false } });
  });
});
