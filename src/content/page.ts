import { type Diagnostic, error, warning } from '../report/diagnostic.ts';
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
        error(
          'ENCODING_INVALID',
          { file, line: text.slice(0, replaced).split('\n').length },
          'The file is not valid UTF-8: this line holds bytes that cannot be read as text.',
          'Save the file as UTF-8 in your editor, or retype the characters on this line.',
        ),
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
      diagnostics: [
        error(
          'FRONT_MATTER_MISSING',
          { file, line: 1 },
          'The page has no front matter, so it has no title, description or published date.',
          'Start the file with a "---" line, then "title:", "description:" and "published:" lines, then another "---" line.',
        ),
      ],
    };
  }
  const { yaml } = split;
  if (yaml.errors.length) {
    return {
      body,
      diagnostics: yaml.errors.map((e) =>
        error(
          'FRONT_MATTER_YAML',
          { file, line: e.line, column: e.column },
          `The front matter is not valid YAML: ${e.message}`,
          'Check the line for a missing colon, a stray quote or wrong indentation. Quote text that contains ": ".',
        ),
      ),
    };
  }

  const checked = checkAgainstSchema(
    frontMatterSchema,
    yaml,
    file,
    'FRONT_MATTER',
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

  if (data.title.length > 65) {
    diagnostics.push(
      warning(
        'TITLE_TOO_LONG',
        { file, line: lines.title },
        `The title is ${data.title.length} characters; search engines cut titles after about 65.`,
        'Shorten the title to 65 characters or fewer.',
      ),
    );
  }
  if (data.description.length > 160) {
    diagnostics.push(
      warning(
        'DESCRIPTION_TOO_LONG',
        { file, line: lines.description },
        `The description is ${data.description.length} characters; search results cut it after about 160.`,
        'Shorten the description to one sentence of 160 characters or fewer.',
      ),
    );
  }

  const url = data.permalink ?? urlFromPath(pathInDepartment);
  if (!isSitePath(url)) {
    const where = data.permalink ? { file, line: lines.permalink } : { file, line: 1 };
    const what = data.permalink
      ? `The permalink "${url}"`
      : `The file name gives the URL "${url}", which`;
    diagnostics.push(
      error(
        'URL_INVALID',
        where,
        `${what} may use only lowercase letters, numbers, hyphens and slashes, and must start and end with "/".`,
        data.permalink
          ? `Use "${suggestUrl(url)}".`
          : `Rename the file so its URL is "${suggestUrl(url)}", or set "permalink: ${suggestUrl(url)}".`,
      ),
    );
    return { body, diagnostics };
  }

  return {
    page: { file, department, url, data, body: split.body, bodyLine: split.bodyLine, lines },
    diagnostics,
  };
}
