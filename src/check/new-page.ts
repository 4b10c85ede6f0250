import { stringify } from 'yaml';
import { closest } from '../content/closest.ts';
import { pageTypes } from '../content/schema.ts';

export type PageType = (typeof pageTypes)[number];

/**
 * `npm run new`: a page with valid front matter whose placeholders say TODO. The page builds and
 * previews at once, and `npm run check` reports every TODO as an error (PLACEHOLDER_LEFT), so a
 * page cannot be merged until it is written.
 */
export function slugFromTitle(title: string): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    if (slug && slug.length + word.length + 1 > 60) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  return slug;
}

/** Where the page goes: news under news/, everything else at the top of the department folder. */
export const newPagePath = (department: string, type: PageType, slug: string) =>
  `content/${department}/${type === 'news' ? 'news/' : ''}${slug}.md`;

const BODIES: Record<PageType, string> = {
  guide:
    'TODO: start with what the reader needs to know or do.\n\n## TODO: first section\n\nTODO: write this section.\n',
  news: 'TODO: say what has happened and who it affects, in the first sentence.\n',
  service:
    'Use this service to TODO.\n\n## Before you start\n\nTODO: say what the reader needs to have ready.\n',
  page: 'TODO: write the page.\n',
};

export function newPageText(type: PageType, title: string, today: string): string {
  const lines = [
    '---',
    `title: ${stringify(title).trimEnd()}`,
    'description: "TODO: one sentence that says what the page helps the reader do."',
    `published: ${today}`,
    `type: ${type}`,
    ...(type === 'service' ? ['start_url: https://TODO.invalid/start'] : []),
    '---',
    '',
    BODIES[type],
  ];
  return lines.join('\n');
}

/** Why the arguments cannot make a page, in plain English; undefined when they can. */
export function problemWithArguments(
  department: string | undefined,
  type: string | undefined,
  title: string | undefined,
  departments: readonly string[],
): string | undefined {
  const usage = 'Usage: npm run new -- <department> <type> "<title>"';
  if (!department || !type || !title?.trim())
    return `${usage}\nFor example: npm run new -- tax-office guide "Pay your VAT bill"`;
  if (!departments.includes(department)) {
    const near = closest(department, departments);
    return `There is no department "${department}"${near ? `; did you mean "${near}"?` : '.'} Departments: ${departments.join(', ')}.`;
  }
  if (!(pageTypes as readonly string[]).includes(type)) {
    const near = closest(type, pageTypes);
    return `"${type}" is not a page type${near ? `; did you mean "${near}"?` : '.'} Types: ${pageTypes.join(', ')}.`;
  }
  if (!slugFromTitle(title))
    return `The title "${title}" has no letters or numbers to make a file name from.`;
  return undefined;
}
