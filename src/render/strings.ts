/**
 * The labels layouts print, one file a language, nested keys read as `page.published`: this
 * product's (`layouts/strings/<lang>.yml`, English and Welsh), under a site's own
 * (`content/_data/strings/<lang>.yml`), which adds a language or rewords a label. English is the
 * reference: every language of the site must give every key English has, or the build fails
 * naming the key and the language; nothing falls back to English.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, type Node, parseDocument } from 'yaml';
import { data } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';
import { layoutsDir } from './nunjucks-paths.ts';

export type Strings = ReadonlyMap<string, ReadonlyMap<string, string>>;

export const REFERENCE_LANGUAGE = 'en';

function flatten(node: Node | null, prefix: string, into: Map<string, string>) {
  if (!isMap(node)) return;
  for (const pair of node.items) {
    const key = `${prefix}${isScalar(pair.key) ? String(pair.key.value) : ''}`;
    const value = pair.value as Node | null;
    if (isMap(value)) flatten(value, `${key}.`, into);
    else if (isScalar(value) && value.value !== null) into.set(key, String(value.value));
  }
}

export interface StringsFile {
  file: string;
  text: string | undefined;
}

/** Each language's strings from its files' texts, the product's first, the site's over them. */
export function readStrings(
  files: ReadonlyMap<string, readonly StringsFile[]>,
  languages: readonly string[],
): { strings: Strings; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const strings = new Map<string, Map<string, string>>();
  for (const lang of new Set([REFERENCE_LANGUAGE, ...languages])) {
    const read = new Map<string, string>();
    const present = files.get(lang)!.filter((f) => f.text !== undefined);
    for (const { text } of present) flatten(parseDocument(text!).contents as Node | null, '', read);
    if (present.length === 0) {
      const file = files.get(lang)!.at(-1)!.file;
      diagnostics.push(report(data.STRINGS_FILE_MISSING, { file }, { lang, file }));
    }
    strings.set(lang, read);
  }
  const reference = strings.get(REFERENCE_LANGUAGE)!;
  for (const lang of languages) {
    const own = strings.get(lang)!;
    if (lang === REFERENCE_LANGUAGE || own.size === 0) continue;
    const file = files
      .get(lang)!
      .filter((f) => f.text !== undefined)
      .at(-1)!.file;
    const keys = [...reference.keys()].filter((key) => !own.has(key));
    if (keys.length > 0)
      diagnostics.push(report(data.STRINGS_MISSING, { file }, { keys, lang, file }));
  }
  return { strings, diagnostics };
}

/** The strings of `languages`: this product's files, and those of the site at `root`. */
export function siteStrings(languages: readonly string[], root?: string) {
  const read = (file: string, base: string): StringsFile => {
    const abs = path.join(base, file);
    return { file, text: fs.existsSync(abs) ? fs.readFileSync(abs, 'utf8') : undefined };
  };
  const files = new Map(
    [REFERENCE_LANGUAGE, ...languages].map((lang) => [
      lang,
      [
        read(`layouts/strings/${lang}.yml`, path.dirname(layoutsDir)),
        ...(root ? [read(`content/_data/strings/${lang}.yml`, root)] : []),
      ],
    ]),
  );
  return readStrings(files, languages);
}

/** A label in a language, `{name}` filled from `args`. An unknown key is a layout's bug. */
export function label(
  strings: Strings,
  lang: string,
  key: string,
  args: Record<string, string> = {},
): string {
  const text = strings.get(lang)?.get(key);
  if (text === undefined) throw new Error(`No string "${key}" in ${lang} (layouts/strings/).`);
  return text.replace(/\{(\w+)\}/g, (_, name: string) => args[name] ?? `{${name}}`);
}
