import { content, style, urls } from '../report/catalogue/index.ts';
import { DESCRIPTION_MAX_CHARACTERS, TITLE_MAX_CHARACTERS } from '../report/catalogue/limits.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import { splitFrontMatter } from './front-matter.ts';
import { plainText } from './plain-text.ts';
import { type FrontMatter, frontMatterFields, frontMatterSchema } from './schema.ts';
import { checkAgainstSchema } from './schema-diagnostics.ts';
import { isSitePath, suggestUrl, urlFromPath } from './urls.ts';

export interface Page {
  /** Source file relative to the project root, e.g. `content/tax-office/vat/register.md`. */
  file: string;
  department: string;
  url: string;
  data: FrontMatter;
  body: string;
  /** File line on which the Markdown body starts. */
  bodyLine: number;
  /** Line of each front matter field, and of each item of list fields (`topics.0`). */
  lines: Record<string, number>;
}

/**
 * A page file's Markdown alone: what is left to check when its front matter cannot be read, so
 * its links, blocks and HTML are reported in the same run as the front matter's problems.
 */
export type PageBody = Pick<Page, 'file' | 'body' | 'bodyLine'> & {
  /** The URL its file name gives: links to it are not reported as well, which would only repeat its own error. */
  url?: string;
};

export interface LoadedPage {
  page?: Page;
  /** Set when the file gave no page. */
  body?: PageBody;
  diagnostics: Diagnostic[];
}

const LISTED_FIELDS = ['topics', 'departments', 'legacy_urls', 'related'] as const;

/**
 * Loads one Markdown page: front matter checked against the schema, URL derived and checked.
 * `pathInDepartment` is the file's path inside its department folder.
 */
export function loadPage(
  file: string,
  text: string,
  department: string,
  pathInDepartment: string,
): LoadedPage {
  const replaced = text.indexOf('\uFFFD');
  if (replaced !== -1) {
    // Files are read as UTF-8; bytes that are not UTF-8 arrive as U+FFFD and would print as junk.
    return {
      diagnostics: [
        report(content.ENCODING_INVALID, {
          file,
          line: text.slice(0, replaced).split('\n').length,
        }),
      ],
    };
  }
  const split = splitFrontMatter(text);
  const body = {
    file,
    body: split.body,
    bodyLine: split.bodyLine,
    url: urlFromPath(pathInDepartment),
  };
  if (!split.yaml) {
    return {
      body,
      diagnostics: [report(content.FRONT_MATTER_MISSING, { file, line: 1 })],
    };
  }
  const { yaml } = split;
  if (yaml.errors.length) {
    return {
      body,
      diagnostics: yaml.errors.map((e) =>
        report(
          content.FRONT_MATTER_YAML,
          { file, line: e.line, column: e.column },
          { detail: e.message },
        ),
      ),
    };
  }

  const checked = checkAgainstSchema(
    frontMatterSchema,
    yaml,
    file,
    {
      required: content.FRONT_MATTER_REQUIRED,
      invalid: content.FRONT_MATTER_INVALID,
      unknownField: content.FRONT_MATTER_UNKNOWN_FIELD,
    },
    frontMatterFields,
  );
  const diagnostics = checked.diagnostics;
  if (!checked.value) return { body, diagnostics };
  const data = checked.value;

  const lines: Record<string, number> = {};
  for (const field of frontMatterFields) lines[field] = yaml.lineOf([field]);
  for (const field of LISTED_FIELDS) {
    data[field]?.forEach((_, i) => {
      lines[`${field}.${i}`] = yaml.lineOf([field, i]);
    });
  }

  // Shown as text: entities decoded (with a warning), tags refused.
  const shown = (name: string, value: string, path: Array<string | number>) =>
    plainText(file, { name, value, line: yaml.lineOf(path) }, diagnostics);
  data.title = shown('title', data.title, ['title']);
  data.description = shown('description', data.description, ['description']);
  data.changes?.forEach((change, i) => {
    change.note = shown(`changes[${i}].note`, change.note, ['changes', i, 'note']);
  });
  if (data.withdrawn)
    data.withdrawn.reason = shown('withdrawn.reason', data.withdrawn.reason, [
      'withdrawn',
      'reason',
    ]);

  if (data.title.length > TITLE_MAX_CHARACTERS) {
    diagnostics.push(
      report(style.TITLE_TOO_LONG, { file, line: lines.title }, { length: data.title.length }),
    );
  }
  if (data.description.length > DESCRIPTION_MAX_CHARACTERS) {
    diagnostics.push(
      report(
        style.DESCRIPTION_TOO_LONG,
        { file, line: lines.description },
        { length: data.description.length },
      ),
    );
  }

  const url = data.permalink ?? urlFromPath(pathInDepartment);
  if (!isSitePath(url)) {
    const where = data.permalink ? { file, line: lines.permalink } : { file, line: 1 };
    diagnostics.push(
      report(urls.URL_INVALID, where, {
        url,
        suggestion: suggestUrl(url),
        permalink: Boolean(data.permalink),
      }),
    );
    return { body, diagnostics };
  }

  return {
    page: { file, department, url, data, body: split.body, bodyLine: split.bodyLine, lines },
    diagnostics,
  };
}
