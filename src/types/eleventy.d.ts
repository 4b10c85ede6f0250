// Eleventy ships JavaScript without types; this is the part of its API the build calls.
declare module '@11ty/eleventy' {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: Record<string, unknown>);
    write(): Promise<unknown>;
  }
}
