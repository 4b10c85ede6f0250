import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Document, Element } from 'domhandler';
import { decodeHTML } from 'entities';
import { DomUtils, parseDocument } from 'htmlparser2';
import { type BuildOptions, type BuildResult, buildSite } from '../../src/build/build-site.ts';

export const productRoot = path.resolve(import.meta.dirname, '../..');
export const tmpDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** A copy of the example site (content/ and migrations-map/) in a temp folder, to change safely. */
export function copyExample(): string {
  const root = tmpDir('site-example-');
  for (const folder of ['content', 'migrations-map']) {
    const from = path.join(productRoot, folder);
    if (fs.existsSync(from)) fs.cpSync(from, path.join(root, folder), { recursive: true });
  }
  return root;
}

/** Builds a site the way `npm run build` does, into temp folders; returns where it went. */
export async function buildInto(
  root: string,
  options: Pick<BuildOptions, 'pagesPerSearchPart'> = {},
): Promise<{ siteDir: string; deployDir: string; result: BuildResult }> {
  const siteDir = path.join(tmpDir('site-out-'), '_site');
  const deployDir = path.join(tmpDir('site-deploy-'), '_deploy');
  const result = await buildSite({ root, siteDir, deployDir, ...options });
  if (!result.ok)
    throw new Error(`The build failed: ${JSON.stringify(result.diagnostics, null, 2)}`);
  return { siteDir, deployDir, result };
}

/** One built page, read as a citizen's browser would: by elements, classes and text. */
export class BuiltPage {
  readonly doc: Document;

  constructor(readonly html: string) {
    this.doc = parseDocument(html);
  }

  static at(siteDir: string, url: string): BuiltPage {
    const file = url.endsWith('/')
      ? path.join(siteDir, url, 'index.html')
      : path.join(siteDir, url);
    return new BuiltPage(fs.readFileSync(file, 'utf8'));
  }

  /** Elements by tag name and, optionally, a class they carry. */
  all(tag: string, className?: string): Element[] {
    return DomUtils.findAll(
      (el) => el.name === tag && (!className || classes(el).includes(className)),
      this.doc.children,
    );
  }

  one(tag: string, className?: string): Element {
    const [first] = this.all(tag, className);
    if (!first)
      throw new Error(`No <${tag}${className ? ` class="${className}"` : ''}> on the page.`);
    return first;
  }

  has(tag: string, className?: string): boolean {
    return this.all(tag, className).length > 0;
  }

  meta(key: string): string | undefined {
    const el = DomUtils.findOne(
      (e) => e.name === 'meta' && (e.attribs.name === key || e.attribs.property === key),
      this.doc.children,
    );
    return el?.attribs.content;
  }

  /** Links inside an element: their text and href. */
  links(within: Element = this.doc as unknown as Element): { text: string; href: string }[] {
    return DomUtils.findAll((el) => el.name === 'a', [within]).map((a) => ({
      text: text(a),
      href: a.attribs.href ?? '',
    }));
  }
}

export function classes(el: Element): string[] {
  return (el.attribs.class ?? '').split(/\s+/).filter(Boolean);
}

/** Visible text with whitespace collapsed, as a screen reader would read it. */
export function text(el: Element | Element[]): string {
  return DomUtils.textContent(el).replace(/\s+/g, ' ').trim();
}

/** The body rows of a page's govukTable tables, each a list of its cells' text (decoded). */
export function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr class="govuk-table__row">([\s\S]*?)<\/tr>/g)]
    .filter((row) => row[1]!.includes('<td'))
    .map((row) =>
      [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) =>
        decodeHTML(c[1]!.trim()),
      ),
    );
}
