import type { SiteState } from './site-state.ts';

/**
 * Hands a site model loaded by `npm run build` to the Eleventy config that the same process
 * imports, so the content is loaded and checked once.
 */
export const sharedState: { preloaded?: SiteState } = {};
