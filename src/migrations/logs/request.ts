/** One request from a web server log, whatever format it came in: the fields the hits count needs. */
export interface LogRequest {
  method: string;
  /** The request target as logged: a path with its query (`/page.php?id=3`), or an absolute URL. */
  target: string;
  /** HTTP status; NaN when the log has none. */
  status: number;
  /** The User-Agent header; empty when the log does not record it. */
  userAgent: string;
  /** The Host header (IIS `cs-host`); empty when the log does not record it. */
  host: string;
}

/** What a log parser makes of one line. */
export type ParsedLine =
  | { kind: 'request'; request: LogRequest }
  /** A comment or directive (IIS `#Software`, `#Fields`...) or a blank line. */
  | { kind: 'directive' }
  | { kind: 'malformed'; why: string };
