/**
 * Validates a built page with html-validate. The content of a `<template>` is inert markup that a
 * script clones and fills in, so it is checked on its own, without the rules about text a person
 * reads (its headings and links are empty until filled).
 */
import { type ConfigData, HtmlValidate } from 'html-validate';
import { htmlValidateConfig } from './html-validate-config.ts';

const TEMPLATE = /(<template\b[^>]*>)([\s\S]*?)(<\/template>)/g;
const FILLED_BY_SCRIPT = ['empty-heading', 'wcag/h30', 'text-content'];

export class HtmlValidator {
  private readonly page: HtmlValidate;
  private readonly template: HtmlValidate;

  constructor(config: ConfigData = htmlValidateConfig) {
    this.page = new HtmlValidate(config);
    this.template = new HtmlValidate({
      ...config,
      rules: { ...config.rules, ...Object.fromEntries(FILLED_BY_SCRIPT.map((r) => [r, 'off'])) },
    });
  }

  /** Problems as `file:line:column rule message`, none for a valid page. */
  async validate(html: string, file: string): Promise<string[]> {
    const templates: Array<{ html: string; line: number }> = [];
    const page = html.replace(
      TEMPLATE,
      (_match, open: string, content: string, close: string, offset: number) => {
        templates.push({ html: content, line: html.slice(0, offset).split('\n').length - 1 });
        return `${open}${content.replace(/[^\n]/g, '')}${close}`;
      },
    );
    const problems = await this.problems(this.page, page, file, 0);
    for (const t of templates)
      problems.push(...(await this.problems(this.template, t.html, file, t.line)));
    return problems;
  }

  private async problems(
    validator: HtmlValidate,
    html: string,
    file: string,
    lineOffset: number,
  ): Promise<string[]> {
    const report = await validator.validateString(html, file);
    return report.results.flatMap((r) =>
      r.messages.map((m) => `${file}:${m.line + lineOffset}:${m.column} ${m.ruleId} ${m.message}`),
    );
  }
}
