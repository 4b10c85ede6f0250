import { content, urls } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import { closest } from './closest.ts';
import { inEachLanguage } from './languages.ts';
import type { SiteModel } from './site-model.ts';
import { checkTranslatedNames } from './translated-names.ts';
import { reservedBy } from './urls.ts';

/** Checks that need the whole site: shared URLs, topics, departments, related pages, twins. */
export function crossCheckSite(model: SiteModel): Diagnostic[] {
  return [
    ...checkUrlCollisions(model),
    ...checkReferences(model),
    ...model.twinDiagnostics,
    ...checkTranslatedNames(model),
    ...model.parity.diagnostics,
  ];
}

/** One domain, one namespace: two pages on one URL is an error naming every file involved. */
export function checkUrlCollisions(model: SiteModel): Diagnostic[] {
  const byUrl = new Map<string, string[]>();
  for (const page of model.pages) byUrl.set(page.url, [...(byUrl.get(page.url) ?? []), page.file]);
  const diagnostics: Diagnostic[] = [];
  for (const page of model.pages) {
    const where = { file: page.file, line: page.data.permalink ? page.lines.permalink : 1 };
    const reserved = reservedBy(page.url, inEachLanguage(model.config));
    if (reserved)
      diagnostics.push(report(urls.URL_RESERVED, where, { url: page.url, ...reserved }));
    const files = byUrl.get(page.url)!;
    if (files.length > 1) {
      const others = files.filter((f) => f !== page.file);
      diagnostics.push(report(urls.URL_COLLISION, where, { url: page.url, files, others }));
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
        report(
          content.TOPIC_UNKNOWN,
          { file, line: lines[`topics.${i}`] },
          { topic, topics, near },
        ),
      );
    });
    data.departments?.forEach((slug, i) => {
      if (departments.includes(slug)) return;
      const near = closest(slug, departments);
      diagnostics.push(
        report(
          content.DEPARTMENT_UNKNOWN,
          { file, line: lines[`departments.${i}`] },
          { slug, departments, near },
        ),
      );
    });
    data.related?.forEach((url, i) => {
      if (urls.has(url)) return;
      diagnostics.push(
        report(content.RELATED_NOT_FOUND, { file, line: lines[`related.${i}`] }, { url }),
      );
    });
  }
  return diagnostics;
}
