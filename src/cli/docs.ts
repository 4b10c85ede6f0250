import fs from 'node:fs';
import path from 'node:path';
import { generatedDocs } from '../docs/index.ts';

// npm run docs: writes the pages of docs/ that are made from the product's own rules.
for (const [file, text] of Object.entries(generatedDocs())) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`wrote ${file}`);
}
