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
  LANGUAGE_NOT_DECLARED: rule({
    title: "A page's language is not one of the site's",
    severity: 'error',
    message: ({ lang, languages }: { lang: string; languages: string[] }) =>
      `The page is in "${lang}", which is not a language of the site (${languages.join(', ')}), so it would have no labels in its language.`,
    fix: ({ lang }) =>
      `Add ${lang} under \`languages:\` in content/_data/site.yml, with a strings file layouts/strings/${lang}.yml, or correct \`lang\`.`,
    example: { lang: 'ga', languages: ['en', 'cy'] },
  }),
  LANGUAGE_URL_PREFIX: rule({
    title: "A page's URL does not follow the rule for its language",
    severity: 'error',
    message: ({ url, lang, prefix }: { url: string; lang: string; prefix: string }) =>
      `The page is in "${lang}", whose pages live under ${prefix}, but its URL is ${url}.`,
    fix: ({ prefix }) =>
      `Move the file into the folder that publishes under ${prefix}, or set \`permalink:\` to a URL under ${prefix}.`,
    example: { url: '/driving-licences/newid-cyfeiriad/', lang: 'cy', prefix: '/cymraeg/' },
  }),
  TRANSLATION_NOT_FOUND: rule({
    title: "A page's translation is not published",
    severity: 'error',
    message: ({ url }: { url: string }) =>
      `The translation "${url}" is not the URL of a published page.`,
    fix: "Set `translation:` to the site path of the page's twin, such as /driving-licences/change-address/.",
    example: { url: '/driving-licence/change-address/' },
  }),
  TRANSLATION_SAME_LANGUAGE: rule({
    title: 'A page and its translation are in the same language',
    severity: 'error',
    message: ({ url, lang }: { url: string; lang: string }) =>
      `The translation ${url} is in "${lang}", as this page is; a twin is the same page in another language.`,
    fix: 'Point `translation:` at the page in the other language, or give one of them the right `lang:`.',
    example: { url: '/driving-licences/change-address/', lang: 'en' },
  }),
  TRANSLATION_CONFLICT: rule({
    title: 'A page has two twins in one language',
    severity: 'error',
    message: ({ url, lang, twins }: { url: string; lang: string; twins: string[] }) =>
      `${url} would have two twins in "${lang}": ${twins.join(' and ')}. Language navigation can link only one.`,
    fix: 'Keep `translation:` on one of them, and link the other page through `related:` instead.',
    example: {
      url: '/driving-licences/change-address/',
      lang: 'cy',
      twins: ['/cymraeg/trwydded-yrru/', '/cymraeg/newid-cyfeiriad/'],
    },
  }),
  NAME_NOT_TRANSLATED: rule({
    title: 'A department or topic has pages in a language its name is not given in',
    severity: 'error',
    message: ({ what, lang, page }: { what: string; lang: string; field: string; page: string }) =>
      `${what} has pages in "${lang}" (such as ${page}), but no name in "${lang}", so they would print it in English.`,
    fix: ({ lang, field }) =>
      `Add \`translations: { ${lang}: { ${field}: ..., description: ... } }\` to it.`,
    example: {
      what: 'The department transport-department',
      lang: 'cy',
      field: 'name',
      page: 'content/transport-department/cymraeg/trwydded-yrru.md',
    },
  }),
  TRANSLATION_MISSING: rule({
    title: 'A page has no twin in a language its department publishes in',
    severity: 'warning',
    message: ({ lang, department }: { lang: string; department: string }) =>
      `The page has no twin in "${lang}", which ${department} publishes every page in.`,
    fix: ({ lang }) =>
      `Publish the page in "${lang}" with \`translation:\` naming this page, or leave it out of the department's \`languages\` until it is.`,
    example: { lang: 'cy', department: 'Department for Transport' },
  }),
  TRANSLATION_OUT_OF_DATE: rule({
    title: "A page's twin is older than the page's last change",
    severity: 'warning',
    message: ({
      twin,
      twinChanged,
      changed,
    }: {
      twin: string;
      twinChanged: string;
      changed: string;
    }) =>
      `The page changed on ${changed}, but its twin ${twin} was last changed on ${twinChanged}.`,
    fix: 'Bring the twin up to date and add a `changes` entry to it, with the date.',
    example: { twin: '/cymraeg/trwydded-yrru/', twinChanged: '2025-11-17', changed: '2025-12-01' },
  }),
});
