import type { Page, SiteModel } from '../content/index.ts';
import { check } from '../report/catalogue/index.ts';
import { type Diagnostic, report } from '../report/diagnostic.ts';

/** Today as YYYY-MM-DD in UTC; tests and `--today` pass their own. */
export const todayIso = (now = new Date()) => now.toISOString().slice(0, 10);

const isOverdue = (page: Page, today: string) =>
  !!page.data.review_by && page.data.review_by < today && !page.data.withdrawn;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/** Pages past their `review_by` date: a warning on that line. Withdrawn pages need no review. */
export function checkReviewDates(pages: readonly Page[], today: string): Diagnostic[] {
  return pages
    .filter((page) => isOverdue(page, today))
    .map((page) => {
      const due = page.data.review_by!;
      return report(
        check.REVIEW_OVERDUE,
        { file: page.file, line: page.lines.review_by, column: 1 },
        { due, days: daysBetween(due, today), owner: page.data.owner },
      );
    });
}

export interface OverduePage {
  title: string;
  url: string;
  file: string;
  review_by: string;
  owner?: string;
}

/**
 * Overdue pages of each department (by folder), oldest review date first: for the department
 * pages of `npm start`, which only editors see. Departments with none are left out.
 */
export function overduePagesByDepartment(
  model: SiteModel,
  today: string,
): Map<string, OverduePage[]> {
  const byDepartment = new Map<string, OverduePage[]>();
  const overdue = model.pages
    .filter((p) => isOverdue(p, today))
    .sort(
      (a, b) => a.data.review_by!.localeCompare(b.data.review_by!) || a.url.localeCompare(b.url),
    );
  for (const page of overdue) {
    const entry: OverduePage = {
      title: page.data.title,
      url: page.url,
      file: page.file,
      review_by: page.data.review_by!,
      ...(page.data.owner ? { owner: page.data.owner } : {}),
    };
    byDepartment.set(page.department, [...(byDepartment.get(page.department) ?? []), entry]);
  }
  return byDepartment;
}
