/**
 * The 18F fixture with its images moved in, as a migration would: each image the posts load from
 * the old site is copied from the 18F source beside the posts, and the posts point at the copy.
 * Written to a folder of its own (the images are 100 MB or more), for `npm run bench -- --site`.
 *
 *   npx tsx test/real-content/with-18f-images.ts <out folder> [path to the 18F source]
 */
import fs from 'node:fs';
import path from 'node:path';
import { checkFileBytes } from '../../src/files/file-types.ts';
import { checkSvg } from '../../src/files/svg.ts';

const out = path.resolve(process.argv[2] ?? '');
const source = path.resolve(
  process.argv[3] ?? path.join(import.meta.dirname, '../../../shared/corpora/18f'),
);
if (!process.argv[2]) throw new Error('Name the folder to write, e.g. /tmp/18f-with-images');
const fixture = path.join(import.meta.dirname, '../fixtures/real-18f');
fs.rmSync(out, { recursive: true, force: true });
fs.cpSync(fixture, out, { recursive: true });

const blog = path.join(out, 'content/gsa-18f/blog');
let copied = 0;
let missing = 0;
// Images our checks refuse (a PNG named .jpg, an SVG that links out) stay on the old site, so the
// copy builds and `npm run bench -- --site` can time it; `npm run check` on the source names them.
const refused = new Set<string>();
for (const name of fs.readdirSync(path.join(source, 'assets'), { recursive: true }).map(String)) {
  const file = path.join(source, 'assets', name);
  if (!/\.(png|jpe?g|gif|svg)$/i.test(name) || !fs.statSync(file).isFile()) continue;
  const bytes = new Uint8Array(fs.readFileSync(file));
  const errors = [
    ...(await checkFileBytes(name, bytes)).diagnostics,
    ...(name.endsWith('.svg') ? checkSvg(name, Buffer.from(bytes).toString('utf8')) : []),
  ];
  if (errors.some((d) => d.severity === 'error'))
    refused.add(`assets/${name.split(path.sep).join('/')}`);
}
for (const name of fs.readdirSync(blog).filter((f) => f.endsWith('.md'))) {
  const file = path.join(blog, name);
  const text = fs
    .readFileSync(file, 'utf8')
    .replace(
      /https:\/\/18f\.gsa\.gov\/(assets\/[^"'\s)]+\.(?:png|jpe?g|gif|svg))/gi,
      (url, asset: string) => {
        const from = path.join(source, asset);
        if (!fs.existsSync(from) || refused.has(asset)) {
          missing++;
          return url;
        }
        const local = `images/${asset.replace(/^assets\//, '').replace(/\//g, '-')}`;
        if (!fs.existsSync(path.join(blog, local))) {
          fs.mkdirSync(path.join(blog, 'images'), { recursive: true });
          fs.copyFileSync(from, path.join(blog, local));
          copied++;
        }
        return local;
      },
    );
  fs.writeFileSync(file, text);
}
console.log(
  `${copied} images copied into ${path.relative(process.cwd(), blog)}/images; ${missing} references left on the old site (${refused.size} of the source's images are refused by our checks; the rest it lacks).`,
);
