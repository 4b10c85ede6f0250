import { CHECK_OF_CODE } from '../check/style/settings.ts';
import { AREAS, images, markdown, style } from '../report/catalogue/index.ts';
import * as limits from '../report/catalogue/limits.ts';
import { type Entry, textOf } from '../report/catalogue/rule.ts';

/** What each area of the catalogue covers, as the reference page heads it. */
const AREA_HEADINGS: Record<keyof typeof AREAS, string> = {
  content: 'Pages: the file and its front matter',
  data: 'The site data files and departments',
  markdown: 'Markdown: headings, blocks, attachments, accessible links and images',
  html: 'HTML in a page',
  links: 'Links',
  files: 'Images and documents: addresses, types and bytes',
  images: 'Images: reading, size and safe drawings',
  urls: 'Addresses',
  style: 'GOV.UK style (warnings a department can turn off)',
  check: 'Placeholders, review dates, owners and the check command',
  migrations: "Legacy sites: each site's files",
  redirects: 'Legacy sites: mappings, redirects and hits',
  shards: 'Sharded builds: the shards a merge joins',
};

/** The numbers rules measure against, from the one place the checks read them. */
const LIMITS: Array<[what: string, limit: string, code: string]> = [
  ['a title', `at most ${limits.TITLE_MAX_CHARACTERS} characters`, style.TITLE_TOO_LONG.code],
  [
    'a description',
    `at most ${limits.DESCRIPTION_MAX_CHARACTERS} characters`,
    style.DESCRIPTION_TOO_LONG.code,
  ],
  ['a sentence', `at most ${limits.SENTENCE_MAX_WORDS} words`, style.SENTENCE_TOO_LONG.code],
  [
    `a page's reading age, on pages of ${limits.READING_AGE_MIN_WORDS} words or more`,
    `at most ${limits.READING_AGE_LIMIT}, or the department's \`reading_age_limit\``,
    style.READING_AGE_HIGH.code,
  ],
  [
    'an image file',
    `at most ${limits.IMAGE_MAX_BYTES / 1024 / 1024} MB`,
    images.IMAGE_OVER_BUDGET.code,
  ],
  ["an image's width", `at most ${limits.IMAGE_MAX_WIDTH} pixels`, images.IMAGE_OVER_BUDGET.code],
  [
    'the words of a page that offers a PDF',
    `at least ${limits.PDF_PAGE_MIN_WORDS}`,
    markdown.ATTACHMENT_WITHOUT_HTML.code,
  ],
];

/** A code as a link to its entry on this page, from a page at `page` relative to it. */
export const codeLink = (entry: { code: string }, page = '') =>
  `[\`${entry.code}\`](${page}#${entry.code.toLowerCase()})`;

/** A message or fix as Markdown: its own `*` or `<tag>` must reach the reader as written. */
const escaped = (text: string) => text.replace(/([\\`*_[\]<>|])/g, '\\$1');

function entrySection(entry: Entry<never>): string[] {
  const check = CHECK_OF_CODE.get(entry.code);
  return [
    `### ${entry.code}`,
    '',
    `**${entry.title}.** ${entry.severity === 'error' ? 'Error' : 'Warning'}, area \`${entry.area}\`.${check ? ` A department turns it off with \`style_checks: { ${check}: false }\`.` : ''}`,
    '',
    'For example:',
    '',
    `> ${escaped(textOf(entry.message, entry.example))}`,
    '',
    `What to do: ${escaped(textOf(entry.fix, entry.example))}`,
    '',
  ];
}

/**
 * docs/diagnostics.md: every problem `npm run check` and `npm run build` can report, written from
 * the catalogue (src/report/catalogue/), so the reference lists every code and only those.
 */
export function diagnosticsReference(): string {
  const areas = (Object.keys(AREAS) as Array<keyof typeof AREAS>).map(
    (name) => [name, Object.values(AREAS[name]) as Array<Entry<never>>] as const,
  );
  const count = areas.reduce((n, [, entries]) => n + entries.length, 0);
  return [
    '<!-- Written by `npm run docs` from src/report/catalogue/; edit the catalogue, not this page. -->',
    '# Diagnostics',
    '',
    `Every problem \`npm run check\` and \`npm run build\` can report: ${count} codes, grouped by what they`,
    'are about. Each line of the report names the file and line, whether it is an error or a warning,',
    'the code, and what happened; the fix follows it. An **error** fails the check and the build, so',
    'nothing is published until it is put right; a **warning** is reported and the page still',
    'publishes. Codes never change once published, so scripts and CI annotations may rely on them.',
    '',
    'The examples below are made from sample values: a real message names your file, field or link.',
    '',
    '## Limits',
    '',
    'A page or file past one of these limits gets a warning, with the code shown.',
    '',
    '| what | limit | code |',
    '|---|---|---|',
    ...LIMITS.map(
      ([what, limit, code]) => `| ${what} | ${limit} | [${code}](#${code.toLowerCase()}) |`,
    ),
    '',
    ...areas.flatMap(([name, entries]) => [
      `## ${AREA_HEADINGS[name]}`,
      '',
      ...entries.flatMap(entrySection),
    ]),
  ].join('\n');
}
