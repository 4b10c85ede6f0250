/**
 * The NCSA combined log format (nginx's and Apache's default `combined`), and the common format,
 * which is the same without the referrer and the user agent:
 *
 *     203.0.113.9 - - [02/Dec/2026:10:00:00 +0000] "GET /a?b=1 HTTP/1.1" 200 512 "-" "Mozilla/5.0"
 */
import type { ParsedLine } from './request.ts';

/** A quoted field: nginx escapes `"` and `\` inside it as `\x22` or `\"`. */
const QUOTED = '"((?:[^"\\\\]|\\\\.)*)"';
const LINE = new RegExp(
  `^\\S+ \\S+ .*?\\[[^\\]]*\\] ${QUOTED} (\\d{3}|-) \\S+(?: ${QUOTED} ${QUOTED})?`,
);

export function parseCombinedLine(line: string): ParsedLine {
  if (line.trim() === '') return { kind: 'directive' };
  const match = LINE.exec(line);
  if (!match) return { kind: 'malformed', why: 'it is not in the combined or common log format' };
  const [, requestLine = '', status = '-', , userAgent = ''] = match;
  const parts = requestLine.split(' ');
  // A request line that is not "METHOD target PROTOCOL" (a TLS handshake sent to port 80, say)
  // is logged by nginx as it came; it is no page, so it keeps no method.
  const [method = '', target = ''] = parts.length === 2 || parts.length === 3 ? parts : [];
  return {
    kind: 'request',
    request: {
      method,
      target,
      status: status === '-' ? Number.NaN : Number(status),
      userAgent: userAgent === '-' ? '' : userAgent,
      host: '',
    },
  };
}
