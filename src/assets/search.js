// Site search on /search/ (layouts/search.njk), over the parts of the search the build writes
// to <site>/pagefind/. Plain JavaScript served as it is (no bundler), loaded as an external
// module so a strict Content-Security-Policy allows it: no inline scripts or styles; things are
// shown and hidden with the `hidden` attribute only. One file, not two: each request of a first
// search costs its response headers, and the search page is at its 150 kB budget.
//
// The URL is the state: /search/?q=vat&department=tax-office&type=guide&sort=newest&page=2.
// A search the citizen asks for (submit, a filter, the sort, a page) is a new history entry;
// typing updates the current entry; the back button restores any earlier search.

const TYPING_DELAY_MS = 300;
const FILTERS = ['department', 'type', 'topic'];

// Relative to this file (<prefix>/assets/search-<hash>.js), so a site below a domain's root
// (https://example.github.io/gov/) finds its indexes in /gov/pagefind/ and links to /gov/... pages.
const siteRoot = new URL('../', import.meta.url);

// Imported by the search tests in Node too, for loadPagefind() and searchPage(): no page there.
const root = globalThis.document?.querySelector('[data-app-search]');
if (root) start(root);

/** @param {Element} root */
function start(root) {
  const ui = elements(root);
  ui.noJs.hidden = true;
  ui.form.hidden = false;
  const baseTitle = document.title;
  /** @type {Promise<any> | undefined} */
  let pagefind;
  let latest = 0;

  /**
   * Runs the search the URL describes and shows its results.
   * @param {{ typing?: boolean, focusResults?: boolean }} [how]
   */
  async function run(how = {}) {
    const state = readState(location.search);
    const id = ++latest;
    // The same search in another language: the query and filters carry over.
    for (const link of ui.languageLinks) link.search = location.search;
    document.title = state.q ? `${state.q} - ${baseTitle}` : baseTitle;
    if (!state.q && !hasFilters(state)) {
      render(ui, state, 0, []);
      return;
    }
    try {
      pagefind ??= loadPagefind(siteRoot, document.documentElement.lang);
      const found = await searchPage(await pagefind, state, searchOptions(ui, state), {
        pageSize: ui.pageSize,
        typing: Boolean(how.typing),
        current: () => id === latest,
      });
      if (found === null || id !== latest) return; // a newer search has started
      render(ui, { ...state, page: found.page }, found.count, found.data);
      if (how.focusResults) ui.heading.focus();
    } catch (error) {
      pagefind = undefined;
      if (id !== latest) return;
      ui.results.replaceChildren();
      ui.pagination.replaceChildren();
      ui.noResults.hidden = true;
      ui.status.textContent = say(ui, 'failed');
      console.error('Site search failed:', error);
    }
  }

  /**
   * A new URL from the form, then the search.
   * @param {{ push: boolean, page?: number, typing?: boolean, focusResults?: boolean }} how
   */
  function navigate({ push, page = 1, ...how }) {
    const url = `${location.pathname}${toQueryString({ ...formState(ui), page })}`;
    if (url !== `${location.pathname}${location.search}`) {
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    }
    run(how);
  }

  ui.form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate({ push: true });
  });
  ui.query.addEventListener('input', () => navigate({ push: false, typing: true }));
  // Filters and the sort apply at once; focus stays on the control the citizen changed.
  ui.form.addEventListener('change', (event) => {
    if (event.target !== ui.query) navigate({ push: true });
  });
  ui.pagination.addEventListener('click', (event) => {
    const link = /** @type {Element} */ (event.target).closest('a[data-page]');
    if (
      !(link instanceof HTMLAnchorElement) ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.button !== 0
    )
      return;
    event.preventDefault();
    navigate({ push: true, page: Number(link.dataset.page), focusResults: true });
  });
  window.addEventListener('popstate', () => {
    fillForm(ui, readState(location.search));
    run();
  });

  fillForm(ui, readState(location.search));
  run();
}

/** @param {Element} root */
function elements(root) {
  /** @param {string} selector */
  const one = (selector) => {
    const el = root.querySelector(selector);
    if (!el) throw new Error(`The search page has no ${selector}.`);
    return /** @type {HTMLElement} */ (el);
  };
  // The templates sit outside <main>, after it (layouts/partials/search-templates.njk).
  const template = (/** @type {string} */ selector) => {
    const el = document.querySelector(selector);
    if (!(el instanceof HTMLTemplateElement))
      throw new Error(`The search page has no ${selector}.`);
    return el.content;
  };
  return {
    noJs: one('[data-search-no-js]'),
    form: /** @type {HTMLFormElement} */ (one('[data-search-form]')),
    query: /** @type {HTMLInputElement} */ (one('input[name="q"]')),
    sort: /** @type {HTMLSelectElement} */ (one('select[name="sort"]')),
    heading: one('#search-results-heading'),
    status: one('[data-search-status]'),
    noResults: one('[data-search-no-results]'),
    results: one('[data-search-results]'),
    pagination: one('[data-search-pagination]'),
    resultTemplate: template('[data-search-result-template]'),
    paginationTemplate: template('[data-search-pagination-template]'),
    pageSize: Number(/** @type {HTMLElement} */ (root).dataset.pageSize) || 10,
    /** The page's words for what the script says (layouts/strings/), and its language. */
    messages: /** @type {Record<string, string>} */ (
      JSON.parse(/** @type {HTMLElement} */ (root).dataset.messages ?? '{}')
    ),
    /** The language navigation's links to this search in the other languages. */
    languageLinks: /** @type {HTMLAnchorElement[]} */ ([
      ...document.querySelectorAll('[data-search-languages] a[hreflang]'),
    ]),
    /** @param {string} name */
    checkboxes: (name) =>
      /** @type {HTMLInputElement[]} */ ([
        ...root.querySelectorAll(`input[type="checkbox"][name="${name}"]`),
      ]),
  };
}

/** @typedef {{ q: string, filters: Record<string, string[]>, sort: 'relevance' | 'newest', page: number }} SearchState */
/** @typedef {ReturnType<typeof elements>} Ui */

/**
 * A message in the page's language, `{name}` filled in from `args`.
 * @param {Ui} ui @param {string} key @param {Record<string, string>} [args]
 */
function say(ui, key, args = {}) {
  return (ui.messages[key] ?? key).replace(/\{(\w+)\}/g, (_, name) => args[name] ?? '');
}

/** @param {string} search @returns {SearchState} */
function readState(search) {
  const params = new URLSearchParams(search);
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: (params.get('q') ?? '').trim(),
    filters: Object.fromEntries(FILTERS.map((name) => [name, params.getAll(name)])),
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** @param {SearchState} state */
function toQueryString(state) {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const name of FILTERS)
    for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort === 'newest') params.set('sort', 'newest');
  if (state.page > 1) params.set('page', String(state.page));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** @param {SearchState} state */
function hasFilters(state) {
  return FILTERS.some((name) => (state.filters[name] ?? []).length > 0);
}

/** @param {Ui} ui @returns {SearchState} */
function formState(ui) {
  return {
    q: ui.query.value.trim(),
    filters: Object.fromEntries(
      FILTERS.map((name) => [
        name,
        ui
          .checkboxes(name)
          .filter((c) => c.checked)
          .map((c) => c.value),
      ]),
    ),
    sort: ui.sort.value === 'newest' ? 'newest' : 'relevance',
    page: 1,
  };
}

/** @param {Ui} ui @param {SearchState} state */
function fillForm(ui, state) {
  ui.query.value = state.q;
  ui.sort.value = state.sort;
  for (const name of FILTERS) {
    for (const box of ui.checkboxes(name))
      box.checked = (state.filters[name] ?? []).includes(box.value);
  }
}

/**
 * Pagefind's options for a state: each filter group matches any of its ticked values (the
 * index holds the names pages show, kept in each checkbox's `data-label`); groups combine.
 * @param {Ui} ui @param {SearchState} state
 */
function searchOptions(ui, state) {
  /** @type {Record<string, { any: string[] }>} */
  const filters = {};
  for (const name of FILTERS) {
    const labels = ui
      .checkboxes(name)
      .filter((c) => (state.filters[name] ?? []).includes(c.value))
      .map((c) => c.dataset.label ?? c.value);
    if (labels.length) filters[name] = { any: labels };
  }
  return { filters, ...(state.sort === 'newest' && { sort: { published: 'desc' } }) };
}

/**
 * @param {Ui} ui
 * @param {SearchState} state
 * @param {number} count how many results the search found
 * @param {any[]} shown the data of the results on this page
 */
function render(ui, state, count, shown) {
  const searched = Boolean(state.q) || hasFilters(state);
  const results =
    count === 0
      ? say(ui, 'no_results')
      : count === 1
        ? say(ui, 'one_result')
        : say(ui, 'many_results', { count: String(count) });
  const status = !searched
    ? ''
    : state.q
      ? say(ui, 'for_query', { results, query: state.q })
      : results;
  // Set only when it changes, so screen readers announce each new count once.
  if (ui.status.textContent !== status) ui.status.textContent = status;
  ui.noResults.hidden = !searched || count > 0;
  ui.results.replaceChildren(...shown.map((data) => resultItem(ui, data)));
  ui.pagination.replaceChildren(
    ...(count > ui.pageSize ? [pagination(ui, state, Math.ceil(count / ui.pageSize))] : []),
  );
}

/** @param {Ui} ui @param {any} data a Pagefind result's data */
function resultItem(ui, data) {
  const item = /** @type {DocumentFragment} */ (ui.resultTemplate.cloneNode(true));
  const field = (/** @type {string} */ name) =>
    /** @type {HTMLElement} */ (item.querySelector(`[data-result-${name}]`));
  const link = /** @type {HTMLAnchorElement} */ (field('link'));
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  field('summary').textContent = data.meta.description ?? '';
  field('type').textContent = (data.filters.type ?? []).join(', ');
  // Every publisher of a joint page, its own department first, as the page's "From:" lists them.
  field('department').textContent =
    (data.filters.department ?? []).join(', ') || (data.meta.department ?? '');
  const date = /** @type {HTMLTimeElement} */ (field('date'));
  date.dateTime = data.meta.published ?? '';
  // The date as the page's language writes it, from the index (src/search/search-document.ts).
  date.textContent = data.meta.published_text ?? data.meta.published ?? '';
  return item;
}

/**
 * govuk-frontend's pagination (from the page's template): previous, first, the pages around the
 * current one, last, next, with ellipses between, as the Design System recommends.
 * @param {Ui} ui @param {SearchState} state @param {number} pages
 */
function pagination(ui, state, pages) {
  const nav = /** @type {HTMLElement} */ (
    /** @type {Element} */ (ui.paginationTemplate.querySelector('nav')).cloneNode(true)
  );
  const list = /** @type {HTMLElement} */ (nav.querySelector('ul'));
  const [linkItem, currentItem, ellipsisItem] = /** @type {HTMLElement[]} */ ([...list.children]);
  const href = (/** @type {number} */ page) =>
    `${location.pathname}${toQueryString({ ...state, page })}`;
  /** @param {Element} a @param {number} page */
  const point = (a, page) => {
    a.setAttribute('href', href(page));
    a.setAttribute('data-page', String(page));
  };

  const numbers = [...new Set([1, state.page - 1, state.page, state.page + 1, pages])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  /** @type {Element[]} */
  const items = [];
  numbers.forEach((n, i) => {
    if (i > 0 && n - /** @type {number} */ (numbers[i - 1]) > 1)
      items.push(/** @type {Element} */ (ellipsisItem?.cloneNode(true)));
    const item = /** @type {Element} */ (
      (n === state.page ? currentItem : linkItem)?.cloneNode(true)
    );
    const a = /** @type {Element} */ (item.querySelector('a'));
    point(a, n);
    a.setAttribute('aria-label', say(ui, 'page_number', { n: String(n) }));
    a.textContent = String(n);
    items.push(item);
  });
  list.replaceChildren(...items);

  const previous = nav.querySelector('.govuk-pagination__prev');
  const next = nav.querySelector('.govuk-pagination__next');
  if (state.page > 1 && previous)
    point(/** @type {Element} */ (previous.querySelector('a')), state.page - 1);
  else previous?.remove();
  if (state.page < pages && next)
    point(/** @type {Element} */ (next.querySelector('a')), state.page + 1);
  else next?.remove();
  return nav;
}

/**
 * The site's search, in parts (src/search/index-parts.ts), for the
 * page's language: the first one's Pagefind, with the others merged into it. Each is given a
 * filter, `index`, naming its department, so that one index can be searched alone.
 * @param {URL} siteRoot the site's root URL, below which `pagefind/` is
 * @param {string} lang
 * @param {(url: string) => Promise<any>} [importModule] how to load `pagefind.js` (Node's tests
 *   cannot import over HTTP)
 * @returns {Promise<{ api: any, names: string[] }>}
 */
export async function loadPagefind(siteRoot, lang, importModule = (url) => import(url)) {
  const response = await fetch(new URL('pagefind/indexes.json', siteRoot));
  if (!response.ok) throw new Error(`The list of search indexes answered ${response.status}.`);
  const { languages } = await response.json();
  /** @type {string[]} */
  const names = languages[lang] ?? languages[lang.split('-')[0]] ?? [];
  if (!names.length) return { api: null, names };
  const bundle = (/** @type {string} */ name) => new URL(`pagefind/${name}/`, siteRoot).href;
  // Result URLs get the site's path prefix, as every other link on the site does.
  const options = (/** @type {string} */ name) => ({
    baseUrl: siteRoot.pathname,
    mergeFilter: { index: name },
  });
  const api = await importModule(`${bundle(names[0])}pagefind.js`);
  await api.options({ ...options(names[0]), basePath: bundle(names[0]) });
  await Promise.all(names.slice(1).map((name) => api.mergeIndex(bundle(name), options(name))));
  return { api, names };
}

/**
 * A search's count of results, and the data of those on the page asked for (or the last page).
 * Pagefind merges the indexes' results by score, which compares across indexes for relevance;
 * but sorted, a result's score is its place in its own index's order. So a sorted search asks
 * each index alone and merges their lists by date, reading the data of only as many results as
 * the page shown needs. `null` when a newer search has started.
 * @param {{ api: any, names: string[] }} loaded
 * @param {{ q: string, page: number }} state
 * @param {any} options Pagefind's, from searchOptions()
 * @param {{ pageSize: number, typing: boolean, current: () => boolean }} how
 * @returns {Promise<{ count: number, page: number, data: any[] } | null>}
 */
export async function searchPage({ api, names }, state, options, { pageSize, typing, current }) {
  const term = state.q || null;
  const shownPage = (/** @type {number} */ count) =>
    Math.min(state.page, Math.max(1, Math.ceil(count / pageSize)));
  if (!api) return { count: 0, page: 1, data: [] };
  if (!options.sort || names.length === 1) {
    const response = typing
      ? await api.debouncedSearch(term, options, TYPING_DELAY_MS)
      : await api.search(term, options);
    if (response === null || !current()) return null;
    const page = shownPage(response.results.length);
    const shown = response.results.slice((page - 1) * pageSize, page * pageSize);
    return {
      count: response.results.length,
      page,
      data: await Promise.all(shown.map((/** @type {any} */ r) => r.data())),
    };
  }
  if (typing) await new Promise((resolve) => setTimeout(resolve, TYPING_DELAY_MS));
  if (!current()) return null;
  /** @type {any[][]} */
  const lists = await Promise.all(
    names.map(async (name) => {
      const filters = { ...options.filters, index: name };
      return (await api.search(term, { ...options, filters })).results;
    }),
  );
  const count = lists.reduce((sum, list) => sum + list.length, 0);
  const page = shownPage(count);
  const next = lists.map(() => 0);
  const heads = await Promise.all(lists.map((list) => list[0]?.data()));
  const merged = [];
  while (merged.length < page * pageSize) {
    let newest = -1;
    heads.forEach((head, i) => {
      if (head && (newest < 0 || head.meta.published > heads[newest].meta.published)) newest = i;
    });
    if (newest < 0) break;
    merged.push(heads[newest]);
    next[newest] += 1;
    heads[newest] = await lists[newest]?.[next[newest]]?.data();
  }
  return { count, page, data: merged.slice((page - 1) * pageSize) };
}
