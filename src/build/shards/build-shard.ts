import fs from 'node:fs';
import path from 'node:path';
import { hasErrors } from '../../report/diagnostic.ts';
import type { BuildResult } from '../build-site.ts';
import { SiteBuild } from '../site-build.ts';
import { StagedOutput } from '../staging.ts';
import { contentDigest } from './content-digest.ts';
import { MANIFEST, type ShardManifest, shardFolder } from './manifest.ts';
import { departmentsOf, type ShardOf } from './partition.ts';

export interface ShardOptions {
  root: string;
  shard: ShardOf;
  /** Where the shard goes; `<root>/_shards/K-of-N/` by default. */
  outDir?: string;
  fresh?: boolean;
}

/**
 * One shard of a sharded build: the whole site loaded and validated, so listings, related
 * links, link targets and URL collisions stay site-wide, and only this shard's departments'
 * pages rendered, into `site/`. Its manifest carries what the merge needs of those pages. The
 * images and documents, the generated pages and the search index are the merge's.
 */
export async function buildShard(options: ShardOptions): Promise<BuildResult> {
  const build = await SiteBuild.load(options.root, options);
  if (!(build instanceof SiteBuild)) return build;
  const output = new StagedOutput(options.outDir ?? shardFolder(build.root, options.shard));
  try {
    const site = path.join(output.staging, 'site');
    // A shard with no department to render (more shards than departments) is still a shard.
    fs.mkdirSync(site, { recursive: true });
    await build.files();
    // The layouts need the assets' hashed names; the files themselves are the merge's to publish,
    // so they stay beside the pages, which shards then copy into the site without overlapping.
    await build.assets(output.staging);
    const departments = departmentsOf(
      options.shard,
      build.model.departments.keys(),
      build.model.pages,
    );
    build.state.linkQueries = new Map();
    const pages = await build.render(site, { departments, generated: false });
    if (hasErrors(build.diagnostics)) {
      await output.discard();
      return build.result(false);
    }
    const { state } = build;
    const manifest: ShardManifest = {
      shard: options.shard,
      content: contentDigest(build.root),
      departments: [...departments],
      searchDocuments: Object.fromEntries(pages.searchDocuments),
      links: Object.fromEntries(
        [...pages.links].map(([file, { ids, links }]) => [file, { ids: [...ids], links }]),
      ),
      renderedLinks: Object.fromEntries(state.renderedLinks),
      linkQueries: Object.fromEntries(state.linkQueries ?? []),
      usedFiles: Object.fromEntries([...state.usedFiles].map(([page, used]) => [page, [...used]])),
      diagnostics: pages.diagnostics,
    };
    fs.writeFileSync(path.join(output.staging, MANIFEST), JSON.stringify(manifest));
    await output.publish();
    return build.result(true);
  } catch (cause) {
    await output.discard();
    throw cause;
  }
}
