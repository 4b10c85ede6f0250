// The site's search over Pagefind: which indexes to load, and a search's page of results.
// Plain JavaScript for browsers, served as it is, imported by the search page's script
// (./search.js); the search tests run it in Node on a built site's indexes too.

const TYPING_DELAY_MS = 300;

/**
 * The site's search indexes, one per department (src/search/department-indexes.ts), for the
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
