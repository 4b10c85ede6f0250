import type { YamlSyntaxArgs } from '../report/catalogue/fields.ts';
import { data as dataFiles } from '../report/catalogue/index.ts';
import type { Entry } from '../report/catalogue/rule.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import { type ContentAsset, contentAssets } from './assets.ts';
import { inEachLanguage, pairTwins, type Twins } from './languages.ts';
import { type LoadedPage, loadPage, type Page, type PageBody } from './page.ts';
import { type Parity, translationParity } from './parity.ts';
import { plainText } from './plain-text.ts';
import {
  type DepartmentFile,
  departmentSchema,
  type SiteConfig,
  SLUG,
  siteSchema,
  type Topics,
  topicsSchema,
} from './schema.ts';
import { checkAgainstSchema, type SchemaEntries } from './schema-diagnostics.ts';
import type { ContentFiles, SourceFile } from './site-files.ts';
import { parseYaml } from './yaml.ts';

export interface Department extends DepartmentFile {
  slug: string;
  file: string;
}

export interface SiteModel {
  config: SiteConfig;
  topics: Topics;
  departments: Map<string, Department>;
  pages: Page[];
  pageByFile: Map<string, Page>;
  pageByUrl: Map<string, Page>;
  /** The Markdown of page files that gave no page (front matter unreadable), still to be checked. */
  unloaded: PageBody[];
  /** Each page's twins in the site's other languages, by URL then language (languages.ts). */
  twins: Twins;
  /** What pairing the twins found wrong, reported by the cross-checks. */
  twinDiagnostics: Diagnostic[];
  /** Translation parity per department, and its warnings (parity.ts). */
  parity: Parity;
  /** Images and documents beside the pages, by file. */
  assets: Map<string, ContentAsset>;
  /** Files beside the pages that cannot publish (their address is taken): each has an error. */
  refusedAssets: Set<string>;
}

export interface LoadOptions {
  /** Include `draft: true` pages (npm start) or leave them out (npm run build). */
  drafts: boolean;
  /** Each of the files' pages already loaded, in order (`npm run check` loads a share on another core). */
  loadedPages?: readonly LoadedPage[];
}

export type { LoadedPage } from './page.ts';

type PageSource = ContentFiles['pages'][number];

/** Loads a page file: its front matter parsed and checked, its URL worked out. */
const loadSource = (source: PageSource): LoadedPage =>
  loadPage(source.file, source.text, source.department, source.pathInDepartment);

export function loadPages(sources: readonly PageSource[]): LoadedPage[] {
  return sources.map(loadSource);
}

/** Builds the site model from files in memory: every page, department and data file checked. */
export function buildSiteModel(
  files: ContentFiles,
  options: LoadOptions,
): { model: SiteModel; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const data = <T>(
    source: SourceFile | undefined,
    fallbackFile: string,
    schema: import('zod').ZodType<T>,
    entries: DataFileEntries,
  ): T | undefined => {
    if (!source) {
      diagnostics.push(report(entries.missing, { file: fallbackFile }, { file: fallbackFile }));
      return undefined;
    }
    const checked = parseChecked(source, schema, entries);
    diagnostics.push(...checked.diagnostics);
    return checked.value;
  };

  const config =
    data(files.site, 'content/_data/site.yml', siteSchema, SITE_FILE) ??
    siteSchema.parse({ name: 'Site', url: 'https://www.example.gov' });
  const topics = data(files.topics, 'content/_data/topics.yml', topicsSchema, TOPICS_FILE) ?? {};

  const departments = new Map<string, Department>();
  for (const { slug, file, text } of files.departments) {
    if (!SLUG.test(slug)) {
      diagnostics.push(
        report(
          dataFiles.DEPARTMENT_SLUG_INVALID,
          { file: file.replace(/\/_department\.yml$/, '') },
          { slug },
        ),
      );
      continue;
    }
    const department =
      text === undefined
        ? undefined
        : parseChecked({ file, text }, departmentSchema, DEPARTMENT_FILE);
    if (!department) {
      diagnostics.push(report(dataFiles.DEPARTMENT_FILE_MISSING, { file }, { slug, file }));
      continue;
    }
    diagnostics.push(...department.diagnostics);
    // A department with a bad field still owns its pages, so one typo is one error, not dozens.
    const value = { name: slug, ...department.value };
    const shown = (name: 'name' | 'description') => {
      const written = value[name];
      if (written !== undefined)
        value[name] = plainText(
          file,
          { name, value: written, line: department.lineOf([name]) },
          diagnostics,
        );
    };
    shown('name');
    shown('description');
    departments.set(slug, { ...value, slug, file });
  }

  const pages: Page[] = [];
  const unloaded: PageBody[] = [];
  for (const [i, source] of files.pages.entries()) {
    if (!departments.has(source.department)) continue;
    const loaded = options.loadedPages?.[i] ?? loadSource(source);
    diagnostics.push(...loaded.diagnostics);
    if (loaded.page && (options.drafts || !loaded.page.data.draft)) pages.push(loaded.page);
    if (loaded.body) unloaded.push(loaded.body);
  }

  const listed = contentAssets(files, inEachLanguage(config));
  diagnostics.push(...listed.diagnostics);
  return {
    model: {
      config,
      topics,
      departments,
      unloaded,
      assets: listed.assets,
      refusedAssets: listed.refused,
      ...indexPages(pages, config, departments),
    },
    diagnostics,
  };
}

/** The site as `npm run build` publishes it, from a model that has drafts (preview, check). */
export function withoutDrafts(model: SiteModel): SiteModel {
  return {
    ...model,
    ...indexPages(
      model.pages.filter((p) => !p.data.draft),
      model.config,
      model.departments,
    ),
  };
}

/** The pages and what is worked out from them once per model: twins and translation parity. */
function indexPages(pages: Page[], config: SiteConfig, departments: Map<string, Department>) {
  const pageByUrl = new Map(pages.map((p) => [p.url, p]));
  const { twins, diagnostics: twinDiagnostics } = pairTwins(pages, config);
  return {
    pages,
    pageByFile: new Map(pages.map((p) => [p.file, p])),
    pageByUrl,
    twins,
    twinDiagnostics,
    parity: translationParity({ config, departments, pages, pageByUrl, twins }),
  };
}

/** What each kind of data file reports its problems as. */
interface DataFileEntries extends SchemaEntries {
  yaml: Entry<YamlSyntaxArgs>;
  missing: Entry<{ file: string }>;
}

const SITE_FILE: DataFileEntries = {
  missing: dataFiles.SITE_MISSING,
  yaml: dataFiles.SITE_YAML,
  required: dataFiles.SITE_REQUIRED,
  invalid: dataFiles.SITE_INVALID,
  unknownField: dataFiles.SITE_UNKNOWN_FIELD,
};

// A topic's keys are slugs, which the schema checks itself: no field of topics.yml is unknown.
const TOPICS_FILE: DataFileEntries = {
  missing: dataFiles.TOPICS_MISSING,
  yaml: dataFiles.TOPICS_YAML,
  required: dataFiles.TOPICS_REQUIRED,
  invalid: dataFiles.TOPICS_INVALID,
};

const DEPARTMENT_FILE: Omit<DataFileEntries, 'missing'> = {
  yaml: dataFiles.DEPARTMENT_YAML,
  required: dataFiles.DEPARTMENT_REQUIRED,
  invalid: dataFiles.DEPARTMENT_INVALID,
  unknownField: dataFiles.DEPARTMENT_UNKNOWN_FIELD,
};

function parseChecked<T>(
  source: SourceFile,
  schema: import('zod').ZodType<T>,
  entries: Omit<DataFileEntries, 'missing'>,
) {
  const yaml = parseYaml(source.text);
  const lineOf = yaml.lineOf;
  if (yaml.errors.length) {
    return {
      lineOf,
      diagnostics: yaml.errors.map((e) =>
        report(
          entries.yaml,
          { file: source.file, line: e.line, column: e.column },
          { detail: e.message },
        ),
      ),
    };
  }
  const shape = (schema as { shape?: object }).shape;
  return {
    lineOf,
    ...checkAgainstSchema(
      schema,
      yaml,
      source.file,
      entries,
      shape ? Object.keys(shape) : undefined,
    ),
  };
}
