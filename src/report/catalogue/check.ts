import { area, rule } from './rule.ts';

/** What only `npm run check` looks at: placeholders, review dates, code owners and its own arguments. */
export const check = area('check', {
  PLACEHOLDER_LEFT: rule({
    title: 'The page still has a TODO placeholder',
    severity: 'error',
    message: ({ snippet }: { snippet: string }) =>
      `The page still has a TODO placeholder: ${snippet}`,
    fix: 'Replace the TODO with the real text before the page is published.',
    example: { snippet: 'TODO: say who can apply' },
  }),
  REVIEW_OVERDUE: rule({
    title: 'The page is past its review date',
    severity: 'warning',
    message: ({ due, days, owner }: { due: string; days: number; owner?: string }) =>
      `The page was due for review on ${due}, ${days} day${days === 1 ? '' : 's'} ago${owner ? `; its owner is ${owner}` : ''}.`,
    fix: 'Check the page is still right, then set "review_by:" to the date of its next review.',
    example: { due: '2024-01-31', days: 45, owner: 'vat-team@tax-office.gov.uk' },
  }),
  CODEOWNERS_OUT_OF_DATE: rule({
    title: 'CODEOWNERS does not match the departments',
    severity: 'warning',
    message: "CODEOWNERS does not match the owners in the departments' _department.yml files.",
    fix: 'Run "npm run owners" and commit the file it writes.',
    example: {},
  }),
  CHECK_PATH_NOT_FOUND: rule({
    title: 'npm run check was given a path that does not exist',
    severity: 'error',
    message: ({ path }: { path: string }) => `There is no content or migrations file at ${path}.`,
    fix: 'Give a path inside content/ or migrations-map/, relative to the project folder.',
    example: { path: 'content/tax-office/vat/registr.md' },
  }),
});
