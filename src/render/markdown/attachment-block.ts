import type { MarkdownIt, PluginWithParams, Token } from 'markdown-it';
import container from 'markdown-it-container';
import { humanSize } from '../../files/human-size.ts';
import type { PublishedFile } from '../../files/index.ts';
import {
  formatReference,
  REFERENCE_CHECKS,
  REFERENCE_FIELDS,
  type ReferenceField,
  referenceLabel,
} from '../../files/references.ts';
import { markdown } from '../../report/catalogue/index.ts';
import { PDF_PAGE_MIN_WORDS } from '../../report/catalogue/limits.ts';
import type { AttachmentProblem } from '../../report/catalogue/markdown.ts';
import { report } from '../../report/diagnostic.ts';
import { envOf, type MarkdownEnv } from './env.ts';
import { blockLine } from './lines.ts';
import { filePathFrom, resolveLink } from './links.ts';
import { componentTemplates } from './templates.ts';

interface Attachment {
  file: PublishedFile;
  title: string;
  references: string[];
}

/**
 * `:::attachment report.pdf` with the document's title (and optional references) inside,
 * `title: ...`, `isbn: ...`, `command_paper: ...`, `hc_number: ...`, `unique_reference: ...`
 * one a line. Renders GOV.UK's attachment pattern (layouts/components/attachment.njk).
 */
export function attachmentBlock(md: MarkdownIt) {
  const containerPlugin = container as unknown as PluginWithParams;
  md.use(containerPlugin, 'attachment', {
    validate: (params: string) => params.trim().split(/\s+/, 1)[0] === 'attachment',
    render: (tokens: Token[], idx: number, _options: unknown, env: unknown) => {
      const token = tokens[idx]!;
      if (token.nesting !== 1) return '';
      return renderAttachment(token.meta as Attachment | undefined, envOf({ env }));
    },
  });
  md.core.ruler.push('attachment_fields', (state) => {
    const env = envOf(state);
    for (let i = 0; i < state.tokens.length; i++) {
      const open = state.tokens[i]!;
      if (open.type !== 'container_attachment_open') continue;
      const close = state.tokens.findIndex(
        (t, j) => j > i && t.type === 'container_attachment_close',
      );
      const inner = state.tokens.splice(
        i + 1,
        (close === -1 ? state.tokens.length : close) - i - 1,
      );
      open.meta = readAttachment(open, inner, env);
    }
    warnOfPdfWithoutHtml(state.tokens, env);
    return true;
  });
}

/** GOV.UK publishes HTML first: a page that only offers a PDF leaves out whoever cannot open it. */
function warnOfPdfWithoutHtml(tokens: Token[], env: MarkdownEnv) {
  const pdf = tokens.find(
    (t) =>
      t.type === 'container_attachment_open' &&
      (t.meta as Attachment | undefined)?.file.format.abbr === 'PDF',
  );
  if (!pdf) return;
  const words = tokens
    .filter((t) => t.type === 'inline')
    .reduce((n, t) => n + t.content.split(/\s+/).filter(Boolean).length, 0);
  if (words >= PDF_PAGE_MIN_WORDS) return;
  env.diagnostics.push(
    report(
      markdown.ATTACHMENT_WITHOUT_HTML,
      { file: env.file, line: blockLine(pdf, env) },
      { words },
    ),
  );
}

function readAttachment(open: Token, inner: Token[], env: MarkdownEnv): Attachment | undefined {
  const line = blockLine(open, env);
  const invalid = (problem: AttachmentProblem) =>
    env.diagnostics.push(report(markdown.ATTACHMENT_INVALID, { file: env.file, line }, problem));
  const target = open.info.trim().slice('attachment'.length).trim();
  const lines = inner
    .filter((t) => t.type === 'inline')
    .flatMap((t) => t.content.split('\n'))
    .map((l) => l.trim())
    .filter(Boolean);
  const fields = new Map<string, string>();
  for (const text of lines) {
    const field = /^([a-z_]+):\s*(.*)$/.exec(text);
    if (field && (field[1] === 'title' || REFERENCE_FIELDS.includes(field[1] as ReferenceField)))
      fields.set(field[1]!, field[2]!);
    else if (!fields.has('title')) fields.set('title', text);
    else invalid({ problem: 'unknown-line', text, fields: REFERENCE_FIELDS });
  }
  if (!target) {
    invalid({ problem: 'no-file' });
    return undefined;
  }
  const title = fields.get('title');
  if (!title) invalid({ problem: 'no-title', target });
  const references: string[] = [];
  for (const field of REFERENCE_FIELDS) {
    const value = fields.get(field);
    if (value === undefined) continue;
    const problem = REFERENCE_CHECKS[field](value);
    if (problem)
      invalid({
        problem: 'bad-reference',
        field,
        value,
        why: problem,
        label: referenceLabel(field),
      });
    else references.push(formatReference(field, value));
  }
  if (!resolveLink(target, env, line) || !env.links) return undefined;
  const path = filePathFrom(env.file, target);
  const file = env.links.fileAt(path);
  // A file name that is missing or refused has its error already; anything else is not a file.
  const fileName = !/^([a-z][a-z0-9+.-]*:|\/|#)/i.test(target) && /\.[a-z0-9]{1,5}$/i.test(target);
  if (!file && !fileName) {
    invalid({ problem: 'not-a-document', target });
    return undefined;
  }
  if (file && file.kind !== 'attachment') {
    invalid({ problem: 'image', file: file.file });
    return undefined;
  }
  return file && title ? { file, title, references } : undefined;
}

function renderAttachment(attachment: Attachment | undefined, env: MarkdownEnv): string {
  if (!attachment) return '';
  const { file } = attachment;
  return componentTemplates().renderString(
    '{% from "components/attachment.njk" import appAttachment %}{{ appAttachment(a) }}',
    {
      a: {
        title: attachment.title,
        url: file.url,
        format: file.format,
        size: humanSize(file.bytes),
        pages: file.pages,
        references: attachment.references,
        accessibleFormatEmail: env.accessibleFormatEmail,
      },
    },
  );
}
