import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReloadCache } from '../../src/eleventy/reload-cache.ts';
import { checkSite } from '../../src/render/markdown/check-pages.ts';
import { createMarkdown } from '../../src/render/markdown/index.ts';
import { fixtureSite } from '../helpers/fixture-site.ts';

const md = createMarkdown();
/** What a reload shows an editor: every problem, and every page with its URL and title. */
const shown = ({ model, diagnostics }: ReturnType<typeof checkSite>) => ({
  diagnostics,
  pages: model.pages.map((p) => [p.file, p.url, p.data.title]),
});

describe('the preview reloading the site model before each rebuild', () => {
  it('answers as a fresh load does after each edit, and loads again only the files that changed', () => {
    const root = fixtureSite();
    const file = (rel: string) => path.join(root, rel);
    const cache = new ReloadCache();
    const reload = () => cache.load(root, true, md);
    const fresh = () => checkSite(root, { drafts: true });

    const first = reload();
    expect(shown(first)).toEqual(shown(fresh()));
    const pages = fs.readdirSync(file('content/tax-office/vat')).filter((f) => f.endsWith('.md'));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    const [edited, linking] = pages.map((f) => `content/tax-office/vat/${f}`);

    // A broken link added to one page's body.
    fs.appendFileSync(file(edited!), '\nSee [the missing page](/no-such-page/).\n');
    const second = reload();
    expect(shown(second)).toEqual(shown(fresh()));
    expect(second.diagnostics.map((d) => [d.code, d.file])).toContainEqual(['LINK_BROKEN', edited]);
    expect(second.model.pageByFile.get(linking!)).toBe(first.model.pageByFile.get(linking!));
    expect(second.model.pageByFile.get(edited!)).not.toBe(first.model.pageByFile.get(edited!));

    // A new title in the front matter.
    fs.writeFileSync(
      file(edited!),
      fs.readFileSync(file(edited!), 'utf8').replace(/^title: .*$/m, 'title: A new title'),
    );
    expect(shown(reload())).toEqual(shown(fresh()));

    // An unchanged page whose link breaks because the page it links to is gone.
    fs.appendFileSync(file(linking!), `\nSee [the edited page](${path.basename(edited!)}).\n`);
    expect(
      reload().diagnostics.filter((d) => d.file === linking && d.code === 'LINK_BROKEN'),
    ).toEqual([]);
    fs.rmSync(file(edited!));
    const after = reload();
    expect(shown(after)).toEqual(shown(fresh()));
    expect(after.diagnostics.map((d) => [d.code, d.file])).toContainEqual(['LINK_BROKEN', linking]);
  });
});
