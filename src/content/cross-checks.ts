import { type Diagnostic, error } from '../report/diagnostic.ts';
import { closest } from './closest.ts';
import type { SiteModel } from './site-model.ts';
import { reservedBy } from './urls.ts';

/** Checks that need the whole site: shared URLs, topics, departments and related pages. */
export function crossCheckSite(model: SiteModel): Diagnostic[] {
  return [...checkUrlCollisions(model), ...checkReferences(model)];
}

/** One domain, one namespace: two pages on one URL is an error naming every file involved. */
export function checkUrlCollisions(model: SiteModel): Diagnostic[] {
  const byUrl = new Map<string, string[]>();
  for (const page of model.pages) byUrl.set(page.url, [...(byUrl.get(page.url) ?? []), page.file]);
  const diagnostics: Diagnostic[] = [];
  for (const page of model.pages) {
    const where = { file: page.file, line: page.data.permalink ? page.lines.permalink : 1 };
    const reserved = reservedBy(page.url);
    if (reserved) {
      diagnostics.push(
        error(
          'URL_RESERVED',
          where,
          `The page would publish at ${page.url}, which the site generates itself (${reserved === '/' ? 'the home page' : `it owns every URL under ${reserved}`}).`,
          'Move the file into a folder, or set a different "permalink".',
        ),
      );
    }
    const files = byUrl.get(page.url)!;
    if (files.length > 1) {
      const others = files.filter((f) => f !== page.file);
      diagnostics.push(
        error(
          'URL_COLLISION',
          where,
          `${page.url} is published by ${files.length} pages: ${files.join(', ')}.`,
          `Every page needs its own URL: rename this file or ${others.length > 1 ? 'the others' : others[0]}, or give one a distinct "permalink".`,
        ),
      );
    }
  }
  return diagnostics;
}

function checkReferences(model: SiteModel): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const topics = Object.keys(model.topics);
  const departments = [...model.departments.keys()];
  const urls = new Set(model.pages.map((p) => p.url));
  for (const page of model.pages) {
    const { file, data, lines } = page;
    data.topics?.forEach((topic, i) => {
      if (topics.includes(topic)) return;
      const near = closest(topic, topics);
      diagnostics.push(
        error(
          'TOPIC_UNKNOWN',
          { file, line: lines[`topics.${i}`] },
          `The topic "${topic}" is not in content/_data/topics.yml.`,
          near
            ? `Did you mean "${near}"?`
            : `Use one of: ${topics.join(', ')}, or add the topic to content/_data/topics.yml.`,
        ),
      );
    });
    data.departments?.forEach((slug, i) => {
      if (departments.includes(slug)) return;
      const near = closest(slug, departments);
      diagnostics.push(
        error(
          'DEPARTMENT_UNKNOWN',
          { file, line: lines[`departments.${i}`] },
          `The department "${slug}" does not exist: there is no content/${slug}/_department.yml.`,
          near ? `Did you mean "${near}"?` : `Use one of: ${departments.join(', ')}.`,
        ),
      );
    });
    data.related?.forEach((url, i) => {
      if (urls.has(url)) return;
      diagnostics.push(
        error(
          'RELATED_NOT_FOUND',
          { file, line: lines[`related.${i}`] },
          `The related page "${url}" is not published by any page.`,
          'Use the site path of an existing page, such as /vat/register/, with slashes at both ends.',
        ),
      );
    });
  }
  return diagnostics;
}
