import fs from 'node:fs';
import path from 'node:path';
import { type IndexParts, searchLanguage } from '../../search/index-parts.ts';
import { filesIn } from '../shards/content-digest.ts';
import { digestOf } from './keys.ts';
import type {
  CachedPage,
  CachedPartDocuments,
  CachedSearchDocument,
  RenderCacheFile,
  RenderCacheFolder,
} from './render-cache.ts';
import type { ReusedOutputs } from './reused-outputs.ts';

/** A part of the search in the site folder (src/search/index-parts.ts). */
const searchFolder = (part: string) => `pagefind/${part}`;

/**
 * An incremental build's search: which parts are indexed again, the others taken from the
 * cache's copy of the site, and what the cache keeps of the search once the build is published
 * (docs/incremental.md).
 */
export class SearchCache {
  /** Each part's key, each page's part, and the parts this build indexes. */
  readonly #keys = new Map<string, string>();
  readonly #partOf = new Map<string, string>();
  #built: IndexParts = new Map();
  #documents = new Map<string, { lang: string; digest: string; cachedIn?: string }>();
  readonly #hasPartFile = new Map<string, boolean>();

  constructor(
    private readonly folder: RenderCacheFolder,
    private readonly previous: RenderCacheFile | undefined,
    private readonly product: string,
  ) {}

  /** Whether the cache still has a reused page's search document (a file removed by hand has not). */
  hasDocument({ search }: CachedPage): boolean {
    if (!search) return true;
    if (!this.#hasPartFile.has(search.part))
      this.#hasPartFile.set(search.part, fs.existsSync(this.folder.partFile(search.part)));
    return this.#hasPartFile.get(search.part)!;
  }

  /**
   * The parts indexed again, with their pages' search documents: the parts where a page's search
   * document changed, or a page came or went, or that the cache lacks. The others are taken
   * into the staged site from `outputs`, and the parts indexed again or gone are dropped from
   * it. `rendered`: the search documents of the pages this build rendered; the reused pages'
   * are in the cache, read only for a part indexed again. `partsOf`
   * splits the pages, by their language, into the search's parts.
   */
  partsToIndex(
    reused: Iterable<CachedPage>,
    rendered: ReadonlyMap<string, string>,
    partsOf: (languages: ReadonlyMap<string, string>) => Map<string, string[]>,
    outputs: ReusedOutputs,
  ): IndexParts {
    const documents = this.#documents;
    for (const page of reused) {
      if (page.search) documents.set(page.output, { ...page.search, cachedIn: page.search.part });
    }
    for (const [file, document] of rendered)
      documents.set(file, { lang: searchLanguage(document), digest: digestOf(document) });
    const cached = this.previous?.search ?? {};
    const cachedParts = new Map<string, CachedPartDocuments>();
    const cachedDocument = (file: string) => {
      const from = documents.get(file)!.cachedIn!;
      if (!cachedParts.has(from)) cachedParts.set(from, this.folder.partDocuments(from));
      return cachedParts.get(from)![file]!;
    };
    const languages = new Map([...documents].map(([file, { lang }]) => [file, lang]));
    for (const [part, files] of partsOf(languages)) {
      const key = digestOf(
        this.product,
        files.map((file) => [file, documents.get(file)!.digest]),
      );
      this.#keys.set(part, key);
      for (const file of files) this.#partOf.set(file, part);
      const folder = searchFolder(part);
      if (
        cached[part] === key &&
        outputs.has(`${folder}/pagefind-entry.json`) &&
        fs.existsSync(this.folder.partFile(part))
      )
        outputs.take(folder, 'folder');
      else {
        outputs.drop(folder);
        this.#built.set(
          part,
          new Map(files.map((file) => [file, rendered.get(file) ?? cachedDocument(file)])),
        );
      }
    }
    for (const part of Object.keys(cached))
      if (!this.#keys.has(part)) outputs.drop(searchFolder(part));
    return this.#built;
  }

  /** The parts indexed again, of all the search's parts. */
  get counts(): { built: number; parts: number } {
    return { built: this.#built.size, parts: this.#keys.size };
  }

  /** A page's search document as the cache keeps it: its language, digest and part. */
  of(output: string): CachedSearchDocument | undefined {
    const document = this.#documents.get(output);
    if (!document) return undefined;
    return { lang: document.lang, digest: document.digest, part: this.#partOf.get(output)! };
  }

  /**
   * What the cache takes of the published search in `siteDir`: each part's key; the files of
   * the parts indexed again, and the folders of those and of the parts gone; and the documents
   * files to write and to remove.
   */
  published(siteDir: string) {
    const partsGone = Object.keys(this.previous?.search ?? {}).filter(
      (part) => !this.#keys.has(part),
    );
    const built = [...this.#built.keys()].map(searchFolder);
    return {
      keys: Object.fromEntries(this.#keys),
      changed: built.flatMap((folder) =>
        filesIn(path.join(siteDir, folder)).map((file) => `${folder}/${file}`),
      ),
      removed: [...built, ...partsGone.map(searchFolder)],
      parts: {
        written: new Map(
          [...this.#built].map(([part, documents]) => [part, Object.fromEntries(documents)]),
        ),
        removed: partsGone,
      },
    };
  }
}
