/** What `npm run check` runs on its second thread: loading and checking a share of the
 * pages, and the migrations map. */
export { loadPages } from '../content/site-model.ts';
export { checkPages } from './page-checks.ts';
export { loadMigrations } from '../migrations/index.ts';
