import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Command } from './command.ts';

/**
 * Two baselines on Eleventy, run as a team runs them: Eleventy's own command line, on plain
 * Node, in a project folder of their own with a configuration file. Bare Eleventy renders the
 * Markdown into a one-line page and does nothing else: no validation, no design system, no later
 * stages. The x-govuk plugin is the GOV.UK-styled site a team would otherwise set up: its
 * layouts, its Markdown extensions, its stylesheet and script compiled on every build. Both read
 * the Markdown alone: no Liquid or Nunjucks is run over it (`markdownTemplateEngine: false`), as
 * ours runs none.
 */
export type EleventyFlavour = 'bare' | 'x-govuk';

/** Writes the project for `flavour` into `work` and returns the command that builds it. */
export function eleventyBaseline(
  productRoot: string,
  work: string,
  flavour: EleventyFlavour,
  input: string,
  output: string,
): Command {
  const dir = path.join(work, `eleventy-${flavour}`);
  fs.mkdirSync(dir, { recursive: true });
  const config = path.join(dir, 'eleventy.config.mjs');
  // Input and output are set in the configuration, not on the command line: the x-govuk plugin
  // writes its stylesheet into the output folder the configuration names.
  const dirs = `dir: { input: ${JSON.stringify(input)}, output: ${JSON.stringify(output)}`;
  if (flavour === 'bare') {
    fs.mkdirSync(path.join(dir, 'includes'), { recursive: true });
    // `<html lang>` and `<body>` are there for the Pagefind CLI, which skips pages without them.
    fs.writeFileSync(
      path.join(dir, 'includes/bare.njk'),
      '<!doctype html><html lang="en"><title>{{ title }}</title><body>{{ content | safe }}</body></html>\n',
    );
    const includes = JSON.stringify(path.relative(input, path.join(dir, 'includes')));
    fs.writeFileSync(
      config,
      `export default function (config) {\n  config.addGlobalData('layout', 'bare.njk');\n  return { markdownTemplateEngine: false, ${dirs}, includes: ${includes} } };\n}\n`,
    );
  } else {
    linkModules(productRoot, dir);
    const plugin = pathToFileURL(
      path.join(dir, 'node_modules/@x-govuk/govuk-eleventy-plugin/src/index.js'),
    );
    // The plugin files every page under its home page's title ('Home' by default), so a real
    // page titled "Home" (the 18F site's own) would be its own parent and recurse for ever.
    fs.writeFileSync(
      config,
      `import { govukEleventyPlugin } from ${JSON.stringify(plugin.href)};\nexport default function (config) {\n  config.addPlugin(govukEleventyPlugin, { homeKey: '(bench home)' });\n  config.addGlobalData('layout', 'page');\n  return { markdownTemplateEngine: false, ${dirs} } };\n}\n`,
    );
  }
  return {
    command: process.execPath,
    args: [
      path.join(productRoot, 'node_modules/@11ty/eleventy/cmd.cjs'),
      `--config=${config}`,
      '--quiet',
    ],
    cwd: dir,
  };
}

/**
 * The plugin finds its templates, its Sass and govuk-frontend's fonts and images in
 * ./node_modules, so the project gets this product's packages, linked: the same govuk-frontend 6
 * that a team's own project would have at the top.
 */
function linkModules(productRoot: string, dir: string) {
  const modules = path.join(dir, 'node_modules');
  if (fs.existsSync(modules)) return;
  fs.mkdirSync(modules);
  for (const name of fs.readdirSync(path.join(productRoot, 'node_modules')))
    fs.symlinkSync(path.join(productRoot, 'node_modules', name), path.join(modules, name));
}
