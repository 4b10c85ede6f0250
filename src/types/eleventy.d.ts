// Eleventy ships JavaScript without types; this is the part of its API the build calls.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    write(): Promise<unknown>;
  }
  /** Adds the configured path prefix to root-relative URLs in HTML output. */
  export const HtmlBasePlugin: (eleventyConfig: any, options?: Record<string, unknown>) => void;
}
