import path from 'node:path';
import type { SiteState } from '../eleventy/site-state.ts';
import { migrationInputsFor } from '../migrations/content-inputs.ts';
import { loadMigrations, writeMigrationOutputs } from '../migrations/index.ts';
import { hasErrors } from '../report/diagnostic.ts';
import { formatForTerminal } from '../report/terminal.ts';

/**
 * The migrations map's outputs in the preview, by the build's own stage (src/migrations/): the
 * coverage pages at /migrations/, and what the build writes to _deploy/ (nginx config and the
 * legacy sites' 410 and 404 pages) under /_deploy/, so they can be looked at in a browser.
 * A map with errors writes nothing; its problems are printed, as the build would report them.
 */
export async function writePreviewMigrations(state: SiteState, siteDir: string): Promise<void> {
  const inputs = migrationInputsFor(state.root, state.model);
  const { model, diagnostics } = loadMigrations(inputs);
  if (diagnostics.length) console.log(formatForTerminal(diagnostics, process.stdout.isTTY));
  if (hasErrors(diagnostics)) return;
  await writeMigrationOutputs(model, inputs, {
    siteDir,
    deployDir: path.join(siteDir, PREVIEW_DEPLOY_DIR),
    site: state.model.config,
    assets: state.assets,
  });
}

/** The folder of the preview that holds what a build writes to _deploy/. */
export const PREVIEW_DEPLOY_DIR = '_deploy';
