// The search page's behaviour on Pagefind's JS API (src/pages/search.astro has the form and the empty results).
// Only what a query needs is fetched: Pagefind's script, index metadata and the index chunks and fragments of the
// results shown. Filter data (the largest files on a big site) loads only when the reader opens the filters.
import {
  addressWithQuery,
  BATCH_SIZE,
  countSentence,
  excerptParts,
  FILTER_LABELS,
  offeredFilters,
  whereAndWhen,
} from './search-text';

/** The part of a Pagefind result's data this page uses (Pagefind ships no types for its browser API). */
interface Fragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

interface Result {
  data(): Promise<Fragment>;
}

interface Response {
  results: Result[];
}

type Filters = Record<string, string>;

interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  /** A null term lists every page that matches the filters. */
  search(term: string | null, options: { filters: Filters }): Promise<Response>;
  /** Resolves to null when a later call superseded this one. */
  debouncedSearch(term: string | null, options: { filters: Filters }, wait: number): Promise<Response | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const form = document.querySelector<HTMLFormElement>('form#search[data-base]');
if (form) enhance(form);

function enhance(form: HTMLFormElement) {
  // The site's base path (/ or a sub-path such as /jv-story/): Pagefind's files and result links live under it.
  const base = form.dataset.base ?? '/';
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const panel = form.querySelector<HTMLDetailsElement>('.search-filters')!;
  const fields = panel.querySelector<HTMLElement>('.search-filters__fields')!;
  const chosenCount = panel.querySelector<HTMLElement>('.search-filters__chosen')!;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>).then(
      async (api) => {
        await api.options({ baseUrl: base });
        return api;
      },
      (error: unknown) => {
        pagefind = undefined; // the next search tries again
        throw error;
      },
    ));

  const chosen: Filters = {};
  let results: Result[] = [];
  let shown = 0;
  let latest = 0; // the number of the latest search: an older one that finishes late is dropped
  let loadingMore = false;

  async function run(debounce: boolean) {
    const id = ++latest;
    const query = input.value;
    history.replaceState(history.state, '', addressWithQuery(location.href, query));
    const filtered = Object.keys(chosen).length > 0;
    if (!query.trim() && !filtered) return show(id, [], [], '');
    // A search the reader asked for (Enter, a link with ?q=, a filter) says it is working when it is slow; one run
    // while typing does not, or a screen reader would hear "Searching" after every pause.
    const slow = debounce ? 0 : window.setTimeout(() => searching(id), 400);
    try {
      const api = await load();
      const options = { filters: { ...chosen } };
      const term = query.trim() || null;
      const response = debounce ? await api.debouncedSearch(term, options, 300) : await api.search(term, options);
      if (!response || id !== latest) return;
      const first = await Promise.all(response.results.slice(0, BATCH_SIZE).map((result) => result.data()));
      show(id, response.results, first, countSentence(response.results.length, query, filtered));
    } catch (error) {
      console.warn('Search failed:', error);
      if (id === latest) show(id, [], [], 'Search could not load. Reload the page to try again.');
    } finally {
      window.clearTimeout(slow);
    }
  }

  function searching(id: number) {
    if (id === latest) status.textContent = 'Searching…';
  }

  function show(id: number, all: Result[], first: Fragment[], sentence: string) {
    if (id !== latest) return;
    results = all;
    shown = first.length;
    list.replaceChildren(...first.map(resultItem));
    more.hidden = shown >= results.length;
    status.textContent = sentence;
  }

  // "More results": the next batch, whose data (one fragment each) is fetched only now.
  more.addEventListener('click', async () => {
    if (loadingMore) return;
    loadingMore = true;
    const id = latest;
    try {
      const batch = await Promise.all(results.slice(shown, shown + BATCH_SIZE).map((result) => result.data()));
      if (id !== latest) return;
      const items = batch.map(resultItem);
      list.append(...items);
      shown += items.length;
      more.hidden = shown >= results.length;
      // Keyboard and screen reader users continue at the first new result, not at the end of the page.
      items[0]?.querySelector('a')?.focus();
    } finally {
      loadingMore = false;
    }
  });

  // Filters: their data is fetched the first time the panel opens, never for a plain search.
  let filtersLoaded = false;
  async function loadFilters() {
    if (filtersLoaded) return;
    filtersLoaded = true;
    fields.textContent = 'Loading filters…';
    try {
      const available = await (await load()).filters();
      fields.replaceChildren(...offeredFilters(available).map(([key, values]) => filterField(key, values)));
    } catch (error) {
      console.warn('Search filters failed:', error);
      filtersLoaded = false;
      fields.textContent = 'The filters could not load. Close and open this panel to try again.';
    }
  }

  function filterField(key: string, values: string[]): HTMLElement {
    const field = document.createElement('div');
    field.className = 'search-filters__field';
    const label = document.createElement('label');
    label.htmlFor = `search-filter-${key}`;
    label.textContent = FILTER_LABELS[key];
    const select = document.createElement('select');
    select.id = label.htmlFor;
    select.append(
      new Option('Any', ''),
      ...values.sort((a, b) => a.localeCompare(b, 'en')).map((value) => new Option(value, value)),
    );
    select.addEventListener('change', () => {
      if (select.value) chosen[key] = select.value;
      else delete chosen[key];
      const count = Object.keys(chosen).length;
      chosenCount.textContent = count ? ` (${count} chosen)` : '';
      void run(false);
    });
    field.append(label, select);
    return field;
  }

  panel.addEventListener('toggle', () => {
    if (panel.open) void loadFilters();
  });
  if (panel.open) void loadFilters();
  input.addEventListener('input', () => void run(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(false);
  });
  // Start Pagefind (its worker, WebAssembly and index metadata) as soon as the reader heads for the box.
  input.addEventListener(
    'focus',
    () =>
      void load().then(
        (api) => api.init(),
        () => undefined,
      ),
    { once: true },
  );

  // A shared link or a form elsewhere (/search/?q=farley) fills the box and runs the search.
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void run(false);
  }
}

/** One result: its title as a link, who published it and when, then the excerpt with the matched words marked. */
function resultItem(data: Fragment): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h2');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta search-result__meta';
  for (const text of [data.filters.type?.[0], whereAndWhen(data.meta)]) {
    if (!text) continue;
    const part = document.createElement('span');
    part.textContent = text;
    meta.append(part);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  for (const { text, marked } of excerptParts(data.excerpt)) {
    if (!marked) excerpt.append(text);
    else excerpt.append(Object.assign(document.createElement('mark'), { textContent: text }));
  }
  item.append(heading, meta, excerpt);
  return item;
}
