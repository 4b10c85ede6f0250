// Eleventy ships JavaScript without types; this is the part of its API the build and the preview call.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    write(): Promise<unknown>;
    /** The preview's: read the config, then watch and serve with incremental rebuilds. */
    init(): Promise<void>;
    setIncrementalBuild(incremental: boolean): void;
    watch(): Promise<void>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
  }
  /** Adds the configured path prefix to root-relative URLs in HTML output. */
  export const HtmlBasePlugin: (eleventyConfig: any, options?: Record<string, unknown>) => void;
}
