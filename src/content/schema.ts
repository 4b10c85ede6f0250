import { z } from 'zod';
import {
  DESCRIPTION_MAX_CHARACTERS,
  READING_AGE_LIMIT,
  TITLE_MAX_CHARACTERS,
} from '../report/catalogue/limits.ts';

/**
 * The content model, declared once. Types are inferred from these schemas, the validator reports
 * their issues, and the editor JSON Schema is generated from them.
 */

export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isCalendarDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, { error: 'is not a real calendar date' });

const slug = z
  .string()
  .regex(SLUG, { error: 'must be a slug: lowercase letters, numbers and hyphens' });
const text = z.string().trim().min(1, { error: 'must not be empty' });

export const pageTypes = ['guide', 'news', 'service', 'page'] as const;

export const frontMatterSchema = z
  .object({
    title: text.describe(
      `Page title, shown as the main heading. Keep it under ${TITLE_MAX_CHARACTERS} characters.`,
    ),
    description: text.describe(
      `One-sentence summary for search results and listings, under ${DESCRIPTION_MAX_CHARACTERS} characters.`,
    ),
    published: isoDate.describe('First publication date, YYYY-MM-DD.'),
    type: z.enum(pageTypes).default('guide').describe('guide, news, service or page.'),
    changes: z
      .array(z.object({ date: isoDate, note: text }))
      .optional()
      .describe('Change history; the newest date is shown as "Last updated".'),
    topics: z.array(slug).optional().describe('Topic slugs from content/_data/topics.yml.'),
    departments: z
      .array(slug)
      .optional()
      .describe('Further departments that publish this page jointly.'),
    legacy_urls: z
      .array(text)
      .optional()
      .describe('Old URLs this page replaces: absolute legacy URLs or old paths on this site.'),
    start_url: z
      .url({ protocol: /^https?$/, error: 'must be a full web address starting https://' })
      .optional()
      .describe('Service pages: where the Start now button goes.'),
    related: z.array(text).optional().describe('Site paths of related pages, e.g. /vat/register/.'),
    review_by: isoDate.optional().describe('Date by which the page must be reviewed, YYYY-MM-DD.'),
    owner: text.optional().describe('Who owns the page, e.g. a team mailbox.'),
    withdrawn: z
      .object({ date: isoDate, reason: text })
      .optional()
      .describe('Withdraws the page: it stays up with a notice and leaves search.'),
    draft: z
      .boolean()
      .optional()
      .describe('true: shown by npm start, never published by npm run build.'),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, {
        error: 'must be a language code such as en or cy',
      })
      .optional()
      .describe('BCP 47 language code when the page is not in the site language.'),
    translation: z
      .string()
      .optional()
      .describe("Site path of the page's twin in another of the site's languages."),
    permalink: z.string().optional().describe('Overrides the URL, e.g. /some/path/.'),
  })
  .superRefine((page, ctx) => {
    if (page.type === 'service' && !page.start_url) {
      ctx.addIssue({
        code: 'custom',
        path: ['start_url'],
        message: 'is required on a service page',
      });
    }
  });

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export const frontMatterFields = Object.keys(frontMatterSchema.shape);

/**
 * GOV.UK style checks a department may turn off in its _department.yml (`style_checks`). All are
 * on unless set to false; `reading_age_limit` moves the reading-age warning. Unknown keys are kept
 * so `npm run check` can name the near miss (src/check/style/settings.ts).
 */
export const styleCheckNames = [
  'title_length',
  'description_length',
  'heading_levels',
  'link_text',
  'words_to_avoid',
  'all_caps',
  'long_sentences',
  'reading_age',
] as const;

export const styleChecksSchema = z.looseObject({
  ...(Object.fromEntries(styleCheckNames.map((name) => [name, z.boolean().optional()])) as Record<
    (typeof styleCheckNames)[number],
    z.ZodOptional<z.ZodBoolean>
  >),
  reading_age_limit: z.number().int().min(6).max(25).optional(),
});

/** A name (or title) and description in another of the site's languages, by language code. */
const translated = (name: 'name' | 'title') =>
  z
    .record(z.string(), z.object({ [name]: text, description: z.string().optional() }))
    .optional()
    .describe(
      `The ${name} and description in the site's other languages, e.g. cy: { ${name}: ... }.`,
    );

export const departmentSchema = z.object({
  name: text,
  acronym: z.string().optional(),
  description: z.string().optional(),
  translations: translated('name'),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour written #rrggbb' })
    .optional(),
  owners: z
    .array(
      z.string().regex(/^@[\w.-]+(\/[\w.-]+)?$/, {
        error: 'must be a GitHub user or team such as @org/team',
      }),
    )
    .optional(),
  accessible_format_email: z
    .email({ error: 'must be an email address, e.g. alternative.formats@tax-office.gov.uk' })
    .optional()
    .describe('Where readers ask for a document in another format; attachments then offer it.'),
  languages: z
    .array(z.string())
    .optional()
    .describe(
      "Languages besides the site's own that every page of the department must have, e.g. [cy].",
    ),
  style_checks: styleChecksSchema
    .optional()
    .describe(
      `GOV.UK style checks to turn off (e.g. long_sentences: false), and reading_age_limit (default ${READING_AGE_LIMIT}).`,
    ),
});

export type DepartmentFile = z.infer<typeof departmentSchema>;

export const siteSchema = z.object({
  name: text,
  url: z.url({
    protocol: /^https?$/,
    error: 'must be the full address of the site, e.g. https://www.example.gov',
  }),
  language: z.string().default('en'),
  languages: z
    .record(
      z.string(),
      z.object({
        name: text,
        prefix: z.string().optional(),
        phase_message: z.string().optional(),
        footer_links: z.array(z.object({ text, href: text })).optional(),
      }),
    )
    .optional(),
  phase: z.string().optional(),
  phase_message: z.string().optional(),
  feedback_url: z
    .string()
    .regex(/^(https?:\/\/|mailto:|\/)\S*$/, {
      error:
        'must be a full address (https://...), a mailto: address or a site path such as /help/feedback/',
    })
    .optional()
    .describe("Where the phase banner's feedback link goes; without it the banner has no link."),
  govuk_brand: z.boolean().default(false),
  footer_links: z.array(z.object({ text, href: text })).default([]),
});

export type SiteConfig = z.infer<typeof siteSchema>;

export const topicsSchema = z.record(
  slug,
  z.object({ title: text, description: text, translations: translated('title') }),
);

export type Topics = z.infer<typeof topicsSchema>;
