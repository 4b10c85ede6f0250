import { closest } from '../../content/closest.ts';
import type { Department, SiteModel } from '../../content/index.ts';
import { styleCheckNames } from '../../content/schema.ts';
import { style } from '../../report/catalogue/index.ts';
import { READING_AGE_LIMIT } from '../../report/catalogue/limits.ts';
import { type Diagnostic, report } from '../../report/diagnostic.ts';

export type StyleCheck = (typeof styleCheckNames)[number];

export interface StyleSettings {
  enabled: ReadonlySet<StyleCheck>;
  /** Pages above this reading age get a warning. */
  readingAgeLimit: number;
}

/** The check each style warning belongs to, so a department can turn it off. */
export const CHECK_OF_CODE: ReadonlyMap<string, StyleCheck> = new Map([
  [style.TITLE_TOO_LONG.code, 'title_length'],
  [style.DESCRIPTION_TOO_LONG.code, 'description_length'],
  [style.HEADING_SKIPS_LEVEL.code, 'heading_levels'],
  [style.HEADING_H1_IN_BODY.code, 'heading_levels'],
  [style.LINK_TEXT_VAGUE.code, 'link_text'],
  [style.WORD_TO_AVOID.code, 'words_to_avoid'],
  [style.ALL_CAPS.code, 'all_caps'],
  [style.SENTENCE_TOO_LONG.code, 'long_sentences'],
  [style.READING_AGE_HIGH.code, 'reading_age'],
]);

export function styleSettingsFor(department: Department | undefined): StyleSettings {
  const config = department?.style_checks ?? {};
  return {
    enabled: new Set(styleCheckNames.filter((name) => config[name] !== false)),
    readingAgeLimit: config.reading_age_limit ?? READING_AGE_LIMIT,
  };
}

/** The style settings of the department that owns each file. */
export function styleSettingsOfFile(model: SiteModel): (file: string) => StyleSettings | undefined {
  return (file) => {
    const page = model.pageByFile.get(file);
    return page ? styleSettingsFor(model.departments.get(page.department)) : undefined;
  };
}

/** Drops the style warnings a page's department has turned off. */
export function withStyleSettings(
  diagnostics: readonly Diagnostic[],
  settingsOfFile: (file: string) => StyleSettings | undefined,
) {
  return diagnostics.filter((d) => {
    const check = CHECK_OF_CODE.get(d.code);
    return !check || d.severity === 'error' || (settingsOfFile(d.file)?.enabled.has(check) ?? true);
  });
}

/** Keys under `style_checks` that are not checks: a typo would otherwise leave a check on silently. */
export function unknownStyleChecks(department: Department, text: string): Diagnostic[] {
  const known = [...styleCheckNames, 'reading_age_limit'];
  const lines = text.split('\n');
  return Object.keys(department.style_checks ?? {})
    .filter((key) => !known.includes(key))
    .map((key) => {
      const near = closest(key, known);
      const line =
        lines.findIndex((l) =>
          new RegExp(`^\\s+["']?${key.replace(/[^\w-]/g, '')}["']?\\s*:`).test(l),
        ) + 1;
      return report(
        style.STYLE_CHECK_UNKNOWN,
        { file: department.file, line, column: line ? lines[line - 1]!.search(/\S/) + 1 : 0 },
        { key, near, known },
      );
    });
}
