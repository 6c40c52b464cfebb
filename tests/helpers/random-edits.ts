// Random, seeded, valid edits of a content folder, for the incremental-build property test
// (tests/build/incremental-property.test.ts). The content is held as plain objects, edited in memory, written back
// as YAML (every string quoted, so a date stays a string) and checked by the content checker: an edit the checker
// refuses is undone and another one drawn, so every content set a build sees is valid.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';
import { checkContent } from '../../src/checker/check-content';
import { COLLECTIONS, type CollectionName } from '../../src/lib/collections';

/** mulberry32: a tiny seeded PRNG, so a failing seed replays the same edits. */
export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  constructor(readonly next: () => number) {}
  int(n: number) {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from nothing');
    return items[this.int(items.length)];
  }
  chance(p: number) {
    return this.next() < p;
  }
}

type Data = Record<string, unknown>;
interface Entry {
  data: Data;
  /** A report's Markdown digest. */
  body?: string;
}
/** The content: every entry by collection and id, and site.yaml as written. */
interface Content {
  site: string;
  entries: Record<CollectionName, Record<string, Entry>>;
}

const NAMES = Object.keys(COLLECTIONS) as CollectionName[];
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

export function readContent(dir: string): Content {
  const entries = Object.fromEntries(NAMES.map((name) => [name, {}])) as Content['entries'];
  for (const name of NAMES) {
    const { folder, extension } = COLLECTIONS[name];
    if (!existsSync(join(dir, folder))) continue;
    for (const file of readdirSync(join(dir, folder)).sort()) {
      if (!file.endsWith(extension)) continue;
      const text = readFileSync(join(dir, folder, file), 'utf8');
      const id = file.slice(0, -extension.length);
      if (extension === '.md') {
        const [, front, body] = FRONTMATTER.exec(text)!;
        entries[name][id] = { data: load(front) as Data, body };
      } else entries[name][id] = { data: load(text) as Data };
    }
  }
  return { site: readFileSync(join(dir, 'site.yaml'), 'utf8'), entries };
}

/**
 * Adds a quiet corner to a fixture story: outlets, people, events and reports that few other entries show. In a
 * story as tightly knit as the fixtures nearly every page shows nearly every entry, so after a few random edits no
 * page would be restored and an incremental build would prove nothing; here most edits leave most pages as they were.
 */
export function addQuietCorner(content: Content) {
  const { sources, entities, events, reports } = content.entries;
  for (const [n, country] of [
    [1, 'BR'],
    [2, 'DE'],
    [3, undefined],
    [4, 'JP'],
    [5, 'GB'],
  ] as const) {
    sources[`quiet-outlet-${n}`] = {
      data: {
        name: `Quiet Outlet ${n}`,
        homepage: `https://quiet${n}.example/`,
        ...(country ? { country } : {}),
        language: 'en',
        kind: n === 3 ? 'ev-press' : n === 4 ? 'wire' : 'newspaper',
        description: `Quiet fixture outlet number ${n}, added by the property test.`,
      },
    };
  }
  entities['robin-quiet'] = {
    data: { name: 'Robin Quiet', kind: 'person', role: 'Head of a quiet supplier', country: 'BR', aliases: ['Robin'] },
  };
  entities['calm-works'] = { data: { name: 'Calm Works', kind: 'company', role: 'A quiet supplier', aliases: [] } };
  events['quiet-deal'] = {
    data: {
      stories: ['fixture-story'],
      title: 'Calm Works signs a supply deal',
      date: '2026-02-14',
      kind: 'deal',
      summary: 'A supply deal far from the main story.',
      entities: ['calm-works', 'robin-quiet'],
    },
  };
  events['quiet-review'] = {
    data: {
      stories: ['fixture-story'],
      title: 'Calm Works reviews its plants',
      date: '2026-04',
      kind: 'business',
      summary: 'A review.',
      entities: [],
    },
  };
  // Loners, so that a page missing one link has no other link to the same entry to hide it: outlets 3 and 5 have
  // one report each, covering no event, between reports of other outlets; report 5 covers a February event from
  // April, so February's timeline page shows it in that event's card and nowhere else.
  const reportsOf: [number, number, string, string[], string[]][] = [
    [1, 1, '2026-02-16', ['quiet-deal'], ['calm-works', 'robin-quiet']],
    [2, 2, '2026-02-20T10:00Z', [], ['calm-works']],
    [3, 3, '2026-02', [], []],
    [4, 1, '2026-04-15', ['quiet-review'], ['calm-works']],
    [5, 4, '2026-04-20', ['quiet-deal'], ['robin-quiet']],
    [6, 5, '2026-05-02', [], []],
  ];
  for (const [n, outlet, published, covers, names] of reportsOf) {
    reports[`quiet-report-${n}`] = {
      data: {
        stories: ['fixture-story'],
        headline: `Quiet report ${n}`,
        source: `quiet-outlet-${outlet}`,
        attribution: 'confirmed',
        published,
        added: '2026-11-22',
        language: 'en',
        summary: `Quiet report number ${n}, added by the property test.`,
        events: covers,
        entities: names,
      },
      body: `${names.length > 0 ? names.map((id) => entities[id].data.name).join(' and ') : 'No one'} in a quiet report.\n`,
    };
  }
}

/** Every string quoted: the checker refuses an unquoted date, and "2026" must not become a number. */
const yaml = (data: Data) => dump(data, { forceQuotes: true, quotingType: '"', lineWidth: -1 });

function filesOf(content: Content): Map<string, string> {
  const files = new Map([['site.yaml', content.site]]);
  for (const name of NAMES) {
    const { folder, extension } = COLLECTIONS[name];
    for (const [id, entry] of Object.entries(content.entries[name]).sort(([a], [b]) => a.localeCompare(b))) {
      const text = extension === '.md' ? `---\n${yaml(entry.data)}---\n${entry.body ?? ''}` : yaml(entry.data);
      files.set(`${folder}/${id}${extension}`, text);
    }
  }
  return files;
}

/** Writes the content into `dir`, touching only the files that changed and removing those no longer there. */
export function writeContent(dir: string, content: Content) {
  const files = filesOf(content);
  for (const name of NAMES) {
    const { folder } = COLLECTIONS[name];
    mkdirSync(join(dir, folder), { recursive: true });
    for (const file of readdirSync(join(dir, folder)))
      if (!files.has(`${folder}/${file}`)) rmSync(join(dir, folder, file));
  }
  for (const [file, text] of files) {
    const path = join(dir, file);
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileSync(path, text);
  }
}

// Where each collection links to others: a field holding an id (or a list of ids), and the collection it names.
// `required` links cannot be dropped when their target is deleted.
interface Link {
  from: CollectionName;
  /** A top-level field, or "list[].field" for a field of each item of a list. */
  field: string;
  to: CollectionName;
  many: boolean;
  required?: boolean;
}
const LINKS: Link[] = [
  { from: 'reports', field: 'stories', to: 'stories', many: true },
  { from: 'events', field: 'stories', to: 'stories', many: true },
  { from: 'claims', field: 'stories', to: 'stories', many: true },
  { from: 'reports', field: 'source', to: 'sources', many: false, required: true },
  { from: 'reports', field: 'publishedAfter', to: 'events', many: false },
  { from: 'reports', field: 'events', to: 'events', many: true },
  { from: 'reports', field: 'entities', to: 'entities', many: true },
  { from: 'reports', field: 'cites', to: 'sources', many: true },
  { from: 'reports', field: 'claims[].claim', to: 'claims', many: false },
  { from: 'events', field: 'entities', to: 'entities', many: true },
  { from: 'events', field: 'outlets', to: 'sources', many: true },
  { from: 'claims', field: 'claimant', to: 'entities', many: false },
  { from: 'claims', field: 'brokenBy', to: 'sources', many: false },
  { from: 'claims', field: 'entities', to: 'entities', many: true },
  { from: 'claims', field: 'events', to: 'events', many: true },
  { from: 'claims', field: 'history[].outlet', to: 'sources', many: false, required: true },
  { from: 'claims', field: 'history[].entity', to: 'entities', many: false, required: true },
];

/**
 * Points every link to `collection`/`id` at `renamed`, or, when `renamed` is null, drops it: ids leave lists,
 * optional fields go, a report's claim item goes. Returns false, changing nothing, when a required link stands in
 * the way of a deletion.
 */
function relink(content: Content, collection: CollectionName, id: string, renamed: string | null): boolean {
  const links = LINKS.filter((link) => link.to === collection);
  if (renamed === null) {
    for (const link of links.filter((link) => link.required)) {
      const [list, field] = link.field.split('[].');
      for (const { data } of Object.values(content.entries[link.from])) {
        if (field ? (data[list] as Data[] | undefined)?.some((item) => item[field] === id) : data[list] === id)
          return false;
      }
    }
  }
  for (const link of links) {
    const [list, field] = link.field.split('[].');
    for (const { data } of Object.values(content.entries[link.from])) {
      if (field) {
        const items = data[list] as Data[] | undefined;
        if (!items) continue;
        if (renamed === null) data[list] = items.filter((item) => item[field] !== id);
        else for (const item of items) if (item[field] === id) item[field] = renamed;
      } else if (link.many) {
        const ids = data[list] as string[] | undefined;
        if (ids) data[list] = renamed === null ? ids.filter((x) => x !== id) : ids.map((x) => (x === id ? renamed : x));
      } else if (data[list] === id) {
        if (renamed === null) delete data[list];
        else data[list] = renamed;
      }
    }
  }
  return true;
}

const WORDS = [
  'talks',
  'partner',
  'plant',
  'batteries',
  'tariff',
  'summit',
  'venture',
  'denial',
  'launch',
  'quarter',
  'pickup',
  'ministry',
  'deal',
  'review',
  'rumour',
  'board',
];
const COUNTRIES = ['US', 'GB', 'AU', 'BR', 'DE', 'JP'];
const days = ['01', '02', '03', '04', '05', '09', '10', '11', '15', '20', '28'];
const months = ['2026-02', '2026-03', '2026-04'];

/** Dates in a field's precisions, mostly within the story's weeks so the checker's order rules often hold. */
const dates = {
  year: (r: Random) => r.pick(['2025', '2026']),
  month: (r: Random) => r.pick(months),
  day: (r: Random) => `${r.pick(months)}-${r.pick(days)}`,
  days: (r: Random) => {
    const day = Number(r.pick(days.slice(0, -1)));
    const month = r.pick(months);
    return `${month}-${String(day).padStart(2, '0')} or ${month}-${String(day + 1).padStart(2, '0')}`;
  },
  minute: (r: Random) => `${dates.day(r)}T${r.pick(['08', '14', '23'])}:${r.pick(['00', '30', '45'])}Z`,
  'local-minute': (r: Random) => `${dates.day(r)}T${r.pick(['08', '21'])}:00 probably ${r.pick(['-03:00', '+09:00'])}`,
};
type Precision = keyof typeof dates;
const dateIn = (r: Random, precisions: Precision[]) => dates[r.pick(precisions)](r);

/** A short sentence of seeded words, numbered so two draws rarely agree. */
const sentence = (r: Random, lead: string) => `${lead} ${r.pick(WORDS)} and ${r.pick(WORDS)}, take ${r.int(1000)}.`;
const title = (r: Random, lead: string) => `${lead} ${r.pick(WORDS)} ${r.pick(WORDS)} ${r.int(1000)}`;

/** A new value for one field (undefined: leave the field out), or nothing to do for this entry. */
type FieldEdit = (r: Random, data: Data, content: Content, id: string) => unknown;

const ids = (content: Content, collection: CollectionName) => Object.keys(content.entries[collection]).sort();
/** Adds one id of `to` to a list, or removes one. */
const listOf =
  (field: string, to: CollectionName): FieldEdit =>
  (r, data, content) => {
    const current = (data[field] as string[] | undefined) ?? [];
    const others = ids(content, to).filter((id) => !current.includes(id));
    if (current.length > 0 && (others.length === 0 || r.chance(0.5))) {
      const drop = r.pick(current);
      return current.filter((id) => id !== drop);
    }
    return others.length > 0 ? [...current, r.pick(others)] : current;
  };
const optional =
  (value: FieldEdit): FieldEdit =>
  (r, data, content, id) =>
    r.chance(0.3) ? undefined : value(r, data, content, id);

const FIELDS: Record<CollectionName, Record<string, FieldEdit>> = {
  stories: {
    title: (r) => title(r, 'Story of'),
    description: (r) => sentence(r, 'A story about'),
    soFar: (r) => [sentence(r, 'So far there were')],
    soFarAsOf: (r) => r.pick(['2026-02', '2026-11-22']),
    status: (r) => r.pick(['developing', 'quiet', 'concluded']),
  },
  reports: {
    headline: (r) => title(r, 'Report on'),
    summary: (r) => sentence(r, 'The report covers'),
    attribution: (_r, data) => (data.attribution === 'confirmed' ? 'probable' : 'confirmed'),
    published: (r) => dateIn(r, ['month', 'day', 'days', 'minute', 'local-minute']),
    updated: optional((r) => dateIn(r, ['day', 'minute'])),
    publishedAfter: optional((r, _data, content) => r.pick(ids(content, 'events'))),
    authors: (r) => (r.chance(0.3) ? [] : [r.pick(['Sam Byline', 'Alex Writer', 'Jo Reporter'])]),
    url: optional((r, _data, _content, id) => `https://news${r.int(3)}.example/${id}/${r.int(100)}`),
    added: (r) => r.pick(['2026-11-20', '2026-11-22', '2026-11-25', '2026-11-25T10:00Z']),
    caveats: (r) => (r.chance(0.5) ? [] : [sentence(r, 'We could not confirm the')]),
    events: listOf('events', 'events'),
    entities: listOf('entities', 'entities'),
    cites: listOf('cites', 'sources'),
    source: (r, _data, content) => r.pick(ids(content, 'sources')),
    claims: (r, data, content) => {
      const current = (data.claims as { claim: string; mentionsResponse?: boolean }[] | undefined) ?? [];
      if (current.length > 0 && r.chance(0.4)) {
        const item = r.pick(current);
        return current.map((other) =>
          other === item ? { ...item, mentionsResponse: !(item.mentionsResponse ?? false) } : other,
        );
      }
      if (current.length > 0 && r.chance(0.5)) return current.filter((item) => item !== r.pick(current));
      const others = ids(content, 'claims').filter((id) => !current.some((item) => item.claim === id));
      return others.length > 0 ? [...current, { claim: r.pick(others), mentionsResponse: r.chance(0.5) }] : current;
    },
  },
  events: {
    title: (r) => title(r, 'Event:'),
    summary: (r) => sentence(r, 'Something happened about'),
    date: (r) => dateIn(r, ['year', 'month', 'day', 'days']),
    approximate: (_r, data) => !data.approximate,
    planned: (_r, data) => !data.planned,
    kind: (r) => r.pick(['policy', 'business', 'deal', 'meeting', 'report', 'statement', 'denial']),
    entities: listOf('entities', 'entities'),
    outlets: listOf('outlets', 'sources'),
  },
  claims: {
    statement: (r) => sentence(r, 'Someone said there were'),
    basisNote: optional((r) => sentence(r, 'People familiar with the')),
    basis: (r) => r.pick(['on-record', 'unnamed-sources', 'not-sourced']),
    claimant: optional((r, _data, content) => r.pick(ids(content, 'entities'))),
    brokenBy: optional((r, _data, content) => r.pick(ids(content, 'sources'))),
    firstReportedEarlier: (_r, data) => !data.firstReportedEarlier,
    entities: listOf('entities', 'entities'),
    events: listOf('events', 'events'),
    history: (r, data, content) => {
      const history = structuredClone(data.history as Data[]);
      const change = r.pick(history);
      const what = r.int(4);
      if (what === 0) change.status = r.pick(['on-record', 'reported', 'confirmed', 'denied', 'disputed', 'retracted']);
      else if (what === 1) change.date = dateIn(r, ['month', 'day', 'days', 'minute']);
      else if (what === 2) change.note = sentence(r, 'It was said of the');
      else if (change.outlet) change.outlet = r.pick(ids(content, 'sources'));
      else change.entity = r.pick(ids(content, 'entities'));
      return history;
    },
  },
  sources: {
    name: (r) => title(r, 'Outlet'),
    description: (r) => sentence(r, 'An outlet that writes about'),
    country: optional((r) => r.pick(COUNTRIES)),
    kind: optional((r) =>
      r.pick(['ev-press', 'motoring-press', 'general-news', 'newspaper', 'business-news', 'wire', 'syndication']),
    ),
    homepage: (r) => `https://outlet${r.int(100)}.example/`,
    language: (r) => r.pick(['en', 'pt', 'en-GB']),
  },
  entities: {
    // Names and aliases that digests use, so a rename moves the links the Markdown pipeline draws in them.
    name: (r) =>
      r.pick(['Pat Example', 'Example Motors', 'Robin Quiet', 'Calm Works', 'Sam Byline', title(r, 'Entity')]),
    role: (r) => sentence(r, 'Someone who deals in'),
    kind: (r) => r.pick(['person', 'company', 'government', 'agency', 'organisation']),
    country: optional((r) => r.pick(COUNTRIES)),
    aliases: (r) => (r.chance(0.3) ? [] : [r.pick(['Example', 'Pat', 'Motors', 'the summit', 'Scoopster', 'Robin'])]),
  },
};

const TEXT_BODIES = [
  'Pat Example spoke again, the outlet says.',
  'Example Motors said nothing new.',
  'The outlet relays what Scoopster reported about the talks.',
  'A plain digest with no names in it.',
  'Robin Quiet and Calm Works, says the outlet.',
];

/** One kind of edit: it picks an entry and a value itself, and returns what it did, or null when it does not apply. */
interface Card {
  name: string;
  apply(r: Random, content: Content): string | null;
}

const anyOf = (r: Random, content: Content, collection: CollectionName) => {
  const id = r.pick(ids(content, collection));
  return { id, entry: content.entries[collection][id] };
};

/**
 * Every kind of edit: each field of each collection (the fields that name an entry where other pages show it, twice),
 * a report's digest, a rename and a deletion (of an entry of any collection), a new report and a new event.
 */
const NAMED_BY = ['reports.headline', 'sources.name', 'events.title', 'claims.statement', 'entities.name'];
const CARDS: Card[] = [
  ...NAMES.flatMap((collection) =>
    Object.entries(FIELDS[collection])
      .flatMap(([field, edit]) =>
        // What other pages show of an entry most is its name: those fields come twice.
        NAMED_BY.includes(`${collection}.${field}`)
          ? [[field, edit] as const, [field, edit] as const]
          : [[field, edit] as const],
      )
      .map(([field, edit]): Card => ({
        name: `${collection}.${field}`,
        apply(r, content) {
          if (ids(content, collection).length === 0) return null;
          const { id, entry } = anyOf(r, content, collection);
          const value = edit(r, entry.data, content, id);
          if (JSON.stringify(value) === JSON.stringify(entry.data[field])) return null;
          if (value === undefined) delete entry.data[field];
          else entry.data[field] = value;
          return `${collection}/${id}: ${field} = ${value === undefined ? '(removed)' : JSON.stringify(value)}`;
        },
      })),
  ),
  {
    name: 'reports body',
    apply(r, content) {
      const { id, entry } = anyOf(r, content, 'reports');
      const body = r.chance(0.5) ? `${r.pick(TEXT_BODIES)}\n` : `${entry.body ?? ''}\n${r.pick(TEXT_BODIES)}\n`;
      if (body === entry.body) return null;
      entry.body = body;
      return `reports/${id}: body = ${JSON.stringify(body)}`;
    },
  },
  {
    name: 'rename',
    apply(r, content) {
      const collection = r.pick(NAMES.filter((name) => ids(content, name).length > 0));
      const { id, entry } = anyOf(r, content, collection);
      const renamed = `${id.replace(/-r\d+$/, '')}-r${r.int(100)}`;
      if (content.entries[collection][renamed]) return null;
      delete content.entries[collection][id];
      content.entries[collection][renamed] = entry;
      relink(content, collection, id, renamed);
      return `${collection}/${id}: renamed ${renamed}`;
    },
  },
  {
    name: 'deletion',
    apply(r, content) {
      const collection = r.pick(NAMES.filter((name) => ids(content, name).length > 0));
      const { id } = anyOf(r, content, collection);
      if (!relink(content, collection, id, null)) return null;
      delete content.entries[collection][id];
      return `${collection}/${id}: deleted`;
    },
  },
  {
    name: 'new report',
    apply(r, content) {
      const id = `added-report-${r.int(1000)}`;
      if (content.entries.reports[id]) return null;
      const events = ids(content, 'events');
      const entities = ids(content, 'entities');
      content.entries.reports[id] = {
        data: {
          stories: ids(content, 'stories').slice(0, 1),
          headline: title(r, 'New report on'),
          source: r.pick(ids(content, 'sources')),
          attribution: r.chance(0.8) ? 'confirmed' : 'probable',
          published: dateIn(r, ['month', 'day', 'minute']),
          added: '2026-11-25',
          language: 'en',
          summary: sentence(r, 'A new report about'),
          events: events.length > 0 && r.chance(0.6) ? [r.pick(events)] : [],
          entities: entities.length > 0 && r.chance(0.6) ? [r.pick(entities)] : [],
        },
        body: `${r.pick(TEXT_BODIES)}\n`,
      };
      return `reports/${id}: added ${JSON.stringify(content.entries.reports[id].data)}`;
    },
  },
  {
    name: 'new event',
    apply(r, content) {
      const id = `added-event-${r.int(1000)}`;
      if (content.entries.events[id]) return null;
      const entities = ids(content, 'entities');
      content.entries.events[id] = {
        data: {
          stories: ids(content, 'stories').slice(0, 1),
          title: title(r, 'New event:'),
          date: dateIn(r, ['year', 'month', 'day', 'days']),
          kind: r.pick(['policy', 'business', 'deal', 'meeting', 'statement']),
          summary: sentence(r, 'A new event about'),
          entities: entities.length > 0 && r.chance(0.6) ? [r.pick(entities)] : [],
        },
      };
      return `events/${id}: added ${JSON.stringify(content.entries.events[id].data)}`;
    },
  },
];

/**
 * Random edits drawn like cards from a shuffled deck of every kind of edit (CARDS), reshuffled when it runs out:
 * each kind comes once before any comes twice, so a run of a few dozen edits touches nearly every field of every
 * collection — a key that misses one field is as likely to be caught as one that misses another. Which entry, which
 * value and the order are random. An edit that does not apply, or that the content checker refuses (an error;
 * warnings are fine, as in a build), is undone and drawn again with other choices; a kind that fails ten times is
 * passed over.
 */
export class EditDeck {
  private deck: Card[] = [];
  /** Edits undone: not applicable or refused by the checker. */
  refused = 0;
  constructor(private readonly r: Random) {}

  private draw(): Card {
    if (this.deck.length === 0) {
      this.deck = [...CARDS];
      for (let i = this.deck.length - 1; i > 0; i--) {
        const j = this.r.int(i + 1);
        [this.deck[i], this.deck[j]] = [this.deck[j], this.deck[i]];
      }
    }
    return this.deck.pop()!;
  }

  /** Applies one valid edit to the content in memory and in `dir`, and returns what it did. */
  async apply(content: Content, dir: string): Promise<string> {
    for (let kinds = 0; kinds < 20; kinds++) {
      const card = this.draw();
      for (let attempt = 0; attempt < 10; attempt++) {
        const before = structuredClone(content.entries);
        const done = card.apply(this.r, content);
        if (done !== null) {
          writeContent(dir, content);
          const problems = await checkContent(dir, { scanMarkup: true });
          if (!problems.some((problem) => problem.severity === 'error')) return done;
        }
        this.refused++;
        content.entries = before;
        writeContent(dir, content);
      }
    }
    throw new Error('no valid edit found in 20 kinds of edit');
  }
}
