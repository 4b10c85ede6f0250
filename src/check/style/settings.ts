import { closest } from '../../content/closest.ts';
import type { Department, SiteModel } from '../../content/index.ts';
import { styleCheckNames } from '../../content/schema.ts';
import { type Diagnostic, warning } from '../../report/diagnostic.ts';

export type StyleCheck = (typeof styleCheckNames)[number];

export interface StyleSettings {
  enabled: ReadonlySet<StyleCheck>;
  /** Pages above this reading age get a warning. */
  readingAgeLimit: number;
}

export const DEFAULT_READING_AGE_LIMIT = 14;

/** The check each style warning belongs to, so a department can turn it off. */
export const CHECK_OF_CODE: Record<string, StyleCheck> = {
  TITLE_TOO_LONG: 'title_length',
  DESCRIPTION_TOO_LONG: 'description_length',
  HEADING_SKIPS_LEVEL: 'heading_levels',
  HEADING_H1_IN_BODY: 'heading_levels',
  LINK_TEXT_VAGUE: 'link_text',
  WORD_TO_AVOID: 'words_to_avoid',
  ALL_CAPS: 'all_caps',
  SENTENCE_TOO_LONG: 'long_sentences',
  READING_AGE_HIGH: 'reading_age',
};

export function styleSettingsFor(department: Department | undefined): StyleSettings {
  const config = department?.style_checks ?? {};
  return {
    enabled: new Set(styleCheckNames.filter((name) => config[name] !== false)),
    readingAgeLimit: config.reading_age_limit ?? DEFAULT_READING_AGE_LIMIT,
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
    const check = CHECK_OF_CODE[d.code];
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
      return warning(
        'STYLE_CHECK_UNKNOWN',
        { file: department.file, line, column: line ? lines[line - 1]!.search(/\S/) + 1 : 0 },
        `"${key}" under style_checks is not a style check, so it changes nothing.`,
        near ? `Rename it to "${near}".` : `Use one of: ${known.join(', ')}.`,
      );
    });
}
