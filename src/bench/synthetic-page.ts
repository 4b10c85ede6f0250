import type { Random } from './random.ts';

const WORDS = (
  'apply pay tax form licence vehicle business register online service office department benefit ' +
  'claim report change address rate threshold payment support local council guidance rules deadline account ' +
  'check renew record school health water energy grant scheme housing travel permit fishing flood'
).split(' ');

const sentence = (r: Random) => {
  const words = Array.from({ length: r.int(6, 20) }, () => r.pick(WORDS));
  return `${words.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
};
const paragraph = (r: Random) => Array.from({ length: r.int(2, 5) }, () => sentence(r)).join(' ');

export interface SyntheticPage {
  department: string;
  path: string;
  url: string;
}

/**
 * A realistic page body: sections with paragraphs, lists, a table, a block, and links to other
 * pages both as Markdown files and as site paths.
 */
export function syntheticBody(
  r: Random,
  self: SyntheticPage,
  others: readonly SyntheticPage[],
): string {
  const parts: string[] = [paragraph(r)];
  const sections = r.int(1, 6);
  for (let s = 1; s <= sections; s++) {
    parts.push(`## Section ${s} ${r.pick(WORDS)}`, paragraph(r));
    const kind = r.int(0, 5);
    if (kind === 0)
      parts.push(Array.from({ length: r.int(2, 6) }, () => `- ${sentence(r)}`).join('\n'));
    if (kind === 1)
      parts.push(
        '| Item | Amount |\n|---|--:|\n' +
          Array.from({ length: r.int(2, 6) }, (_, i) => `| ${r.pick(WORDS)} | ${i * 10} |`).join(
            '\n',
          ),
      );
    if (kind === 2) parts.push(`:::warning\n${sentence(r)}\n:::`);
    if (kind === 3) parts.push(`:::details About ${r.pick(WORDS)}\n${paragraph(r)}\n:::`);
    if (kind === 4) parts.push(`:::inset\n${sentence(r)}\n:::`);
    const other = r.pick(others);
    if (other !== self) {
      const relative =
        other.department === self.department
          ? `${'../'.repeat(self.path.split('/').length - 1)}${other.path}`
          : `${'../'.repeat(self.path.split('/').length)}${other.department}/${other.path}`;
      parts.push(
        r.next() < 0.5
          ? `See [${r.pick(WORDS)} guidance](${relative}).`
          : `See [${r.pick(WORDS)} guidance](${other.url}).`,
      );
    }
  }
  return `${parts.join('\n\n')}\n`;
}
