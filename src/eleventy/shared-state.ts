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

/**
 * The site state of whichever build is running. Eleventy reuses compiled templates across builds
 * in one process (tests, the benchmark), and they keep calling the globals and filters the first
 * build registered; reading the state through this keeps them on the current build's model.
 */
export function currentBuildState(fallback: SiteState): SiteState {
  return new Proxy(fallback, {
    get: (_, key) => Reflect.get(sharedState.preloaded ?? fallback, key),
  });
}
