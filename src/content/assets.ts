import { files as fileRules } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import type { ContentFiles } from './site-files.ts';
import { fileUrlFromPath, type InEachLanguage, reservedBy } from './urls.ts';

/** An image or document beside a department's pages, as found on disk (read by src/files). */
export interface ContentAsset {
  file: string;
  department: string;
  /** Where it publishes if it is a document; images publish under /assets/images/ instead. */
  url: string;
  /** Lowercase extension, without the dot. */
  extension: string;
}

/** Lists the files beside the pages; two files that would publish at one URL are an error naming both. */
export function contentAssets(
  files: ContentFiles,
  inEachLanguage: InEachLanguage,
): {
  assets: Map<string, ContentAsset>;
  refused: Set<string>;
  diagnostics: Diagnostic[];
} {
  const assets = new Map<string, ContentAsset>();
  const refused = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  const byUrl = new Map<string, string>();
  for (const { file, department, pathInDepartment } of files.assets) {
    const url = fileUrlFromPath(pathInDepartment);
    const extension = /\.([^./]+)$/.exec(file)?.[1]?.toLowerCase() ?? '';
    const other = byUrl.get(url);
    if (other) {
      refused.add(file);
      diagnostics.push(
        report(
          fileRules.FILE_URL_COLLISION,
          { file },
          { file, other, url, sameDepartment: other.split('/')[1] === department },
        ),
      );
      continue;
    }
    // A file may sit in a language's home folder (/cymraeg/form.pdf), not in a generated one.
    const folder = reservedBy(url.slice(0, url.lastIndexOf('/') + 1), inEachLanguage);
    const reserved = GENERATED_FILES.has(url) ? url : folder?.home ? undefined : folder?.reserved;
    if (reserved) {
      refused.add(file);
      diagnostics.push(report(fileRules.FILE_URL_RESERVED, { file }, { file, url, reserved }));
      continue;
    }
    byUrl.set(url, file);
    assets.set(file, { file, department, url, extension });
  }
  return { assets, refused, diagnostics };
}

/** Files the site writes at its root itself. */
const GENERATED_FILES = new Set([
  '/sitemap.xml',
  '/robots.txt',
  '/404.html',
  '/_redirects',
  '/_headers',
]);

/** A file beside the pages that no page links to or shows: published for nobody, or a broken link's target. */
export function unusedFiles(files: Iterable<string>, used: ReadonlySet<string>): Diagnostic[] {
  return [...files]
    .filter((file) => !used.has(file))
    .map((file) => report(fileRules.FILE_UNUSED, { file }, { file }));
}
