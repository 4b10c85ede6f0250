/**
 * How nginx finds a mapping. A server block builds `$legacy_key` from the request: host, the path
 * as nginx decodes it (`$uri`: escapes decoded, dot segments resolved) without trailing slashes,
 * and the significant query pairs as the request wrote them. nginx's `map` lowercases ASCII
 * before an exact lookup, so case never matters. A query value can be sent with a reserved
 * character raw or escaped (`a/b`, `a%2Fb`) and a space as `+` or `%20`; nginx cannot decode a
 * query, so such a mapping gets a case-insensitive pattern as well as its exact key.
 */
import type { Mapping } from './model.ts';
import { REPEATED_VALUES } from './normalise.ts';
import { asBinary } from './percent-encoding.ts';

export interface NginxMatch {
  /** Binary string (one char a byte): host, decoded path, `?` and the canonical query. */
  key: string;
  /** A PCRE for nginx's `map` (without `~*`), when the query has more than one spelling. */
  pattern?: string;
}

const byte = (hex: string) => String.fromCharCode(parseInt(hex, 16));

/** Bytes a regex must spell as `\xHH`, and its own metacharacters. */
export const regexLiteral = (text: string) =>
  text.replace(/[\\^$.|?*+()[\]{}"\s]|[^\x21-\x7e]/g, (c) => {
    const code = c.charCodeAt(0);
    return code > 0x20 && code < 0x7f ? `\\${c}` : `\\x${code.toString(16).padStart(2, '0')}`;
  });

/** A query escape a request may also send raw: printable ASCII that does not split the query. */
const alsoRaw = (char: string) => /^[!-~]$/.test(char) && !/[&;=#%+]/.test(char);

function queryPattern(query: string): string | undefined {
  let spelledTwoWays = false;
  const pattern = query.replace(/%([0-9a-f]{2})|[^%]+/g, (token, hex?: string) => {
    if (hex === undefined) return regexLiteral(token);
    const char = byte(hex);
    if (char === ' ') {
      spelledTwoWays = true;
      return '(?:\\+|%20)';
    }
    if (!alsoRaw(char)) return token;
    spelledTwoWays = true;
    return `(?:${regexLiteral(char)}|%${hex})`;
  });
  return spelledTwoWays ? pattern : undefined;
}

export function nginxMatch(mapping: Mapping): NginxMatch {
  const { host, path, query } = mapping.url;
  const bytes = asBinary(path);
  const key = `${host}${bytes}${query ? `?${query}` : ''}`;
  const queryRegex = query ? queryPattern(query) : undefined;
  return queryRegex === undefined
    ? { key }
    : { key, pattern: `^${regexLiteral(`${host}${bytes}`)}\\?${queryRegex}$` };
}

/**
 * `$legacy_arg_<name>`: `&name=value` for each of the first values of a significant key in the
 * request (`;` separates pairs as `&` does), or empty. `$arg_<name>` would give only the first,
 * and nothing for `name=`, which Transition counts as a value.
 */
export function queryArgMaps(names: readonly string[]): string[] {
  return names.flatMap((name) => {
    const value = (n: number) => `(?<legacy_arg${n}>[^&;]*)`;
    const entries = Array.from({ length: REPEATED_VALUES }, (_, i) => REPEATED_VALUES - i).map(
      (count) => {
        const captures = Array.from({ length: count }, (_, i) => i + 1);
        const regex = captures
          .map((n) => (n === 1 ? `(?:^|[&;])${name}=${value(n)}` : `.*?[&;]${name}=${value(n)}`))
          .join('');
        const text = captures.map((n) => `&${name}=$legacy_arg${n}`).join('');
        return `  "~*${regex}" "${text}";`;
      },
    );
    return [`map $args $legacy_arg_${name} {`, ...entries, '  default "";', '}'];
  });
}
