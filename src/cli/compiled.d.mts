/** Where src/cli/compiled.mjs keeps its bundles. */
export const compiledCache: string;
/** The folder of the bundles of `entry` (a .ts file under src/), made if out of date. */
export function compiled(entry: string): Promise<string>;
