import { fieldInvalid, fieldRequired, fieldUnknown, yamlSyntax } from './fields.ts';
import { area, rule } from './rule.ts';

const missingFile = {
  message: ({ file }: { file: string }) => `${file} is missing.`,
  fix: ({ file }: { file: string }) =>
    `Create ${file}; see docs/content/reference.md for its fields.`,
};

/** The site's data files and each department's _department.yml. */
export const data = area('data', {
  SITE_MISSING: rule({
    title: 'content/_data/site.yml is missing',
    severity: 'error',
    ...missingFile,
    example: { file: 'content/_data/site.yml' },
  }),
  SITE_YAML: rule({ title: 'site.yml is not valid YAML', severity: 'error', ...yamlSyntax }),
  SITE_REQUIRED: rule({
    title: 'A required field of site.yml is missing',
    severity: 'error',
    ...fieldRequired,
    example: { field: 'url', key: 'url' },
  }),
  SITE_INVALID: rule({
    title: 'A field of site.yml has a wrong value',
    severity: 'error',
    ...fieldInvalid,
    example: {
      field: 'url',
      rule: 'must be the full address of the site, e.g. https://www.example.gov',
      given: 'www.example.gov',
      kind: 'value',
    },
  }),
  SITE_UNKNOWN_FIELD: rule({
    title: 'site.yml has a field the site does not know',
    severity: 'warning',
    ...fieldUnknown,
  }),
  TOPICS_MISSING: rule({
    title: 'content/_data/topics.yml is missing',
    severity: 'error',
    ...missingFile,
    example: { file: 'content/_data/topics.yml' },
  }),
  TOPICS_YAML: rule({ title: 'topics.yml is not valid YAML', severity: 'error', ...yamlSyntax }),
  TOPICS_REQUIRED: rule({
    title: 'A topic lacks its title or description',
    severity: 'error',
    ...fieldRequired,
    example: { field: 'vat.description', key: 'description' },
  }),
  TOPICS_INVALID: rule({
    title: 'A topic is not written as a slug with a title and description',
    severity: 'error',
    ...fieldInvalid,
    example: {
      field: 'Business Support',
      rule: 'must be a slug: lowercase letters, numbers and hyphens',
      given: 'Business Support',
      kind: 'value',
    },
  }),
  DEPARTMENT_SLUG_INVALID: rule({
    title: "A department's folder name is not a slug",
    severity: 'error',
    message: ({ slug }: { slug: string }) =>
      `The department folder "${slug}" is not a valid slug; its name becomes part of the site's addresses.`,
    fix: 'Rename the folder using lowercase letters, numbers and single hyphens, e.g. "tax-office".',
    example: { slug: 'Tax_Office' },
  }),
  DEPARTMENT_FILE_MISSING: rule({
    title: 'A department folder has no _department.yml',
    severity: 'error',
    message: ({ slug }: { slug: string; file: string }) =>
      `The department folder "${slug}" has no _department.yml, so its pages have no department name.`,
    fix: ({ file }) => `Create ${file} with at least "name: <the department's name>".`,
    example: { slug: 'tax-office', file: 'content/tax-office/_department.yml' },
  }),
  DEPARTMENT_YAML: rule({
    title: '_department.yml is not valid YAML',
    severity: 'error',
    ...yamlSyntax,
  }),
  DEPARTMENT_REQUIRED: rule({
    title: 'A required field of _department.yml is missing',
    severity: 'error',
    ...fieldRequired,
    example: { field: 'name', key: 'name' },
  }),
  DEPARTMENT_INVALID: rule({
    title: 'A field of _department.yml has a wrong value',
    severity: 'error',
    ...fieldInvalid,
    example: {
      field: 'colour',
      rule: 'must be a colour written #rrggbb',
      given: 'red',
      kind: 'value',
    },
  }),
  DEPARTMENT_UNKNOWN_FIELD: rule({
    title: '_department.yml has a field the site does not know',
    severity: 'warning',
    ...fieldUnknown,
    example: { key: 'acronm', near: 'acronym', known: ['name', 'acronym'] },
  }),
  STRINGS_FILE_MISSING: rule({
    title: 'A language of the site has no strings file',
    severity: 'error',
    message: ({ lang, file }: { lang: string; file: string }) =>
      `The site is published in "${lang}", but ${file} is missing, so its pages would have no labels in their language.`,
    fix: ({ file }) =>
      `Copy layouts/strings/en.yml to ${file} and translate every value, or take the language out of site.yml.`,
    example: { lang: 'ga', file: 'layouts/strings/ga.yml' },
  }),
  STRINGS_MISSING: rule({
    title: 'A label has no translation',
    severity: 'error',
    message: ({ keys, lang, file }: { keys: string[]; lang: string; file: string }) =>
      `${file} has no ${keys.map((key) => `\`${key}\``).join(', ')}, so pages in "${lang}" would print ${keys.length === 1 ? 'it' : 'them'} in English.`,
    fix: ({ keys }) =>
      `Add ${keys.length === 1 ? 'it' : 'each'} with its translation (layouts/strings/en.yml has the English).`,
    example: {
      keys: ['page.published', 'page.contents'],
      lang: 'cy',
      file: 'layouts/strings/cy.yml',
    },
  }),
});
