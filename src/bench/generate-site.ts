import fs from 'node:fs';
import path from 'node:path';
import { seededRandom } from './random.ts';
import { type SyntheticPage, syntheticBody } from './synthetic-page.ts';

export interface SyntheticSiteOptions {
  pages: number;
  mappings: number;
  seed?: number;
}

const TYPES = ['guide', 'guide', 'guide', 'news', 'service', 'page'] as const;

/** Writes a synthetic site (content and migrations map) into `root`. */
export function generateSite(
  root: string,
  { pages, mappings, seed = 1 }: SyntheticSiteOptions,
): SyntheticPage[] {
  const r = seededRandom(seed);
  const departments = Array.from(
    { length: Math.max(2, Math.ceil(pages / 500)) },
    (_, i) => `department-${i + 1}`,
  );
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };
  write(
    'content/_data/site.yml',
    'name: Benchmark Government\nurl: https://www.bench.example\nlanguage: en\n',
  );
  write(
    'content/_data/topics.yml',
    Array.from(
      { length: 10 },
      (_, i) => `topic-${i}:\n  title: Topic ${i}\n  description: Pages about topic ${i}.\n`,
    ).join(''),
  );
  for (const slug of departments)
    write(
      `content/${slug}/_department.yml`,
      `name: ${slug.replace('-', ' ')}\ncolour: "#1d70b8"\n`,
    );

  const all: SyntheticPage[] = Array.from({ length: pages }, (_, i) => {
    const department = departments[i % departments.length]!;
    const file = `area-${Math.floor(i / 50)}/page-${i}.md`;
    return { department, path: file, url: `/area-${Math.floor(i / 50)}/page-${i}/` };
  });
  all.forEach((page, i) => {
    const type = TYPES[i % TYPES.length]!;
    const front = [
      `title: Page ${i} about ${r.pick(['tax', 'driving', 'health', 'housing'])}`,
      `description: A synthetic page number ${i} for the benchmark.`,
      `published: 20${r.int(15, 25)}-0${r.int(1, 9)}-1${r.int(0, 9)}`,
      `type: ${type}`,
      `topics: [topic-${i % 10}]`,
      ...(type === 'service' ? ['start_url: https://services.bench.example/start'] : []),
    ];
    write(
      `content/${page.department}/${page.path}`,
      `---\n${front.join('\n')}\n---\n\n${syntheticBody(r, page, all)}`,
    );
  });

  writeLegacySite(write, all, mappings, r);
  return all;
}

function writeLegacySite(
  write: (rel: string, text: string) => void,
  pages: SyntheticPage[],
  mappings: number,
  r: ReturnType<typeof seededRandom>,
) {
  if (!mappings) return;
  write(
    'migrations-map/legacy.yml',
    'host: www.legacy.example.org\ndepartment: department-1\nhomepage: /departments/department-1/\n',
  );
  const rows = ['old_url,new_url,status'];
  const hits = ['url,hits'];
  for (let i = 0; i < mappings; i++) {
    const old = `http://www.legacy.example.org/section-${i % 97}/item-${i}.html`;
    rows.push(i % 10 === 9 ? `${old},,410` : `${old},${r.pick(pages).url},301`);
    hits.push(`${old},${r.int(0, 5000)}`);
  }
  for (let i = 0; i < mappings / 20; i++)
    hits.push(`http://www.legacy.example.org/unmapped/${i}.html,${r.int(0, 200)}`);
  write('migrations-map/legacy.csv', `${rows.join('\n')}\n`);
  write('migrations-map/legacy.hits.csv', `${hits.join('\n')}\n`);
}
