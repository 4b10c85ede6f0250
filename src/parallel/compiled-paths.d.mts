export const sourceRoot: string;
export const COMPILED_DIR_VARIABLE: string;
export const COMPILED_ELEVENTY_CONFIG: string;
export function compiledPath(dir: string, sourceFile: string): string;
