import { fieldInvalid, fieldRequired, fieldUnknown } from './fields.ts';
import { area, rule } from './rule.ts';

/** A page's file and front matter: what `npm run check` finds before any Markdown is read. */
export const content = area('content', {
  ENCODING_INVALID: rule({
    title: 'The file is not UTF-8',
    severity: 'error',
    message: 'The file is not valid UTF-8: this line holds bytes that cannot be read as text.',
    fix: 'Save the file as UTF-8 in your editor, or retype the characters on this line.',
    example: {},
  }),
  FRONT_MATTER_MISSING: rule({
    title: 'The page has no front matter',
    severity: 'error',
    message: 'The page has no front matter, so it has no title, description or published date.',
    fix: 'Start the file with a "---" line, then "title:", "description:" and "published:" lines, then another "---" line.',
    example: {},
  }),
  FRONT_MATTER_YAML: rule({
    title: 'The front matter is not valid YAML',
    severity: 'error',
    message: ({ detail }: { detail: string }) => `The front matter is not valid YAML: ${detail}`,
    fix: 'Check the line for a missing colon, a stray quote or wrong indentation. Quote text that contains ": ".',
    example: { detail: 'Nested mappings are not allowed in compact mappings at line 2, column 8' },
  }),
  FRONT_MATTER_REQUIRED: rule({
    title: 'A required front matter field is missing',
    severity: 'error',
    ...fieldRequired,
  }),
  FRONT_MATTER_INVALID: rule({
    title: 'A front matter field has a wrong value',
    severity: 'error',
    ...fieldInvalid,
  }),
  FRONT_MATTER_UNKNOWN_FIELD: rule({
    title: 'The front matter has a field the site does not know',
    severity: 'warning',
    ...fieldUnknown,
  }),
  TEXT_HAS_HTML: rule({
    title: 'A plain text field holds an HTML tag',
    severity: 'error',
    message: ({ field, tag }: { field: string; tag: string }) =>
      `The field "${field}" holds the HTML tag "${tag}", but it is plain text: readers would see the tag.`,
    fix: 'Remove the tag and keep its words; put links and emphasis in the page body instead.',
    example: { field: 'title', tag: '<em>' },
  }),
  TEXT_HAS_ENTITY: rule({
    title: 'A plain text field holds HTML entities',
    severity: 'warning',
    message: ({ field, decoded }: { field: string; decoded: string }) =>
      `The field "${field}" holds HTML entities; it is shown as "${decoded}".`,
    fix: ({ decoded }) =>
      `Write the characters themselves: "${decoded}" ("npm run check -- --fix" does it in a page's front matter).`,
    example: { field: 'title', decoded: 'Freeze – Waivers' },
  }),
  TOPIC_UNKNOWN: rule({
    title: 'The page names a topic that does not exist',
    severity: 'error',
    message: ({ topic }: { topic: string; near?: string; topics: readonly string[] }) =>
      `The topic "${topic}" is not in content/_data/topics.yml.`,
    fix: ({ near, topics }) =>
      near
        ? `Did you mean "${near}"?`
        : `Use one of: ${topics.join(', ')}, or add the topic to content/_data/topics.yml.`,
    example: { topic: 'vta', near: 'vat', topics: ['vat', 'business'] },
  }),
  DEPARTMENT_UNKNOWN: rule({
    title: 'The page names a department that does not exist',
    severity: 'error',
    message: ({ slug }: { slug: string; near?: string; departments: readonly string[] }) =>
      `The department "${slug}" does not exist: there is no content/${slug}/_department.yml.`,
    fix: ({ near, departments }) =>
      near ? `Did you mean "${near}"?` : `Use one of: ${departments.join(', ')}.`,
    example: { slug: 'tax-ofice', near: 'tax-office', departments: ['tax-office'] },
  }),
  RELATED_NOT_FOUND: rule({
    title: 'A related page is not published',
    severity: 'error',
    message: ({ url }: { url: string }) =>
      `The related page "${url}" is not published by any page.`,
    fix: 'Use the site path of an existing page, such as /vat/register/, with slashes at both ends.',
    example: { url: '/vat/registr/' },
  }),
});
