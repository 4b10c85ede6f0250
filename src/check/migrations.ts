import type { SiteModel } from '../content/index.ts';
import { withoutDrafts } from '../content/site-model.ts';
import { migrationInputsFor } from '../migrations/content-inputs.ts';
import type { MigrationInputs } from '../migrations/index.ts';

/**
 * The migrations module's inputs as the production build sees them. `npm run check` loads drafts
 * too, so they are left out here: a redirect to a draft would lead to a 404 once published.
 */
export function migrationInputsFromModel(root: string, model: SiteModel): MigrationInputs {
  return migrationInputsFor(root, withoutDrafts(model));
}
