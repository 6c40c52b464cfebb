// The CMS at /admin/ (bundled with Decap CMS into admin/cms.js by src/integrations/cms.ts; no reader page
// loads it): Decap with the configuration generated from our schemas, our own file writer for every collection, file
// names made as `npm run new:*` makes them, and, on the dev site, the checker's verdict after every save.
import CMS from 'decap-cms-app';
import type { CmsConfig } from 'decap-cms-core';
import { loadEntry } from 'decap-cms-core/dist/esm/actions/entries';
import { store } from 'decap-cms-core/dist/esm/redux';
import { createElement } from 'react';
import { parse } from 'yaml';
import { formatStoryDate } from '../../lib/dates/format';
import { parseStoryDate } from '../../lib/dates/parse';
import { LIST, NEW_ID, newId, storyFormat, type WriterField } from './files';

interface Field extends WriterField {
  label?: string;
  default?: unknown;
  collection?: string;
  story?: WriterField['story'] & { today?: boolean };
  fields?: Field[];
  field?: Field;
}
interface Collection {
  name: string;
  label: string;
  folder?: string;
  format: string;
  extension: 'md' | 'yaml';
  label_singular?: string;
  preview_path?: string;
  fields?: Field[];
  files?: { fields: Field[] }[];
  story?: { id_from: string[] };
}
interface Config {
  backend: { name: string; proxy_url?: string };
  local_backend?: boolean | { url?: string };
  site_url?: string;
  collections: Collection[];
  story?: { check?: string; timeZone?: string; outlets?: Record<string, string> };
}

/** The parts of an Immutable.js Map that Decap hands to event listeners. */
interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
}

/** The CMS's own files sit next to its page (/admin/config.yml, /admin/check.json), under any base path. */
const here = (path: string) => new URL(path, document.baseURI).href;

/** Everything under a `story` key is ours (src/cms/types.ts); Decap gets the configuration without it. */
function withoutStory(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutStory);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'story')
      .map(([key, item]) => [key, withoutStory(item)]),
  );
}

/** Where Decap's English reads wrong for this site, or shouts: editors' words, in sentence case. */
const WORDS = {
  auth: { login: 'Log in' },
  collection: { collectionTop: { newButton: 'New %{collectionLabel}' } },
  editor: {
    editorToolbar: {
      publish: 'Save',
      publishing: 'Saving…',
      published: 'Saved',
      publishNow: 'Save now',
      publishAndCreateNew: 'Save and create another',
      publishAndDuplicate: 'Save and duplicate',
      changesSaved: 'Saved',
      unsavedChanges: 'Not saved',
      notSavedYet: 'Not saved yet',
      backCollection: '%{collectionLabel}',
    },
  },
  ui: {
    toast: {
      entrySaved: 'Saved',
      missingRequiredField: 'Not saved: a required field is empty.',
    },
  },
};

/**
 * Decap writes its labels and status words in capitals; editors read them in sentence case. Its green "Saved" toast is
 * hidden: the panel that follows every save says "Saved" together with what the check found, so the two never disagree.
 * The Save button is drawn as a button one can press (Decap's pale blue reads as disabled), and the form fits a phone
 * (Decap sets 800 px as the form's least width).
 */
const STYLE = `
[class*="-FieldLabel"], [class*="-BackStatus"], [class*="-ControlErrorsList"] { text-transform: none !important; letter-spacing: normal !important; }
[class*="-FieldLabel"] { font-size: 0.9rem !important; }
.Toastify__toast--success { display: none !important; }
[class*="-SaveButton"]:not(:disabled) { background-color: #3a69c7 !important; color: #fff !important; }
[class*="-EditorContainer"], [class*="-ToolbarContainer"] { min-width: 0 !important; }
`;

/** `base` with `changes` laid over it, object by object. */
function merged(base: unknown, changes: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(changes)) {
    result[key] =
      typeof value === 'object' && value !== null ? merged(result[key] ?? {}, value as Record<string, unknown>) : value;
  }
  return result;
}

/** Today in UTC, as `npm run new:report` writes `added`: the day the editor adds the report. */
const today = () => new Date().toISOString().slice(0, 10);

function fillToday(fields: Field[] | undefined) {
  for (const field of fields ?? []) {
    if (field.story?.today) field.default = today();
    fillToday(field.fields);
  }
}

function message(title: string, text: string) {
  const box = document.createElement('main');
  box.style.cssText = 'max-width: 40rem; margin: 4rem auto; padding: 0 1rem; font: 1rem/1.5 system-ui, sans-serif';
  const heading = document.createElement('h1');
  heading.textContent = title;
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  box.append(heading, paragraph);
  document.body.replaceChildren(box);
}

interface Problem {
  severity: 'error' | 'warning';
  file: string;
  line?: number;
  field?: string;
  message: string;
}

/** What the CMS knows about the entry just saved, to say the checker's verdict in the form's words. */
interface Saved {
  /** The saved file's path inside the content folder, e.g. "/reports/x.md". */
  file?: string;
  /** Field labels by name, from the collection's form. */
  labels: Map<string, string>;
  /** The entry's page on the site (dev site) and, once built, in production. */
  page?: { here: string; production?: string };
}

/** A field's label for a checker's field path ("history[0].date" → the label of "history"). */
const labelFor = (labels: Map<string, string>, field: string) => labels.get(field.split(/[.[]/)[0]) ?? field;

/**
 * A checker message in the form's words: "add "scheduled: true"" is what a hand-written file needs; the form has a
 * "Scheduled" switch.
 */
export function inEditorsWords(message: string, labels: Map<string, string>): string {
  return message
    .replace(/add "(\w+): true" or "false"/g, (_, name: string) => `set “${labelFor(labels, name)}” on or off`)
    .replace(/add "(\w+): true"/g, (_, name: string) => `turn on “${labelFor(labels, name)}”`)
    .replace(/remove "(\w+): true"/g, (_, name: string) => `turn off “${labelFor(labels, name)}”`);
}

function panel(kind: 'error' | 'warning' | 'ok', label: string) {
  document.getElementById('story-check')?.remove();
  const box = document.createElement('section');
  box.id = 'story-check';
  box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  box.setAttribute('aria-label', label);
  box.dataset.kind = kind;
  box.style.cssText = [
    'position: fixed; right: 1rem; bottom: 1rem; z-index: 10000; max-width: min(36rem, calc(100vw - 2rem)); max-height: 50vh; overflow: auto',
    'padding: 0.75rem 1rem; border-radius: 6px; font: 0.9375rem/1.45 system-ui, sans-serif; box-shadow: 0 2px 12px rgb(0 0 0 / 0.25)',
    kind === 'error'
      ? 'background: #fff4f4; color: #5c0000; border: 2px solid #c00'
      : kind === 'warning'
        ? 'background: #fffbe6; color: #4a3b00; border: 2px solid #b58a00'
        : 'background: #f0fff4; color: #064; border: 2px solid #0a7',
  ].join('; ');
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.style.cssText = 'float: right; margin-left: 1rem';
  close.addEventListener('click', () => box.remove());
  box.append(close);
  document.body.append(box);
  return box;
}

function paragraph(parent: HTMLElement, ...parts: (string | Node)[]) {
  const p = document.createElement('p');
  p.style.cssText = 'margin: 0 0 0.25rem';
  p.append(...parts);
  parent.append(p);
  return p;
}

function link(href: string, text: string) {
  const a = document.createElement('a');
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener';
  a.textContent = text;
  a.style.cssText = 'color: inherit; font-weight: 600';
  return a;
}

/** After a save: the checker's verdict in the form's words (dev site), and a link to the entry's page. */
function showVerdict(problems: Problem[] | undefined, saved: Saved) {
  const errors = (problems ?? []).filter((problem) => problem.severity === 'error');
  const mine = (problem: Problem) => Boolean(saved.file && problem.file.endsWith(saved.file));
  const kind = errors.length ? 'error' : problems?.length ? 'warning' : 'ok';
  const box = panel(kind, 'After saving');
  const heading = document.createElement('strong');
  heading.textContent =
    problems === undefined
      ? 'Saved.'
      : errors.length
        ? `Saved, but the site will not build until ${errors.length === 1 ? 'this is' : 'these are'} fixed:`
        : problems.length
          ? `Saved, with ${problems.length === 1 ? 'one thing' : `${problems.length} things`} to look at:`
          : 'Saved. The content check found no problems.';
  paragraph(box, heading);
  if (problems?.length) {
    const list = document.createElement('ul');
    list.style.cssText = 'margin: 0.25rem 0 0.5rem; padding-left: 1.25rem';
    // The entry just saved first: that is what the editor is looking at.
    const ordered = [...problems].sort((a, b) => Number(mine(b)) - Number(mine(a)));
    for (const problem of ordered) {
      const item = document.createElement('li');
      const words = inEditorsWords(problem.message, saved.labels);
      if (mine(problem)) {
        item.textContent = `${problem.field ? `${labelFor(saved.labels, problem.field)}: ` : ''}${words}`;
      } else {
        const where = problem.file.replace(/^.*?\/?(\w+)\/([^/]+)\.(md|yaml)$/, '$1 “$2”');
        item.textContent = `In ${where}${problem.field ? `, ${problem.field}` : ''}: ${words}`;
      }
      list.append(item);
    }
    box.append(list);
  }
  if (saved.page) {
    paragraph(box, 'See the page: ', link(saved.page.here, saved.page.here));
    if (saved.page.production && saved.page.production !== saved.page.here)
      paragraph(box, 'On the public site, once it is rebuilt: ', link(saved.page.production, saved.page.production));
  }
}

/** A refused save says why, and shows the field: Decap itself is silent unless a required field is empty. */
function showRefusal() {
  const errors = store.getState().entryDraft.get('fieldsErrors') as {
    isEmpty(): boolean;
    get(id: string): { message?: string }[] | undefined;
    keySeq(): { toArray(): string[] };
  };
  if (!errors || errors.isEmpty()) return;
  const ids = errors.keySeq().toArray();
  // The first field with a problem, in the form's order.
  const labels = [...document.querySelectorAll<HTMLLabelElement>('label[for]')].filter((label) =>
    ids.includes(label.htmlFor),
  );
  const first = labels[0];
  const box = panel('error', 'Not saved');
  const heading = document.createElement('strong');
  heading.textContent = 'Not saved:';
  paragraph(box, heading);
  const list = document.createElement('ul');
  list.style.cssText = 'margin: 0.25rem 0 0; padding-left: 1.25rem';
  for (const label of labels.length ? labels : []) {
    const message = errors.get(label.htmlFor)?.find((error) => error.message)?.message ?? 'needs correcting';
    const item = document.createElement('li');
    const name = (label.textContent ?? '').replace(/\s*\(optional\)\s*$/i, '').trim();
    item.textContent = `${name}: ${message.replace(/^.*? didn't match the pattern: /, '')}`;
    list.append(item);
  }
  if (!labels.length) paragraph(box, 'a field needs correcting.');
  box.append(list);
  if (first) {
    first.scrollIntoView({ block: 'center' });
    document.getElementById(first.htmlFor)?.focus({ preventScroll: true });
  }
}

/** A file of the dev site, tried for a while: the dev server restarts when its configuration's files change. */
async function fetchPatiently(url: string, attempts = 20): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(url);
      if (response.ok || attempt >= attempts) return response;
    } catch (error) {
      if (attempt >= attempts) throw error;
    }
    await new Promise((done) => setTimeout(done, 1000));
  }
}

/** The list line of a report or event: the date as readers see it, the outlet's name, the headline; drafts marked. */
function listLine(
  collection: string,
  data: Record<string, unknown>,
  story: NonNullable<Config['story']>,
): string | undefined {
  const when = (value: unknown) => {
    if (typeof value !== 'string') return value instanceof Date ? value.toISOString().slice(0, 10) : '';
    const date = parseStoryDate(value);
    return 'error' in date ? value : formatStoryDate(date, story.timeZone ?? 'UTC');
  };
  if (collection === 'reports') {
    const name = typeof data.source === 'string' ? (story.outlets?.[data.source] ?? data.source) : '';
    // As everywhere an outlet is named: "(probable)" when we could not confirm it published the report.
    const outlet = name && data.attribution === 'probable' ? `${name} (probable)` : name;
    return [when(data.published), outlet, String(data.headline ?? ''), data.draft === true ? 'draft' : '']
      .filter(Boolean)
      .join(' · ');
  }
  if (collection === 'events') return [when(data.date), String(data.title ?? '')].filter(Boolean).join(' · ');
  return undefined;
}

/** An entry's page: on this site (the dev site, or production when the CMS runs there) and on the public site. */
function pageOf(collection: Collection, slug: string, siteUrl: string | undefined) {
  if (collection.preview_path === undefined) return undefined;
  const path = collection.preview_path.replace('{{slug}}', slug);
  // The CMS is at <base>admin/: the site's root is one folder up.
  const here = new URL(`../${path}`, document.baseURI).href;
  return {
    here,
    production: siteUrl ? new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href : undefined,
  };
}

/**
 * The undo trap: Decap compares the form with the entry as it was first loaded, so after a save, typing the old value
 * back reads as "saved" and the file keeps the new one. After every save of an existing entry, the entry is loaded
 * again from its file: the form's baseline is what the file now holds. (A new entry is loaded again by Decap itself.)
 */
function undoAfterSave() {
  let persisting = false;
  store.subscribe(() => {
    const draft = store.getState().entryDraft;
    const now = Boolean(draft.getIn(['entry', 'isPersisting']));
    if (persisting && !now && !draft.get('hasChanged') && draft.getIn(['entry', 'newRecord']) === false) {
      const slug = draft.getIn(['entry', 'slug']);
      const collection = store.getState().collections.get(String(draft.getIn(['entry', 'collection'])));
      if (typeof slug === 'string' && collection) store.dispatch(loadEntry(collection, slug));
    }
    persisting = now;
  });
}

async function main() {
  const response = await fetchPatiently(here('config.yml'));
  if (!response.ok) throw new Error(`config.yml: ${response.status} ${response.statusText}`);
  const config = parse(await response.text()) as Config;
  const local =
    typeof config.local_backend === 'object'
      ? config.local_backend.url
      : config.local_backend
        ? 'http://localhost:8081/api/v1'
        : undefined;
  const backendUrl = config.backend.name === 'proxy' ? config.backend.proxy_url : local;
  if (backendUrl && ['localhost', '127.0.0.1', '[::1]'].includes(location.hostname)) {
    const running = await fetch(backendUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"action":"info"}',
    })
      .then((response) => response.ok)
      .catch(() => false);
    if (!running && config.backend.name === 'proxy') {
      message(
        'The CMS’s local backend is not running',
        `Start the site and the CMS together with "npm run edit" (it runs decap-server, which reads and writes the content folder, at ${backendUrl}), then reload this page.`,
      );
      return;
    }
  }

  // Decap says "Publish" for writing a file; here a save writes the file and only clearing "Draft" publishes.
  // The login page names the site (its name is in the page's title, from site.yaml).
  const siteName = document.title.replace(/^CMS · /, '');
  CMS.registerLocale('en', merged(CMS.getLocale('en'), merged(WORDS, { auth: { login: `Log in to ${siteName}` } })));
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);

  // The site takes no images: a media library with nothing to show, and no Media tab (config.yml names it).
  // (Decap's types describe the configuration entry, not the library object it really takes.)
  const none = {
    name: 'none',
    init: () => ({ show() {}, hide() {}, onClearControl() {}, onRemoveControl() {}, enableStandalone: () => false }),
  };
  CMS.registerMediaLibrary(none as unknown as Parameters<typeof CMS.registerMediaLibrary>[0]);

  const collections = new Map(config.collections.map((collection) => [collection.name, collection]));
  for (const collection of config.collections) {
    const fields = collection.fields ?? (collection.files ?? []).flatMap((file) => file.fields);
    fillToday(fields);
    const format = storyFormat(fields, collection.extension === 'md');
    CMS.registerCustomFormat(collection.format, collection.extension, {
      ...format,
      fromFile: (text: string) => {
        const data = format.fromFile(text);
        const line = listLine(collection.name, data, config.story ?? {});
        return line === undefined ? data : { ...data, [LIST]: line };
      },
    });
  }

  // A new entry's file name: outlet and headline words for a report, as `npm run new:report` makes it. Decap adds
  // "-1" when the name is taken (slug "{{fields.__id}}"), so no file is ever overwritten.
  CMS.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      if (!entry.get('newRecord')) return undefined;
      const collection = collections.get(String(entry.get('collection')));
      const from = collection?.story?.id_from;
      if (!collection || !from) return undefined;
      const data = entry.get('data') as ImmutableMap;
      const fields = from.map((name) => collection.fields?.find((field) => field.name === name));
      return data.set(
        NEW_ID,
        newId(
          from.map((name) => data.get(name)),
          fields,
        ),
      );
    },
  });

  const check = config.story?.check;
  // Decap waits for this listener before it finishes the save, and only then knows a new entry's file name: the
  // verdict is fetched and shown after the listener returns.
  CMS.registerEventListener({
    name: 'postSave',
    handler: ({ entry }) => {
      void afterSave(String(entry.get('collection')), entry.get('slug') as string | undefined);
      return undefined;
    },
  });
  const afterSave = async (name: string, known: string | undefined) => {
    const collection = collections.get(name);
    let id = known;
    for (let attempt = 0; !id && attempt < 200; attempt++) {
      await new Promise((done) => setTimeout(done, 50));
      const slug = store.getState().entryDraft.getIn(['entry', 'slug']);
      if (typeof slug === 'string' && slug) id = slug;
    }
    const saved: Saved = {
      file:
        id && collection?.folder ? `/${collection.folder.split('/').pop()}/${id}.${collection.extension}` : undefined,
      labels: new Map(
        (collection?.fields ?? (collection?.files ?? []).flatMap((file) => file.fields)).map((field) => [
          field.name,
          field.label ?? field.name,
        ]),
      ),
      page: collection && id !== undefined ? pageOf(collection, id, config.site_url) : undefined,
    };
    if (!check) return showVerdict(undefined, saved);
    try {
      const response = await fetchPatiently(here(check));
      if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
      const { problems } = (await response.json()) as { problems: Problem[] };
      showVerdict(problems, saved);
    } catch (error) {
      showVerdict(
        [
          {
            severity: 'warning',
            file: 'the checker',
            message: `the content check could not run (${(error as Error).message}); it runs again with the next save`,
          },
        ],
        saved,
      );
    }
  };

  // The page of the entry being edited, where Decap had "Check for Preview" (see PATCHES in cms-bundle.ts).
  (globalThis as { storyPageLink?: unknown }).storyPageLink = (props: {
    isNewEntry?: boolean;
    hasChanged?: boolean;
    collection: { get(key: string): unknown };
  }) => {
    const collection = collections.get(String(props.collection.get('name')));
    const slug = store.getState().entryDraft.getIn(['entry', 'slug']);
    if (props.isNewEntry || !collection || typeof slug !== 'string') return null;
    const page = pageOf(collection, slug, config.site_url);
    if (!page) return null;
    return createElement(
      'a',
      {
        id: 'story-page-link',
        href: page.here,
        target: '_blank',
        rel: 'noopener',
        style: { color: '#3a69c7', fontWeight: 600, whiteSpace: 'nowrap', marginRight: '1rem' },
      },
      'View the page ↗',
    );
  };

  undoAfterSave();
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.('button');
    if (button?.textContent?.trim() !== 'Save') return;
    document.getElementById('story-check')?.remove();
    // Decap validates the form after the click (asynchronously); a refusal leaves its errors in the store and no save
    // starts. Watched for a few frames: either the save starts or the errors are there.
    let frames = 0;
    const watch = () => {
      const draft = store.getState().entryDraft;
      const errors = draft.get('fieldsErrors') as { isEmpty(): boolean } | undefined;
      if (draft.getIn(['entry', 'isPersisting'])) return;
      if (errors && !errors.isEmpty()) return showRefusal();
      if (++frames < 60) requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });

  CMS.init({ config: { ...(withoutStory(config) as CmsConfig), load_config_file: false } });
}

main().catch((error: Error) => message('The CMS could not start', error.message));
