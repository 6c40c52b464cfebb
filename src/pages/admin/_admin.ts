// The browser editor at /admin/ (bundled with Decap CMS into admin/cms.js by src/integrations/cms.ts; no reader page
// loads it): Decap with the configuration generated from our schemas, our own file writer for every collection, file
// names made as `npm run new:*` makes them, and, on the dev site, the checker's verdict after every save.
import CMS from 'decap-cms-app';
import type { CmsConfig } from 'decap-cms-core';
import { parse } from 'yaml';
import { NEW_ID, newId, storyFormat, type WriterField } from './_files';

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
  fields?: Field[];
  files?: { fields: Field[] }[];
  story?: { id_from: string[] };
}
interface Config {
  backend: { name: string; proxy_url?: string };
  local_backend?: boolean | { url?: string };
  collections: Collection[];
  story?: { check?: string };
}

/** The parts of an Immutable.js Map that Decap hands to event listeners. */
interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
}

/** The admin page's own files sit next to it (/admin/config.yml, /admin/check.json), under any base path. */
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

/** Where Decap's English reads wrong for this site. */
const WORDS = {
  collection: { collectionTop: { newButton: 'New %{collectionLabel}' } },
  editor: {
    editorToolbar: {
      publish: 'Save',
      publishing: 'Saving…',
      published: 'Saved',
      publishNow: 'Save now',
      publishAndCreateNew: 'Save and create another',
      publishAndDuplicate: 'Save and duplicate',
    },
  },
};

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

/** The checker's verdict after a save, in a panel over the form (dev site only: production builds run the checker). */
function showVerdict(problems: Problem[], saved: string | undefined) {
  document.getElementById('story-check')?.remove();
  const panel = document.createElement('section');
  panel.id = 'story-check';
  panel.setAttribute('role', 'status');
  panel.setAttribute('aria-label', 'Content check');
  const errors = problems.filter((problem) => problem.severity === 'error');
  panel.style.cssText = [
    'position: fixed; right: 1rem; bottom: 1rem; z-index: 10000; max-width: 36rem; max-height: 50vh; overflow: auto',
    'padding: 0.75rem 1rem; border-radius: 6px; font: 0.875rem/1.4 system-ui, sans-serif; box-shadow: 0 2px 12px rgb(0 0 0 / 0.25)',
    errors.length
      ? 'background: #fff4f4; color: #5c0000; border: 2px solid #c00'
      : problems.length
        ? 'background: #fffbe6; color: #4a3b00; border: 2px solid #b58a00'
        : 'background: #f0fff4; color: #064; border: 2px solid #0a7',
  ].join('; ');
  const heading = document.createElement('strong');
  heading.textContent = problems.length
    ? `Content check: ${errors.length} error(s), ${problems.length - errors.length} warning(s)${errors.length ? ' — the site will not build until they are fixed' : ''}`
    : 'Content check: no problems';
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  close.style.cssText = 'float: right; margin-left: 1rem';
  close.addEventListener('click', () => panel.remove());
  const title = document.createElement('p');
  title.style.cssText = 'margin: 0';
  title.append(heading);
  panel.append(close, title);
  if (problems.length) {
    const list = document.createElement('ul');
    list.style.cssText = 'margin: 0.5rem 0 0; padding-left: 1.25rem';
    // The file just saved first: that is what the editor is looking at.
    const ordered = [...problems].sort(
      (a, b) => Number(!saved || !b.file.endsWith(saved)) - Number(!saved || !a.file.endsWith(saved)),
    );
    for (const problem of ordered) {
      const item = document.createElement('li');
      item.textContent = `${problem.severity === 'error' ? '✗' : '!'} ${problem.file}${problem.line ? `:${problem.line}` : ''}${problem.field ? ` ${problem.field}:` : ''} ${problem.message}`;
      list.append(item);
    }
    panel.append(list);
  } else {
    setTimeout(() => panel.remove(), 6000);
  }
  document.body.append(panel);
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
        'The editor’s local backend is not running',
        `Start the site and the editor together with "npm run edit" (it runs decap-server, which reads and writes the content folder, at ${backendUrl}), then reload this page.`,
      );
      return;
    }
  }

  // Decap says "Publish" for writing a file; here a save writes the file and only clearing "Draft" publishes.
  CMS.registerLocale('en', merged(CMS.getLocale('en'), WORDS));

  const collections = new Map(config.collections.map((collection) => [collection.name, collection]));
  for (const collection of config.collections) {
    const fields = collection.fields ?? (collection.files ?? []).flatMap((file) => file.fields);
    fillToday(fields);
    CMS.registerCustomFormat(
      collection.format,
      collection.extension,
      storyFormat(fields, collection.extension === 'md'),
    );
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
  if (check) {
    CMS.registerEventListener({
      name: 'postSave',
      handler: async ({ entry }) => {
        const data = entry.get('data') as ImmutableMap;
        const collection = collections.get(String(entry.get('collection')));
        const id = entry.get('slug') ?? data.get(NEW_ID);
        const saved =
          id && collection?.folder
            ? `/${collection.folder.split('/').pop()}/${String(id)}.${collection.extension}`
            : undefined;
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
                message: `could not run (${(error as Error).message}): run "npm run check"`,
              },
            ],
            undefined,
          );
        }
      },
    });
  }

  CMS.init({ config: { ...(withoutStory(config) as CmsConfig), load_config_file: false } });
}

main().catch((error: Error) => message('The editor could not start', error.message));
