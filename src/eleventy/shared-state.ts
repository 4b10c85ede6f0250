import type { SiteState } from './site-state.ts';

interface SharedState {
  root?: string;
  preloaded?: SiteState;
}

/**
 * Hands the site being built (its root, and the model `npm run build` already loaded and
 * checked) to the Eleventy config that the same process imports, so content is loaded once.
 * It lives on globalThis because Eleventy imports the config through Node's own loader, which
 * under the test runner gives the config its own copy of this module.
 */
const key = Symbol.for('gov-publishing.shared-state');
export const sharedState: SharedState = ((globalThis as Record<symbol, SharedState>)[key] ??= {});
