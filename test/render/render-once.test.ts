import nunjucks from 'nunjucks';
import { describe, expect, it } from 'vitest';
import { RenderOnce } from '../../src/render/render-once.ts';

function environment() {
  const env = new nunjucks.Environment(null, { autoescape: true }).addExtension(
    'renderOnce',
    new RenderOnce(nunjucks.runtime.SafeString),
  );
  let calls = 0;
  env.addGlobal('counted', (text: string) => `${text} ${++calls}`);
  const render = (template: string, context: object = {}) => env.renderString(template, context);
  return { render };
}

describe('renderOnce, the page frame rendered once per build', () => {
  const footer =
    '{% renderOnce "footer" %}<footer>{{ counted(site.name) }}</footer>{% endrenderOnce %}';

  it('gives every page the first rendering of a part, as markup rather than escaped text', () => {
    const { render } = environment();
    expect(render(footer, { site: { name: 'Gov' } })).toBe('<footer>Gov 1</footer>');
    expect(render(footer, { site: { name: 'Gov' } })).toBe('<footer>Gov 1</footer>');
  });

  it('renders a part again for each value of what it depends on', () => {
    const { render } = environment();
    const navigation = '{% renderOnce "nav", current %}{{ counted("nav") }}{% endrenderOnce %}';
    expect(render(navigation, { current: false })).toBe('nav 1');
    expect(render(navigation, { current: true })).toBe('nav 2');
    expect(render(navigation, { current: false })).toBe('nav 1');
  });
});
