import type { LinkTargets } from './env.ts';

/** One question a page's Markdown asked of the site's link targets, and the answer, as JSON. */
export type LinkQuery = [question: keyof LinkTargets, about: string, answer: string];

const answerOf = (value: unknown): string => JSON.stringify(value) ?? 'undefined';

/**
 * The link targets, answering as they do, with every question and answer written down in
 * `asked`. A page's rendered links depend on nothing else of the other pages and files: an
 * incremental build renders a page again only when one of its answers has changed.
 */
export function recordingTargets(targets: LinkTargets, asked: LinkQuery[]): LinkTargets {
  const record =
    <K extends keyof LinkTargets>(question: K) =>
    (about: string) => {
      const answer = targets[question](about) as ReturnType<LinkTargets[K]>;
      asked.push([question, about, answerOf(answer)]);
      return answer;
    };
  return {
    urlOfFile: record('urlOfFile'),
    isPublished: record('isPublished'),
    fileAt: record('fileAt'),
    isRefusedFile: record('isRefusedFile'),
    nearestFile: record('nearestFile'),
  };
}

/** Whether the link targets give every answer a page was given when it rendered. */
export function sameAnswers(asked: readonly LinkQuery[], targets: LinkTargets): boolean {
  return asked.every(([question, about, answer]) => answerOf(targets[question](about)) === answer);
}
