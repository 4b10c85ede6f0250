import path from 'node:path';
import type { PageLinks } from '../../links/extract.ts';
import { type Diagnostic, hasErrors } from '../../report/diagnostic.ts';
import { type BuildOptions, type BuildResult, siteOutputOf } from '../build-site.ts';
import { finishSite } from '../finish-site.ts';
import { BuildCache } from '../incremental/build-cache.ts';
import { SiteBuild } from '../site-build.ts';
import { contentDigest } from './content-digest.ts';
import { joinInto } from './join-folders.ts';
import { checkShards, MANIFEST, readShard, type ShardManifest } from './manifest.ts';

export interface MergeOptions
  extends Pick<BuildOptions, 'root' | 'siteDir' | 'deployDir' | 'fresh' | 'pagesPerSearchPart'> {
  /** The shard folders, e.g. every `_shards/K-of-N/`. */
  shards: readonly string[];
}

/**
 * Joins the shards of a sharded build into the site a whole build makes, byte for byte: their
 * pages copied in, then, over the whole site, the generated pages, the search, the files,
 * the migrations, the link check and the headers, published by the same swap as a whole build.
 */
export async function mergeShards(options: MergeOptions, loaded?: SiteBuild): Promise<BuildResult> {
  const build = loaded ?? (await SiteBuild.load(options.root, options));
  if (!(build instanceof SiteBuild)) return build;
  const shards = readShards(build, options.shards);
  if (hasErrors(build.diagnostics)) return build.result(false);
  const output = siteOutputOf(build.root, options);
  try {
    const staged = output.site.staging;
    const documents = new Map(
      shards.flatMap(({ manifest }) => Object.entries(manifest.searchDocuments)),
    );
    const cache = new BuildCache(build, output, false);
    // Pagefind indexes the site's pages while the shards are copied in and the generated pages render.
    output.indexForSearch(cache.searchIndexes(documents));
    await build.timer.run('shards joined', () => {
      for (const { folder } of shards) joinInto(path.join(folder, 'site'), staged);
    });
    await build.files(staged);
    await build.assets(staged);
    const { state } = build;
    cache.planMerge();
    const pageLinks = new Map<string, PageLinks>();
    for (const { manifest } of shards) {
      state.renderDiagnostics.push(...manifest.diagnostics);
      for (const [page, links] of Object.entries(manifest.renderedLinks))
        state.renderedLinks.set(page, links);
      for (const [page, used] of Object.entries(manifest.usedFiles))
        state.usedFiles.set(page, new Set(used));
      for (const [page, queries] of Object.entries(manifest.linkQueries))
        state.linkQueries!.set(page, queries);
      for (const [file, { ids, links }] of Object.entries(manifest.links))
        pageLinks.set(file, { ids: new Set(ids), links });
    }
    // The generated pages' render reports the shards' problems with its own.
    const generated = await build.render(staged, { departments: new Set(), generated: true });
    for (const [file, links] of generated.links) pageLinks.set(file, links);
    cache.reuse({ links: pageLinks, outputs: generated.outputs });
    return await finishSite(build, output, pageLinks, cache);
  } catch (cause) {
    await output.discard();
    throw cause;
  }
}

/** The shards' manifests, in shard order; their problems go to the build's diagnostics. */
function readShards(
  build: SiteBuild,
  folders: readonly string[],
): Array<{ folder: string; file: string; manifest: ShardManifest }> {
  const read = folders.map((folder) => {
    const file = path.relative(build.root, path.resolve(build.root, folder, MANIFEST));
    return {
      folder: path.resolve(build.root, folder),
      file: file.split(path.sep).join('/'),
      shard: readShard(build.root, folder),
    };
  });
  const unreadable = read.flatMap(({ shard }) => ('code' in shard ? [shard as Diagnostic] : []));
  const shards = read.flatMap(({ folder, file, shard }) =>
    'code' in shard ? [] : [{ folder, file, manifest: shard as ShardManifest }],
  );
  build.diagnostics.push(...unreadable, ...checkShards(shards, contentDigest(build.root)));
  return shards.sort((a, b) => a.manifest.shard.index - b.manifest.shard.index);
}
