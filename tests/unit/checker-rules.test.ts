// Each cross-file rule of the checker on its own, on content built in memory.
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/checker/rules';
import { claimBasis, claimBasisProblems } from '../../src/checker/rules/claim-basis';
import { claimHistoryOrder } from '../../src/checker/rules/claim-history-order';
import { claimStatuses } from '../../src/checker/rules/claim-statuses';
import {
  collectingReporter,
  type Entries,
  type Entry,
  type Problem,
  type Rule,
  type RuleContext,
} from '../../src/checker/rules/context';
import { coveredEvents } from '../../src/checker/rules/covered-events';
import { duplicateIds } from '../../src/checker/rules/duplicate-ids';
import { duplicateUrls } from '../../src/checker/rules/duplicate-urls';
import { emptyCollections } from '../../src/checker/rules/empty-collections';
import { entityMentionedUntagged } from '../../src/checker/rules/entity-mentioned-untagged';
import { entityTags } from '../../src/checker/rules/entity-tags';
import { eventRanges } from '../../src/checker/rules/event-ranges';
import { fileNames } from '../../src/checker/rules/file-names';
import { futureDates } from '../../src/checker/rules/future-dates';
import { mentionsResponse } from '../../src/checker/rules/mentions-response';
import { PLACEHOLDER, placeholders } from '../../src/checker/rules/placeholders';
import { probableOutletInProse } from '../../src/checker/rules/probable-outlet-in-prose';
import { publishedAfter } from '../../src/checker/rules/published-after';
import { soFarDated } from '../../src/checker/rules/so-far-dated';
import { storyLinks } from '../../src/checker/rules/story-links';
import { storyMembership } from '../../src/checker/rules/story-membership';
import { MAX_HEADLINE, MAX_SUMMARY, textLengths } from '../../src/checker/rules/text-lengths';
import { unreadFiles } from '../../src/checker/rules/unread-files';
import { unsafeMarkup } from '../../src/checker/rules/unsafe-markup';
import { updatedDates } from '../../src/checker/rules/updated-dates';
import type { CollectionName } from '../../src/lib/collections';
import { claimSchema } from '../../src/schemas/claims';
import { entitySchema } from '../../src/schemas/entities';
import { eventSchema } from '../../src/schemas/events';
import { idReference } from '../../src/schemas/reference';
import { reportSchema } from '../../src/schemas/reports';
import type { SiteData } from '../../src/schemas/site';
import { sourceSchema } from '../../src/schemas/sources';
import { storySchema } from '../../src/schemas/stories';

const schemas = {
  stories: storySchema,
  sources: sourceSchema,
  entities: entitySchema,
  events: eventSchema(idReference),
  reports: reportSchema(idReference),
  claims: claimSchema(idReference),
};

type Raw = Record<string, unknown>;

/** An entry as the checker hands it to rules: validated data, and the file it came from (lines unknown here). */
function entry<C extends keyof typeof schemas>(
  collection: C,
  id: string,
  raw: Raw,
  body?: string,
): Entry<z.output<(typeof schemas)[C]>> {
  const data = schemas[collection].parse(raw) as z.output<(typeof schemas)[C]>;
  return { id, parsed: { file: `${collection}/${id}`, data: raw, body, lineOf: () => undefined }, data };
}

const report = (id: string, fields: Raw, body = 'A digest.') =>
  entry(
    'reports',
    id,
    {
      headline: 'H',
      source: 'wire',
      attribution: 'confirmed',
      published: '2026-02-10',
      added: '2026-11-22',
      language: 'en',
      summary: 'S.',
      ...fields,
    },
    body,
  );
const event = (id: string, fields: Raw) =>
  entry('events', id, { title: 'T', date: '2026-02-01', kind: 'meeting', summary: 'S.', ...fields });
const claim = (id: string, fields: Raw) =>
  entry('claims', id, {
    statement: 'S',
    basis: 'unnamed-sources',
    history: [{ status: 'reported', date: '2026-02-01', outlet: 'wire' }],
    ...fields,
  });
/** A story file with the given fields over a complete one. */
const story = (id: string, fields: Raw) =>
  entry('stories', id, { title: 'T', description: 'D', status: 'developing', soFar: ['So far.'], ...fields });
const entity = (id: string, fields: Raw) =>
  entry('entities', id, { name: 'N', kind: 'person', role: 'R', country: 'US', ...fields });

interface Content {
  entries?: Partial<Entries>;
  site?: Entry<SiteData>;
  files?: Partial<Record<CollectionName, string[]>>;
  unreadFiles?: string[];
  scanMarkup?: boolean;
  now?: number;
}

/** The rules' "now" unless a test gives another: the day after the fixtures were added. */
const NOW = Date.parse('2026-11-23T00:00Z');

/** The problems one rule reports on the given content, as "severity field: message" lines. */
async function run(rule: Rule, content: Content = {}): Promise<Problem[]> {
  const problems: Problem[] = [];
  const context: RuleContext = {
    contentDir: 'content',
    filesByCollection: {
      stories: ['stories/s.yaml'],
      sources: ['sources/wire.yaml'],
      entities: [],
      events: [],
      reports: [],
      claims: [],
      ...content.files,
    },
    unreadFiles: content.unreadFiles ?? [],
    entries: { stories: [], sources: [], entities: [], events: [], reports: [], claims: [], ...content.entries },
    site: content.site,
    scanMarkup: content.scanMarkup ?? true,
    now: content.now ?? NOW,
    ...collectingReporter(problems),
  };
  await rule.check(context);
  return problems;
}
const messages = async (rule: Rule, content: Content) =>
  (await run(rule, content)).map(
    ({ severity, file, field, message }) => `${severity} ${file}${field ? ` ${field}` : ''}: ${message}`,
  );

describe('the rule list', () => {
  it('runs every rule module once, each under its own name', () => {
    const rules = [
      unreadFiles,
      duplicateIds,
      fileNames,
      emptyCollections,
      soFarDated,
      storyMembership,
      storyLinks,
      placeholders,
      textLengths,
      eventRanges,
      claimHistoryOrder,
      claimStatuses,
      claimBasis,
      duplicateUrls,
      futureDates,
      updatedDates,
      coveredEvents,
      publishedAfter,
      mentionsResponse,
      entityTags,
      entityMentionedUntagged,
      probableOutletInProse,
      unsafeMarkup,
    ];
    expect(new Set(RULES)).toEqual(new Set(rules));
    expect(RULES).toHaveLength(rules.length);
    expect(new Set(RULES.map((rule) => rule.name)).size).toBe(RULES.length);
  });
});

describe('files and ids', () => {
  it('unread-files: says how to fix a file in a collection folder, and one outside them', async () => {
    expect(await messages(unreadFiles, { unreadFiles: ['reports/notes.txt', 'misc/a.yaml'] })).toEqual([
      'error content/reports/notes.txt: not read by the site: reports/ takes only .md files directly inside it — rename or move it',
      'error content/misc/a.yaml: not read by the site: put it in stories/, sources/, entities/, events/, reports/, claims/ or remove it',
    ]);
  });

  it('duplicate-ids: names both files that share an id', async () => {
    const found = await messages(duplicateIds, {
      files: { reports: ['reports/Ford Deal.md', 'reports/ford-deal.md', 'reports/other.md'] },
    });
    expect(found).toEqual([
      'error content/reports/Ford Deal.md: has the same id "ford-deal" as content/reports/ford-deal.md, so one would replace the other — rename one of them',
      'error content/reports/ford-deal.md: has the same id "ford-deal" as content/reports/Ford Deal.md, so one would replace the other — rename one of them',
    ]);
  });

  it('file-names: names the rename for a file whose name is not its id, unless the new name is taken', async () => {
    expect(
      await messages(fileNames, { files: { entities: ['entities/Chief Executive.yaml', 'entities/ford.yaml'] } }),
    ).toEqual([
      'error content/entities/Chief Executive.yaml: is named differently from its id "chief-executive" — rename "Chief Executive.yaml" to "chief-executive.yaml"',
    ]);
    expect(
      await run(fileNames, { files: { entities: ['entities/Chief Executive.yaml', 'entities/chief-executive.yaml'] } }),
    ).toEqual([]);
  });

  it('empty-collections: an empty collection is an error unless it may be empty', async () => {
    expect(
      await messages(emptyCollections, {
        files: { sources: [], entities: ['entities/a.yaml'], events: ['events/a.yaml'], reports: ['reports/a.md'] },
      }),
    ).toEqual([
      'error content/sources: has no outlet files: the collection is empty — add at least one .yaml file to sources/ (see docs/authoring.md)',
    ]);
  });
});

describe('stories', () => {
  it('so-far-dated: "the story so far" needs the date it speaks for; an empty one is missing', async () => {
    const fix = ' — add soFarAsOf: "YYYY-MM" (or "YYYY-MM-DD"), the date of the latest development the text takes in';
    expect(await messages(soFarDated, { entries: { stories: [story('s', {})] } })).toEqual([
      `error stories/s soFarAsOf: "the story so far" does not say the date it speaks for${fix}`,
    ]);
    const blank = story('s', {});
    blank.parsed.data = { ...(blank.parsed.data as Raw), soFarAsOf: ' ' };
    expect(await messages(soFarDated, { entries: { stories: [blank] } })).toHaveLength(1);
    expect(await run(soFarDated, { entries: { stories: [story('s', { soFarAsOf: '2026-11-22' })] } })).toEqual([]);
  });

  it('story-membership: a report, event or claim in no story is an error that names the stories there are', async () => {
    const none = { stories: [] };
    const content = {
      reports: [report('r', none), report('in', { stories: ['jv'] })],
      events: [event('e', none)],
      claims: [claim('c', none)],
    };
    expect(await messages(storyMembership, { entries: { ...content, stories: [story('jv', {})] } })).toEqual([
      'error reports/r stories: belongs to no story — add stories: [jv] (the stories are "jv")',
      'error events/e stories: belongs to no story — add stories: [jv] (the stories are "jv")',
      'error claims/c stories: belongs to no story — add stories: [jv] (the stories are "jv")',
    ]);
    expect(
      await messages(storyMembership, {
        entries: { reports: [report('r', none)], stories: [story('b', {}), story('a', {})] },
      }),
    ).toEqual(['error reports/r stories: belongs to no story — add stories: [<story id>] (the stories are "a", "b")']);
    expect(await messages(storyMembership, { entries: { reports: [report('r', none)] } })).toEqual([
      'error reports/r stories: belongs to no story — add stories: [<story id>] (add a story first (content/stories/<id>.yaml))',
    ]);
  });

  it('story-links: an event or claim a report or claim links to belongs to every story the linking entry does', async () => {
    const entries = {
      stories: [story('a', {}), story('b', {})],
      events: [event('only-a', { stories: ['a'] }), event('both', { stories: ['a', 'b'] })],
      claims: [claim('c', { stories: ['a', 'b'], events: ['only-a', 'both'] })],
      reports: [
        report('r', {
          stories: ['b'],
          events: ['both', 'only-a'],
          publishedAfter: 'only-a',
          claims: [{ claim: 'c', mentionsResponse: true }],
        }),
        report('fine', { stories: ['a'], events: ['only-a'] }),
      ],
    };
    const fix = (id: string, story: string) =>
      `which is not in story "${story}" this entry belongs to — add "${story}" to the stories of content/events/${id}.yaml, or remove the link`;
    expect(await messages(storyLinks, { entries })).toEqual([
      `error reports/r publishedAfter: links to event "only-a", ${fix('only-a', 'b')}`,
      `error reports/r events[1]: links to event "only-a", ${fix('only-a', 'b')}`,
      `error claims/c events[0]: links to event "only-a", ${fix('only-a', 'b')}`,
    ]);
  });
});

describe('every collection', () => {
  it('placeholders: "TODO:" in any text field of any collection, or in a digest, unless the report is a draft', async () => {
    const found = await messages(placeholders, {
      entries: {
        reports: [
          report(
            'generated',
            { summary: PLACEHOLDER, caveats: ['Checked.', 'TODO : check the date'] },
            `${PLACEHOLDER} The digest.`,
          ),
          report('draft', { summary: PLACEHOLDER, draft: true }, PLACEHOLDER),
          report('fine', {
            headline: 'TODO MUNDO quer carros elétricos',
            summary: 'Todo: a Portuguese word, and a "todo: list".',
          }),
        ],
        sources: [
          entry('sources', 'outlet', {
            name: 'O',
            homepage: 'https://o.example/',
            language: 'en',
            kind: 'wire',
            description: PLACEHOLDER,
          }),
        ],
        events: [event('e', { summary: 'Met. TODO: who?' })],
        claims: [claim('c', { statement: PLACEHOLDER })],
      },
    });
    const fix = ' — write it in our own words';
    const draft = ', or keep the report a draft ("draft: true")';
    expect(found).toEqual([
      `error sources/outlet description: still holds a placeholder ("TODO: …")${fix}`,
      `error events/e summary: still holds a placeholder ("TODO: …")${fix}`,
      `error reports/generated summary: still holds a placeholder ("TODO: …")${fix}${draft}`,
      `error reports/generated caveats[1]: still holds a placeholder ("TODO: …")${fix}${draft}`,
      `error reports/generated: the digest still holds a placeholder ("TODO: …")${fix}${draft}`,
      `error claims/c statement: still holds a placeholder ("TODO: …")${fix}`,
    ]);
  });

  it(`text-lengths: warns about a headline or title over ${MAX_HEADLINE} characters and a summary over ${MAX_SUMMARY}`, async () => {
    const long = (length: number) => 'é'.repeat(length);
    const found = await messages(textLengths, {
      entries: {
        reports: [
          report('at-limits', { headline: long(MAX_HEADLINE), summary: long(MAX_SUMMARY) }),
          report('over', {
            headline: long(2000),
            summary: long(MAX_SUMMARY + 1),
            translatedFrom: { language: 'pt', headline: long(MAX_HEADLINE + 1) },
          }),
        ],
        events: [
          event('at-limits', { title: long(MAX_HEADLINE), summary: long(MAX_SUMMARY) }),
          event('over', { title: long(201), summary: long(900) }),
        ],
      },
    });
    expect(found).toEqual([
      'warning reports/over headline: is 2,000 characters long, more than 200 — is it the headline alone, pasted once? Shorten it to what the outlet wrote',
      'warning reports/over translatedFrom.headline: is 201 characters long, more than 200 — is it the headline alone, pasted once? Shorten it to what the outlet wrote',
      'warning reports/over summary: is 601 characters long, more than 600 — keep the summary to one or two sentences and move the detail into the digest',
      'warning events/over title: is 201 characters long, more than 200 — an event title is a short headline: move the detail into the summary',
      'warning events/over summary: is 900 characters long, more than 600 — keep the summary to the essentials of what happened',
    ]);
  });
});

describe('events and claims', () => {
  it('event-ranges: an end before the date is an error; an end inside a month date is not', async () => {
    expect(
      await messages(eventRanges, { entries: { events: [event('a', { date: '2026-02-10', end: '2026-02-01' })] } }),
    ).toEqual(['error events/a end: ends before it begins (date is 2026-02-10) — swap them or fix one']);
    expect(
      await run(eventRanges, { entries: { events: [event('b', { date: '2026-02', end: '2026-02-10' })] } }),
    ).toEqual([]);
  });

  it('claim-history-order: a status known to come before the one it follows is an error; one that may not is fine', async () => {
    const history = [
      { status: 'reported', date: '2026-02-10', outlet: 'wire' },
      { status: 'denied', date: '2026-02', entity: 'ford' },
      { status: 'confirmed', date: '2026-01-20', entity: 'ford' },
    ];
    expect(await messages(claimHistoryOrder, { entries: { claims: [claim('c', { history })] } })).toEqual([
      'error claims/c history[2].date: is dated 2026-01-20, before the status it follows (2026-02) — list the history oldest first',
    ]);
  });

  it('claim-statuses: the first status says how the claim was made, later ones are responses', async () => {
    const first = [{ status: 'denied', date: '2026-02-01', entity: 'ford' }];
    const again = [
      { status: 'on-record', date: '2026-02-01', entity: 'ford' },
      { status: 'reported', date: '2026-02-02', outlet: 'wire' },
    ];
    const fine = [
      { status: 'reported', date: '2026-02-01', outlet: 'wire' },
      { status: 'denied', date: '2026-02-02', entity: 'ford' },
      { status: 'retracted', date: '2026-02-03', outlet: 'wire' },
    ];
    expect(
      await messages(claimStatuses, {
        entries: {
          claims: [claim('a', { history: first }), claim('b', { history: again }), claim('c', { history: fine })],
        },
      }),
    ).toEqual([
      'error claims/a history[0].status: is "denied", but the history starts with how the claim was made — add a first entry with status "on-record" or "reported"',
      'error claims/b history[1].status: is "reported", which only the first entry can be: later entries are responses — use "confirmed", "denied", "disputed" or "retracted", or remove the entry',
    ]);
  });

  it('claim-basis: a claimant exactly for on-record claims, and on-record first only on that basis', async () => {
    const onRecord = [{ status: 'on-record', date: '2026-01-13', entity: 'trump' }];
    const found = await messages(claimBasis, {
      entries: {
        claims: [
          claim('no-claimant', { basis: 'on-record', history: onRecord }),
          claim('claimant-anyway', { basis: 'not-sourced', claimant: 'trump' }),
          claim('said-on-record', { basis: 'unnamed-sources', history: onRecord }),
          claim('fine-on-record', { basis: 'on-record', claimant: 'trump', history: onRecord }),
          claim('fine-reported', { basis: 'on-record', claimant: 'moolenaar' }),
        ],
      },
    });
    expect(found).toEqual([
      'error claims/no-claimant basis: is "on-record", so the claim needs a "claimant": add the id of the person or body who made it (a file in content/entities/), or change the basis',
      'error claims/claimant-anyway claimant: names who made the claim, but its basis is "not-sourced" (no source given) — remove "claimant", or set "basis: on-record"',
      'error claims/said-on-record history[0].status: is "on-record", but the basis is "unnamed-sources": only a claim a named person or body made publicly starts on the record — set "basis: on-record" with a claimant, or start with "reported"',
    ]);
  });

  it('claim-basis: names the folder a claimant is in under the content folder checked', () => {
    const [problem] = claimBasisProblems({ basis: 'on-record', history: [] }, 'sites/ev/content');
    expect(problem.message).toContain('(a file in sites/ev/content/entities/)');
  });
});

describe('reports', () => {
  it('duplicate-urls: the same address up to case, a trailing slash, a fragment or tracking parameters', async () => {
    const reports = [
      report('a', { url: 'https://Example.com/story/' }),
      report('b', { url: 'https://example.com/story?utm_source=x#top' }),
      report('c', { url: 'https://example.com/other' }),
    ];
    expect(await messages(duplicateUrls, { entries: { reports } })).toEqual([
      'error reports/a url: is the same article as reports/b — merge the reports or fix the address',
      'error reports/b url: is the same article as reports/a — merge the reports or fix the address',
    ]);
  });

  it('duplicate-urls: the same address over http or https, with or without "www."', async () => {
    const reports = [
      report('a', { url: 'https://example.com/story' }),
      report('b', { url: 'http://www.example.com/story/' }),
      report('c', { url: 'http://example.com/story' }),
      report('d', { url: 'https://www.example.org/story' }),
      report('e', { url: 'https://wwwexample.com/story' }),
    ];
    expect(await messages(duplicateUrls, { entries: { reports } })).toEqual([
      'error reports/a url: is the same article as reports/b, reports/c — merge the reports or fix the address',
      'error reports/b url: is the same article as reports/a, reports/c — merge the reports or fix the address',
      'error reports/c url: is the same article as reports/a, reports/b — merge the reports or fix the address',
    ]);
  });

  it('future-dates: a report dated after now is an error unless scheduled or a draft; a date begun anywhere is not after now', async () => {
    const reports = [
      report('future', { published: '2030-01-01' }),
      report('future-minute', { published: '2026-11-23T00:01Z' }),
      report('scheduled', { published: '2030-01-01', scheduled: true }),
      report('draft', { published: '2030-01-01', draft: true }),
      // 23 November has begun at UTC+14 (and in UTC); 24 November has begun at UTC+14 only, from 10:00 UTC.
      report('today', { published: '2026-11-23' }),
      report('tomorrow', { published: '2026-11-24' }),
      report('next-month', { published: '2026-12' }),
    ];
    expect(await messages(futureDates, { entries: { reports } })).toEqual([
      'error reports/future published: is 2030-01-01, after now (2026-11-23T00:00Z) — fix the date, or add "scheduled: true" to hold the report back until then',
      'error reports/future-minute published: is 2026-11-23T00:01Z, after now (2026-11-23T00:00Z) — fix the date, or add "scheduled: true" to hold the report back until then',
      'error reports/tomorrow published: is 2026-11-24, after now (2026-11-23T00:00Z) — fix the date, or add "scheduled: true" to hold the report back until then',
      'error reports/next-month published: is 2026-12, after now (2026-11-23T00:00Z) — fix the date, or add "scheduled: true" to hold the report back until then',
    ]);
    expect(
      await run(futureDates, {
        entries: { reports: reports.filter(({ id }) => id === 'tomorrow') },
        now: Date.parse('2026-11-23T10:00Z'),
      }),
    ).toEqual([]);
  });

  it('updated-dates: updated before published is an error; a day after a minute of that day is not', async () => {
    const reports = [
      report('a', { published: '2026-02-16T15:45Z', updated: '2026-02-15' }),
      report('b', { published: '2026-02-16T15:45Z', updated: '2026-02-16' }),
    ];
    expect(await messages(updatedDates, { entries: { reports } })).toEqual([
      'error reports/a updated: is earlier than published (2026-02-16T15:45Z) — fix one of the two dates',
    ]);
  });

  it('covered-events: a report cannot cover a later event, unless the event is planned', async () => {
    const events = [
      event('later', { date: '2026-03-01' }),
      event('announced', { date: '2026-04', planned: true }),
      event('same-month', { date: '2026-02' }),
    ];
    expect(
      await messages(coveredEvents, {
        entries: { events, reports: [report('r', { events: ['same-month', 'announced', 'later'] })] },
      }),
    ).toEqual([
      'error reports/r events[2]: covers "later", dated 2026-03-01, after the report was published (2026-02-10) — remove it, or mark the event "planned: true" if the report announced it',
    ]);
  });

  describe('mentions-response', () => {
    const denied = claim('denied', {
      history: [
        { status: 'reported', date: '2026-02-01', outlet: 'wire' },
        { status: 'denied', date: '2026-02-05', entity: 'ford' },
      ],
    });
    const said = claim('said', {
      basis: 'on-record',
      claimant: 'trump',
      history: [{ status: 'on-record', date: '2026-01-13', entity: 'trump' }],
    });
    const claims = [denied, said];

    it('is required once a response may have existed', async () => {
      expect(
        await messages(mentionsResponse, {
          entries: { claims, reports: [report('r', { claims: [{ claim: 'denied' }] })] },
        }),
      ).toEqual([
        'error reports/r claims[0]: carries "denied", which was denied (2026-02-05) by the time the report was published — add "mentionsResponse: true" or "false"',
      ]);
    });

    it('is refused before any response, and a claim made on the record is not a response', async () => {
      const reports = [
        report('early', { published: '2026-02-03', claims: [{ claim: 'denied', mentionsResponse: false }] }),
        report('on-record', { claims: [{ claim: 'said', mentionsResponse: true }] }),
      ];
      expect(await messages(mentionsResponse, { entries: { claims, reports } })).toEqual([
        'error reports/early claims[0].mentionsResponse: says whether the report mentions a response to "denied", but the claim had none by then (published 2026-02-03) — remove "mentionsResponse"',
        'error reports/on-record claims[0].mentionsResponse: says whether the report mentions a response to "said", but the claim had none by then (published 2026-02-10) — remove "mentionsResponse"',
      ]);
    });

    it('accepts the field given exactly when it is needed', async () => {
      const reports = [
        report('after', { claims: [{ claim: 'denied', mentionsResponse: true }, { claim: 'said' }] }),
        // Published in February: the denial of 5 February may have come before it.
        report('month', { published: '2026-02', claims: [{ claim: 'denied', mentionsResponse: false }] }),
      ];
      expect(await run(mentionsResponse, { entries: { claims, reports } })).toEqual([]);
    });
  });

  it('published-after: the event may not be known to follow the report; a report known to the day needs no narrowing', async () => {
    const events = [
      event('scoop', { date: '2026-02-13 or 2026-02-14' }),
      event('summit', { date: '2026-03' }),
      event('early', { date: '2026-01-15' }),
      // About 2 March: it may have been late February.
      event('about-march', { date: '2026-03-02', approximate: true }),
    ];
    const reports = [
      report('after-approximate', { published: '2026-02', publishedAfter: 'about-march' }),
      report('relays-scoop', { published: '2026-02', publishedAfter: 'scoop' }),
      report('one-of-days', { published: '2026-02-14 or 2026-02-15', publishedAfter: 'scoop' }),
      report('before-summit', { published: '2026-02', publishedAfter: 'summit' }),
      report('on-a-day', { published: '2026-02-16', publishedAfter: 'early' }),
    ];
    expect(await messages(publishedAfter, { entries: { events, reports } })).toEqual([
      'error reports/before-summit publishedAfter: says the report followed "summit", dated 2026-03, but it was published before (2026-02) — fix one of the dates or name an earlier event',
      'warning reports/on-a-day publishedAfter: adds nothing to a report dated 2026-02-16, which is known to the day — remove "publishedAfter"',
    ]);
  });

  it('entity-tags: warns about a tagged entity named nowhere we wrote, whatever the case, as a whole word', async () => {
    const entities = [
      entity('jim-farley', { name: 'Jim Farley', aliases: ['Farley'] }),
      entity('ford', { name: 'Ford', kind: 'company' }),
      entity('kia', { name: 'Kia', kind: 'company' }),
      entity('tesla', { name: 'Tesla', kind: 'company' }),
    ];
    const reports = [
      report(
        'r',
        { summary: 'FARLEY spoke.', entities: ['jim-farley', 'ford', 'kia', 'tesla'] },
        'Many could afford it; tesla was mentioned.',
      ),
    ];
    expect(await messages(entityTags, { entries: { entities, reports } })).toEqual([
      'warning reports/r entities[1]: tags "ford" (Ford), but neither its name nor an alias appears in the summary or the digest — say in the digest why it matters, or remove the tag',
      'warning reports/r entities[2]: tags "kia" (Kia), but neither its name nor an alias appears in the summary or the digest — say in the digest why it matters, or remove the tag',
    ]);
  });

  it('entity-tags: a letter outside the Basic Multilingual Plane, or one whose lower case is longer, still touches a name', async () => {
    const entities = [
      entity('ford', { name: 'Ford', kind: 'company' }),
      entity('kia', { name: 'Kia', kind: 'company' }),
    ];
    const reports = [
      report('astral', { summary: 'The 𝐀Kia mark.', entities: ['kia'] }, 'Nothing else.'),
      report('dotted', { summary: 'The İFord mark.', entities: ['ford'] }, 'Nothing else.'),
      report('named', { summary: 'İstanbul heard from Ford and 𝐀 Kia.', entities: ['ford', 'kia'] }, ''),
    ];
    expect(await messages(entityTags, { entries: { entities, reports } })).toEqual([
      'warning reports/astral entities[0]: tags "kia" (Kia), but neither its name nor an alias appears in the summary or the digest — say in the digest why it matters, or remove the tag',
      'warning reports/dotted entities[0]: tags "ford" (Ford), but neither its name nor an alias appears in the summary or the digest — say in the digest why it matters, or remove the tag',
    ]);
  });

  it('entity-tags: a name inside a longer word, a name with a full stop, and an alias only the slow path finds', async () => {
    const entities = [
      entity('ford', { name: 'Ford', kind: 'company' }),
      entity('ford-motor', { name: 'Ford Motor Co.', kind: 'company' }),
      entity('xi-jinping', { name: 'Xi Jinping', aliases: ['President Xi'] }),
    ];
    const reports = [
      // Letters after the name: "Fordham" is not Ford (the text opens with a bracket, not a letter).
      report('longer', { summary: '(Fordham University) studied it.', entities: ['ford'] }, 'Nothing else.'),
      // The full stop is the name's own, not "any character": "Co," is not "Co.".
      report('stop', { summary: 'Ford Motor Co, of Dearborn.', entities: ['ford-motor'] }, 'Nothing else.'),
      // "İ" lower-cases to two characters, so the whole-word pattern answers alone: an alias is as good as the name.
      report('alias', { summary: 'İstanbul heard President Xi speak.', entities: ['xi-jinping'] }, ''),
    ];
    expect(await messages(entityTags, { entries: { entities, reports } })).toEqual([
      'warning reports/longer entities[0]: tags "ford" (Ford), but neither its name nor an alias appears in the summary or the digest — say in the digest why it matters, or remove the tag',
      'warning reports/stop entities[0]: tags "ford-motor" (Ford Motor Co.), but neither its name nor an alias appears in the summary or the digest — say in the digest why it matters, or remove the tag',
    ]);
  });

  describe('entity-mentioned-untagged', () => {
    const entities = [
      entity('lee-zeldin', { name: 'Lee Zeldin', aliases: ['Zeldin', 'EPA Administrator'] }),
      entity('epa', { name: 'US Environmental Protection Agency', kind: 'agency', aliases: ['EPA'] }),
      entity('donald-trump', { name: 'Donald Trump', aliases: ['Trump'] }),
      entity('us-administration', { name: 'US administration', kind: 'government', aliases: ['Trump administration'] }),
      entity('ford', { name: 'Ford', kind: 'company' }),
      entity('kia', { name: 'Kia', kind: 'company' }),
    ];
    const untagged = (name: string, words: string, id: string) =>
      `warning reports/r entities: names ${name} ("${words}") in the summary or the digest but does not tag it — add ${id} to entities, so that its page lists the report`;

    it('warns about each entity named in the summary or digest but not tagged, once, by its first words; an acronym only in capitals', async () => {
      const reports = [
        report(
          'r',
          { summary: 'FORD met the epa.', entities: ['lee-zeldin'] },
          'Ford met Zeldin. The EPA agreed; Fordham and Kiama did not.',
        ),
      ];
      expect(await messages(entityMentionedUntagged, { entries: { entities, reports } })).toEqual([
        untagged('Ford', 'FORD', 'ford'),
        untagged('US Environmental Protection Agency', 'EPA', 'epa'),
      ]);
    });

    it('takes the longest of overlapping names: a title naming a person, an administration named after a person', async () => {
      const reports = [
        report(
          'r',
          {
            summary: 'EPA Administrator Lee Zeldin met the Trump administration.',
            entities: ['lee-zeldin', 'us-administration'],
          },
          'Nothing else.',
        ),
      ];
      expect(await run(entityMentionedUntagged, { entries: { entities, reports } })).toEqual([]);
      const tagsNone = [report('r', { summary: 'EPA Administrator Lee Zeldin met the Trump administration.' }, '')];
      expect(await messages(entityMentionedUntagged, { entries: { entities, reports: tagsNone } })).toEqual([
        untagged('Lee Zeldin', 'EPA Administrator', 'lee-zeldin'),
        untagged('US administration', 'Trump administration', 'us-administration'),
      ]);
    });

    it('finds a name after a letter whose lower case is longer, and none touching a letter outside the BMP', async () => {
      const reports = [report('r', { summary: 'İstanbul heard Kia; 𝐀Ford did not.' }, '')];
      expect(await messages(entityMentionedUntagged, { entries: { entities, reports } })).toEqual([
        untagged('Kia', 'Kia', 'kia'),
      ]);
    });
  });

  describe('probable-outlet-in-prose', () => {
    const source = (id: string, name: string) =>
      entry('sources', id, {
        name,
        homepage: `https://${id}.example/`,
        language: 'en',
        kind: 'wire',
        description: 'An outlet.',
      });
    const sources = [source('drive', 'Drive'), source('torque-cafe', 'Torque Cafe'), source('wire', 'Wire')];
    const why = (name: string, report: string) =>
      `${name}, whose attribution is probable (reports/${report}), without saying so`;
    const fix = (name: string) => `write "${name} (probable)" or "probably ${name}"`;

    it('refuses a probable outlet named without the mark in any of our texts, and accepts each marked form', async () => {
      const reports = [
        report(
          'by-drive',
          {
            source: 'drive',
            attribution: 'probable',
            summary: 'Drive (probable) sets the plan against the probable Drive’s earlier view.',
            caveats: ['The outlet is inferred: the author writes for Drive.'],
          },
          'A report, probably for Drive, by Kez Casey.\nProbably Drive. Probable Drive.\n\nIt says Drive calls it early; Drive’s view; drive carefully; DriveTime.',
        ),
        report('syndicated', { source: 'torque-cafe', attribution: 'probable' }, 'Torque Cafe (probable) carried it.'),
        report('wire', { summary: 'Torque Cafe says April.' }, 'Drive and Wire agree.'),
      ];
      const found = await messages(probableOutletInProse, {
        entries: {
          sources,
          reports,
          events: [event('e', { title: 'Drive reports the talks', summary: 'Probably Drive reported it.' })],
          claims: [
            claim('c', {
              statement: 'Ford talks, says Drive.',
              history: [
                { status: 'reported', date: '2026-02-01', outlet: 'drive', note: 'Torque Cafe (probable) too.' },
              ],
            }),
          ],
          stories: [story('s', { soFar: ['Drive (probable) and Torque Cafe reported it.'] })],
        },
      });
      expect(found).toEqual([
        `error events/e title: names ${why('Drive', 'by-drive')} — ${fix('Drive')}`,
        `error claims/c statement: names ${why('Drive', 'by-drive')} — ${fix('Drive')}`,
        `error reports/by-drive caveats[0]: names ${why('Drive', 'by-drive')} — ${fix('Drive')}`,
        `error reports/by-drive: the digest names ${why('Drive', 'by-drive')} — ${fix('Drive')}`,
        `error reports/by-drive: the digest names ${why('Drive', 'by-drive')} — write "the probable Drive's" or "probably Drive's", or "Drive (probable)" without the possessive`,
        `error reports/wire summary: names ${why('Torque Cafe', 'syndicated')} — ${fix('Torque Cafe')}`,
        `error reports/wire: the digest names ${why('Drive', 'by-drive')} — ${fix('Drive')}`,
        `error stories/s soFar[0]: names ${why('Torque Cafe', 'syndicated')} — ${fix('Torque Cafe')}`,
      ]);
    });

    it('places a problem in the digest on its line', async () => {
      const parsed = report(
        'by-drive',
        { source: 'drive', attribution: 'probable' },
        'First line.\n\nThen Drive says so.',
      );
      parsed.parsed.bodyLine = 20;
      const [problem] = await run(probableOutletInProse, { entries: { sources, reports: [parsed] } });
      expect(problem).toMatchObject({ line: 22, field: undefined });
    });

    it('lets an outlet another report is confirmed to be named plainly, except in its probable report', async () => {
      const reports = [
        report('probable', { source: 'drive', attribution: 'probable', summary: 'Drive ran it.' }),
        report('confirmed', { source: 'drive', summary: 'Drive ran this one.' }),
        report('other', { summary: 'Drive says so.' }),
        report('draft', { source: 'wire', attribution: 'probable', draft: true, summary: 'Wire, unmarked: a draft.' }),
      ];
      expect(await messages(probableOutletInProse, { entries: { sources, reports } })).toEqual([
        `error reports/probable summary: names ${why('Drive', 'probable')} — ${fix('Drive')}`,
      ]);
    });
  });

  it('unsafe-markup: warns about HTML the build removes, only when asked to scan', async () => {
    const reports = [report('r', {}, 'Text <script>alert(1)</script>')];
    expect(await messages(unsafeMarkup, { entries: { reports } })).toEqual([
      'warning reports/r: <script> element will be removed: unsafe HTML is never published',
    ]);
    expect(await run(unsafeMarkup, { entries: { reports }, scanMarkup: false })).toEqual([]);
  });
});
