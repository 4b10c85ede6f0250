import fs from 'node:fs';
import path from 'node:path';
import { loadModelForWriting } from '../check/load-model.ts';
import { codeOwners } from '../check/owners.ts';
import { formatForTerminal } from '../report/terminal.ts';

// npm run owners: writes .github/CODEOWNERS from the owners in each content/<department>/_department.yml.
const root = process.cwd();
const { model, errors } = loadModelForWriting(root);
if (!model) {
  console.log(formatForTerminal(errors));
  console.error('\nThe content has errors, so CODEOWNERS was not written. Fix them first.');
  process.exit(1);
}
const file = path.join(root, '.github/CODEOWNERS');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, codeOwners(model));
const owned = [...model.departments.values()].filter((d) => d.owners?.length).length;
console.log(`Wrote .github/CODEOWNERS: ${owned} of ${model.departments.size} departments have owners.`);
