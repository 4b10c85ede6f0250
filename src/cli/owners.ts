import fs from 'node:fs';
import path from 'node:path';
import { modelForWritingOrExit } from '../check/load-model.ts';
import { codeOwners } from '../check/owners.ts';

// npm run owners: writes .github/CODEOWNERS from the owners in each content/<department>/_department.yml.
const root = process.cwd();
const model = modelForWritingOrExit(root, 'CODEOWNERS was not written');
const file = path.join(root, '.github/CODEOWNERS');
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, codeOwners(model));
const owned = [...model.departments.values()].filter((d) => d.owners?.length).length;
console.log(
  `Wrote .github/CODEOWNERS: ${owned} of ${model.departments.size} departments have owners.`,
);
