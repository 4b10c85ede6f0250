import type { SiteModel } from '../content/index.ts';
import { checkSite } from '../render/markdown/check-pages.ts';
import { type Diagnostic, hasErrors } from '../report/diagnostic.ts';
import { formatForTerminal } from '../report/terminal.ts';

/**
 * The site model for the commands that write files from it (owners, urls:update), production
 * view (no drafts). Errors in content stop them: they would write from a broken model.
 */
export function loadModelForWriting(root: string): { model?: SiteModel; errors: Diagnostic[] } {
  const { model, diagnostics } = checkSite(root, { drafts: false });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return hasErrors(diagnostics) ? { errors } : { model, errors };
}

/** For a command line: the model, or the errors printed and exit 1, saying what was not done. */
export function modelForWritingOrExit(root: string, notDone: string): SiteModel {
  const { model, errors } = loadModelForWriting(root);
  if (model) return model;
  console.log(formatForTerminal(errors));
  console.error(`\nThe content has errors, so ${notDone}. Fix them first.`);
  process.exit(1);
}
