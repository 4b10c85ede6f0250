import nunjucks from 'nunjucks';

/**
 * Nunjucks, as every module of ours imports it. Loading it leaves String.prototype with slow
 * (dictionary) properties: its SafeString's prototype is made with Object.create(String.prototype).
 * Until V8 next looks a property up through a SafeString, every call of a string method is slower;
 * in `npm run check`, which loads Nunjucks but renders nothing, markdown-it parsed 2.5 times
 * slower. One such lookup makes String.prototype fast again.
 */
export function restoreFastStrings(runtime: { SafeString: new (value: string) => object }): void {
  void (new runtime.SafeString('') as { charCodeAt?: unknown }).charCodeAt;
}

restoreFastStrings(nunjucks.runtime);

export default nunjucks;
