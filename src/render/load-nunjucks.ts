import { createRequire } from 'node:module';
import type Nunjucks from 'nunjucks';

const require = createRequire(import.meta.url);

/**
 * Nunjucks, loaded the first time something renders with it, never on import. Loading it leaves
 * V8's String.prototype in slow dictionary mode (its SafeString's prototype is made from
 * String.prototype) until a property is next looked up through a SafeString: a build soon does
 * that as it renders, but `npm run check` renders nothing, and with Nunjucks loaded markdown-it
 * parsed 2.5 times slower there. The check now never loads it (docs/performance.md).
 */
export function loadNunjucks(): typeof Nunjucks {
  return require('nunjucks') as typeof Nunjucks;
}
