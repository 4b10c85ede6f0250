/**
 * `{% renderOnce "footer" %}…{% endrenderOnce %}`: the parts of the page frame that come out the
 * same on every page (footer, service navigation, phase banner) run their govuk-frontend macros
 * once per build instead of once per page. Any further arguments join the name as the key, so a
 * part that differs on a few pages names what it depends on:
 * `{% renderOnce "navigation", page.url == "/departments/" %}`.
 *
 * Make one per Nunjucks environment, and one environment per build, so the preview shows edits
 * to site.yml and layouts.
 */
export class RenderOnce {
  readonly tags = ['renderOnce'];
  private readonly rendered = new Map<string, unknown>();

  /** `SafeString` of the Nunjucks the environment runs on (Eleventy has its own copy), so the
   *  rendered markup is not escaped again. */
  constructor(private readonly SafeString: new (html: string) => unknown) {}

  parse(parser: any, nodes: any): unknown {
    const start = parser.nextToken();
    const args = parser.parseSignature(null, true);
    parser.advanceAfterBlockEnd(start.value);
    const body = parser.parseUntilBlocks('endrenderOnce');
    parser.advanceAfterBlockEnd();
    return new nodes.CallExtension(this, 'run', args, [body]);
  }

  /** Nunjucks passes the tag's arguments, then the body as a function that renders it. */
  run(_context: unknown, ...argsAndBody: unknown[]): unknown {
    const body = argsAndBody.pop() as () => unknown;
    const key = JSON.stringify(argsAndBody);
    if (!this.rendered.has(key)) this.rendered.set(key, new this.SafeString(String(body())));
    return this.rendered.get(key);
  }
}
