/**
 * The fields of `migrations-map/<site>.yml`, declared once: the loader knows a field by this list,
 * and `npm run schemas` writes it out as schemas/legacy-site.schema.json for editors. The loader
 * checks what JSON Schema cannot (a published homepage, a declared language, a department).
 */
const host = { type: 'string', pattern: '^[a-z0-9.-]+$' };
const answer = {
  type: 'object',
  properties: {
    status: { enum: [301, 410] },
    new_url: { type: 'string', description: 'Where a 301 goes: a site path or an allowed URL.' },
  },
  required: ['status'],
};

export const SITE_FIELDS = {
  host: { ...host, description: "The old site's host name, lowercase: www.oldsite.gov.uk." },
  aliases: {
    type: 'array',
    items: host,
    description: 'Other host names that served the same site.',
  },
  department: { type: 'string', description: 'The slug of the department that owned it.' },
  homepage: {
    type: 'string',
    description: 'Where the old "/" goes: a site path, or an absolute URL on an allowed host.',
  },
  language: {
    type: 'string',
    description:
      "The old site's language, one of site.yml's (cy): its 410 and 404 pages print every label in it. Default: the site's language.",
  },
  archive: {
    type: 'string',
    pattern: '^https?://',
    description: "A web archive's prefix; the old URL is appended.",
  },
  query_params: {
    type: 'array',
    items: { type: 'string', pattern: '^[A-Za-z0-9_]+$' },
    description: 'Query keys that pick a page on the old site, e.g. [id].',
  },
  global: { ...answer, description: 'The answer for every URL no mapping or rule answers.' },
  rules: {
    type: 'array',
    items: {
      ...answer,
      properties: {
        ...answer.properties,
        prefix: { type: 'string' },
        match: { type: 'string', description: 'A PCRE on the path, with captures ($1).' },
        before_mappings: { type: 'boolean' },
      },
      additionalProperties: false,
    },
    description: 'Answers by path prefix or regular expression, tried in order.',
  },
  live: { type: 'boolean', description: 'true while the old site is not retired yet.' },
} as const;

export const SITE_FIELD_NAMES = Object.keys(SITE_FIELDS);
