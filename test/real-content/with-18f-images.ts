/**
 * The 18F fixture with its images moved in, as a migration would: each image the posts load from
 * the old site is copied from the 18F source beside the posts, and the posts point at the copy.
 * Written to a folder of its own (the images are 100 MB or more), for `npm run bench -- --site`.
 *
 *   npx tsx test/real-content/with-18f-images.ts <out folder> [path to the 18F source]
 */
import fs from 'node:fs';
import path from 'node:path';

const out = path.resolve(process.argv[2] ?? '');
const source = path.resolve(process.argv[3] ?? path.join(import.meta.dirname, '../../../shared/corpora/18f'));
if (!process.argv[2]) throw new Error('Name the folder to write, e.g. /tmp/18f-with-images');
const fixture = path.join(import.meta.dirname, '../fixtures/real-18f');
fs.rmSync(out, { recursive: true, force: true });
fs.cpSync(fixture, out, { recursive: true });

const blog = path.join(out, 'content/gsa-18f/blog');
let copied = 0;
let missing = 0;
for (const name of fs.readdirSync(blog).filter((f) => f.endsWith('.md'))) {
  const file = path.join(blog, name);
  const text = fs.readFileSync(file, 'utf8').replace(/https:\/\/18f\.gsa\.gov\/(assets\/[^"'\s)]+\.(?:png|jpe?g|gif|svg))/gi, (url, asset: string) => {
    const from = path.join(source, asset);
    if (!fs.existsSync(from)) { missing++; return url; }
    const local = `images/${asset.replace(/^assets\//, '').replace(/\//g, '-')}`;
    if (!fs.existsSync(path.join(blog, local))) {
      fs.mkdirSync(path.join(blog, 'images'), { recursive: true });
      fs.copyFileSync(from, path.join(blog, local));
      copied++;
    }
    return local;
  });
  fs.writeFileSync(file, text);
}
console.log(`${copied} images copied into ${path.relative(process.cwd(), blog)}/images; ${missing} references to images the source lacks left on the old site.`);
