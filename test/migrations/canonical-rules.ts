/**
 * The canonical form, one row a rule (docs/migrations/guide.md has the same table): an old URL as
 * a migration team writes it in a mappings file, the requests that must find it, and requests
 * that must not. The unit test holds normaliseUrl to it; the e2e test holds the real nginx to it.
 */
export const CANONICAL_HOST = 'www.canon.example.org';
export const CANONICAL_QUERY_PARAMS = ['file', 'id', 'page', 'q'];

export interface CanonicalRule {
  rule: string;
  /** The old URL's path and query as written in the mappings file. */
  written: string;
  /** Its canonical key, after the host. */
  key: string;
  /** Requests (path and query) that find it. */
  found: string[];
  /** Requests that do not. */
  notFound?: string[];
}

export const CANONICAL_RULES: CanonicalRule[] = [
  {
    rule: 'the path is lowercased',
    written: '/Guides/VAT-Rates.HTML',
    key: '/guides/vat-rates.html',
    found: ['/guides/vat-rates.html', '/GUIDES/vat-RATES.html'],
  },
  {
    rule: 'escapes match in any case, with the letters around them in any case',
    written: '/Guide%E2%80%98s-Caf%C3%A9.html',
    key: '/guide%e2%80%98s-caf%c3%a9.html',
    found: ['/GUIDE%e2%80%98S-caf%c3%a9.html', '/guide%E2%80%98s-CAF%C3%A9.HTML'],
  },
  {
    rule: 'a character written raw is its UTF-8 escapes',
    written: '/fees-£5.html',
    key: '/fees-%c2%a35.html',
    found: ['/Fees-%C2%A35.html', '/fees-%c2%a35.html'],
  },
  {
    rule: 'a space, raw or escaped',
    written: '/guide part 1.html',
    key: '/guide%20part%201.html',
    found: ['/Guide%20Part%201.html'],
  },
  {
    rule: 'an escaped unreserved character is the character',
    written: '/%7Euser/%61bout',
    key: '/~user/about',
    found: ['/~user/about', '/%7eUSER/about'],
  },
  {
    rule: 'an escaped slash in the path is a slash (nginx decodes the path)',
    written: '/a%2Fb.html',
    key: '/a/b.html',
    found: ['/a/b.html', '/A%2fB.html'],
  },
  {
    rule: 'escaped punctuation in the path is the punctuation',
    written: '/terms%2C%20conditions%21.html',
    key: '/terms,%20conditions!.html',
    found: ['/terms,%20conditions!.html', '/Terms%2c%20Conditions%21.html'],
  },
  {
    rule: 'the fragment is dropped',
    written: '/faq.html#question-3',
    key: '/faq.html',
    found: ['/faq.html'],
  },
  {
    rule: 'trailing slashes are dropped',
    written: '/news/',
    key: '/news',
    found: ['/news', '/news//', '/NEWS/'],
  },
  {
    rule: '. segments are dropped',
    written: '/docs/./guide.html',
    key: '/docs/guide.html',
    found: ['/docs/guide.html', '/docs/././guide.html'],
  },
  {
    rule: '.. segments take the segment before them away',
    written: '/docs/old/../forms.html',
    key: '/docs/forms.html',
    found: ['/docs/forms.html', '/docs/x/y/../../forms.html'],
  },
  {
    rule: 'escaped dot segments too',
    written: '/reports/2019.html',
    key: '/reports/2019.html',
    found: ['/reports/x/%2E%2E/2019.html', '/reports/%2e/2019.html'],
  },
  {
    rule: 'query keys that are not significant are dropped',
    written: '/page.php?id=7&utm_source=mail',
    key: '/page.php?id=7',
    found: ['/page.php?id=7', '/page.php?ref=home&id=7'],
    notFound: ['/page.php?id=8', '/page.php'],
  },
  {
    rule: 'with no significant key there is no query',
    written: '/search.php?utm_source=mail',
    key: '/search.php',
    found: ['/search.php', '/search.php?x=1'],
  },
  {
    rule: 'significant keys are sorted',
    written: '/list.php?page=2&id=5',
    key: '/list.php?id=5&page=2',
    found: ['/list.php?id=5&page=2', '/list.php?page=2&id=5'],
  },
  {
    rule: 'key names and values in any case',
    written: '/item.php?ID=Annual-Report',
    key: '/item.php?id=annual-report',
    found: ['/item.php?id=annual-report', '/ITEM.php?Id=ANNUAL-report'],
  },
  {
    rule: 'a query value, escaped or raw',
    written: '/get.php?file=reports%2F2019.pdf',
    key: '/get.php?file=reports%2f2019.pdf',
    found: ['/get.php?file=reports/2019.pdf', '/get.php?file=Reports%2f2019.PDF'],
  },
  {
    rule: 'a query value written raw, requested escaped',
    written: '/fetch.php?file=a/b:c',
    key: '/fetch.php?file=a%2fb%3ac',
    found: ['/fetch.php?file=A%2fB%3Ac', '/fetch.php?file=a/b%3Ac', '/fetch.php?file=a/b:c'],
  },
  {
    rule: 'in a query value, + is a space',
    written: '/find.php?q=council tax',
    key: '/find.php?q=council%20tax',
    found: ['/find.php?q=council+tax', '/find.php?q=Council%20Tax'],
    notFound: ['/find.php?q=council%2Btax'],
  },
  {
    rule: 'an empty value is a value',
    written: '/show.php?id=',
    key: '/show.php?id=',
    found: ['/show.php?id=', '/show.php?x=1&id='],
    notFound: ['/show.php', '/show.php?id=1'],
  },
  {
    rule: 'a key without = is no key',
    written: '/view.php?id',
    key: '/view.php',
    found: ['/view.php', '/view.php?id'],
    notFound: ['/view.php?id='],
  },
  {
    rule: "a repeated key keeps its values in the order they're written",
    written: '/compare.php?id=1&id=2',
    key: '/compare.php?id=1&id=2',
    found: ['/compare.php?id=1&x=0&id=2'],
    notFound: ['/compare.php?id=2&id=1', '/compare.php?id=1'],
  },
  {
    rule: 'a repeated key counts its first three values',
    written: '/many.php?id=1&id=2&id=3',
    key: '/many.php?id=1&id=2&id=3',
    found: ['/many.php?id=1&id=2&id=3&id=4'],
    notFound: ['/many.php?id=1&id=2'],
  },
  {
    rule: '; separates pairs as & does',
    written: '/old.asp?id=4;page=1',
    key: '/old.asp?id=4&page=1',
    found: ['/old.asp?page=1&id=4', '/old.asp?page=1;id=4'],
  },
];
