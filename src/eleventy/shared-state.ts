import type { SiteState } from './site-state.ts';

/**
 * Hands the site being built (its root, and the model `npm run build` already loaded and
 * checked) to the Eleventy config that the same process imports, so content is loaded once.
 */
export const sharedState: { root?: string; preloaded?: SiteState } = {};
