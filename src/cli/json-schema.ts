import fs from 'node:fs';
import path from 'node:path';
import { schemaFiles } from '../check/json-schema.ts';

// npm run schemas: writes the editors' JSON Schemas (schemas/*.schema.json) from src/content/schema.ts.
// Run it after changing the content schema, and commit the files; a test fails while they differ.
const root = process.cwd();
for (const [file, text] of Object.entries(schemaFiles())) {
  fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  fs.writeFileSync(path.join(root, file), text);
  console.log(`Wrote ${file}`);
}
