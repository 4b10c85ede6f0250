/**
 * Eleventy's own modules, which its package exports do not list, for the two places this project
 * reaches into them (./template-lookups.ts, ./process-caches.ts). Each is used only on the version
 * it was written against, and each has a test that fails on another version, so an upgrade
 * looks at them again.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

/** The Eleventy version the reaches below were written against. */
export const PINNED_ELEVENTY = '3.1.7';

const eleventyEntry = pathToFileURL(createRequire(import.meta.url).resolve('@11ty/eleventy'));
const fromEleventy = createRequire(eleventyEntry);
export const eleventyVersion = (fromEleventy('../package.json') as { version: string }).version;
export const { TemplatePath } = fromEleventy('@11ty/eleventy-utils') as {
  TemplatePath: { absolutePath(path: string): string };
};

/** The default export of one of Eleventy's files, e.g. `./TemplateMap.js`; none on another version. */
export async function eleventyModule<T>(file: string): Promise<T | undefined> {
  if (eleventyVersion !== PINNED_ELEVENTY) return undefined;
  return ((await import(new URL(file, eleventyEntry).href)) as { default: T }).default;
}
