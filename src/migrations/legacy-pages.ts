/**
 * The 410 and 404 pages of each legacy site, rendered once at build time through
 * layouts/legacy/page.njk. The archive link needs the requested URL, which only nginx knows: the
 * page carries an SSI echo of `$request_uri` with entity encoding, so the request never reaches
 * the HTML unescaped. Every site-root link and asset is made absolute on the new site. Every word
 * comes from the strings file of the old site's `language:` (layouts/strings/<lang>.yml).
 */
import type nunjucks from 'nunjucks';
import type { LegacySite } from './model.ts';
import { type PageContext, rebase } from './page-context.ts';

export const REQUEST_URI_SSI = '<!--# echo var="request_uri" encoding="entity" default="/" -->';

/** The 410 page's own links: nginx's maps give a gone URL its archive copy and suggested page. */
const OWN_LINKS = {
  archive: '<!--# echo var="legacy_archive" encoding="entity" -->',
  suggested: '<!--# echo var="legacy_suggested" encoding="entity" -->',
  /** The link's text: the page's title, or its URL when it has none (a page on another host). */
  suggestedText: '<!--# echo var="legacy_suggested_title" encoding="entity" -->',
  ifArchive: '<!--# if expr="$legacy_archive" -->',
  ifSuggested: '<!--# if expr="$legacy_suggested" -->',
  orElse: '<!--# else -->',
  end: '<!--# endif -->',
};

/** `{ '410.html': html, '404.html': html }` for one legacy site. */
export function legacyPages(
  env: nunjucks.Environment,
  site: LegacySite,
  context: PageContext,
): Record<string, string> {
  // The old site's language, if it sets one: every label, the department's name and the links to
  // the department and home page are that language's.
  const lang = site.language?.code ?? context.lang;
  const departmentUrl = `${site.language?.prefix ?? '/'}departments/${site.department}/`;
  const render = (which: 'gone' | 'notFound') =>
    rebase(
      env.render('legacy/page.njk', {
        ...context,
        lang,
        page: { url: departmentUrl },
        noindex: true,
        which,
        legacy: { host: site.host, id: site.id },
        archiveUrl: site.archive ? `${site.archive}http://${site.host}` : '',
        requestUri: REQUEST_URI_SSI,
        department: { name: site.departmentName, url: departmentUrl },
        ownLinks: which === 'gone' ? OWN_LINKS : null,
      }),
      context.site.url,
    );
  return { '410.html': render('gone'), '404.html': render('notFound') };
}
