import type { SiteModel } from '../content/index.ts';
import type { Diagnostic } from '../report/diagnostic.ts';
import type { RenderCounts } from './incremental/plan.ts';
import type { StageTiming } from './summary.ts';

/** What every kind of build is given and answers: a whole build, a shard, a merge. */
export interface BuildOptions {
  /** The folder holding `content/` and `migrations-map/`. */
  root: string;
  /** Where the public site goes; `<root>/_site` by default. */
  siteDir?: string;
  /** Where server configuration goes; `<root>/_deploy` by default. */
  deployDir?: string;
  /** `npm start` builds drafts too. */
  drafts?: boolean;
  /** At most this many pages in each part of the search (src/search/index-parts.ts). */
  pagesPerSearchPart?: number;
  /** `--fresh`: nothing is taken from `.build-cache/`. */
  fresh?: boolean;
}

export interface BuildResult {
  ok: boolean;
  diagnostics: Diagnostic[];
  timings: StageTiming[];
  /** Wall time of the whole build. */
  totalMs: number;
  model?: SiteModel;
  /** What a whole build rendered and what it took from `.build-cache/`. */
  rendered?: RenderCounts;
  /** `--incremental-only` found no cache the build could render only what changed from: nothing was built. */
  notBuilt?: true;
}
