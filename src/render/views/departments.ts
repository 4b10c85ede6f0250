import type { SiteModel } from '../../content/index.ts';
import { departmentClass } from '../department-colours.ts';
import type { LinkView } from '../page-view.ts';
import { groupByType, pagesOf } from './listing.ts';

export interface DepartmentLink extends LinkView {
  acronym?: string;
  description?: string;
}

/** Departments grouped under the first letter of their name, A to Z, as GOV.UK lists organisations. */
export function departmentsAtoZ(
  model: SiteModel,
): { letter: string; departments: DepartmentLink[] }[] {
  const sorted = [...model.departments.values()].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  const letters = new Map<string, DepartmentLink[]>();
  for (const d of sorted) {
    const letter = d.name.charAt(0).toUpperCase();
    letters.set(letter, [
      ...(letters.get(letter) ?? []),
      {
        text: d.name,
        href: `/departments/${d.slug}/`,
        acronym: d.acronym,
        description: d.description,
      },
    ]);
  }
  return [...letters].map(([letter, departments]) => ({ letter, departments }));
}

/** A department's own page: who it is, and what it publishes grouped by type, news first. */
export function departmentView(model: SiteModel, slug: string) {
  const department = model.departments.get(slug);
  if (!department) throw new Error(`No department "${slug}" in the site model.`);
  const groups = groupByType(pagesOf(model.pages, slug));
  return {
    title: department.name,
    acronym: department.acronym,
    description:
      department.description ?? `What ${department.name} publishes on ${model.config.name}.`,
    colourClass: departmentClass(slug),
    groups,
    feed: groups.some((g) => g.type === 'news') ? `/departments/${slug}/news.xml` : undefined,
    breadcrumbs: [
      { text: 'Home', href: '/' },
      { text: 'Departments', href: '/departments/' },
    ] satisfies LinkView[],
  };
}
