// Editor support for content designers (VS Code extension unifiedjs.vscode-remark): checks each
// page's front matter against schemas/front-matter.schema.json as you type. The schema is
// generated from src/content/schema.ts by `npm run schemas`; `npm run check` remains the
// authority. Needs the dev dependencies remark-frontmatter and remark-lint-frontmatter-schema.
import remarkFrontmatter from 'remark-frontmatter';
import remarkLintFrontmatterSchema from 'remark-lint-frontmatter-schema';

export default {
  plugins: [
    remarkFrontmatter,
    [
      remarkLintFrontmatterSchema,
      { schemas: { './schemas/front-matter.schema.json': ['./content/**/*.md'] } },
    ],
  ],
};
