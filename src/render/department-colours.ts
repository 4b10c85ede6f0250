import type { Department } from '../content/index.ts';

/** The class that carries a department's brand colour; layouts put it on the department's name. */
export function departmentClass(slug: string): string {
  return `app-department--${slug}`;
}

/**
 * One rule per department with a `colour`, compiled into the stylesheet. The colour cannot be an
 * inline style: the Content-Security-Policy forbids them. Slugs and colours are validated by the
 * content schema (`a-z0-9-` and `#rrggbb`), so they are safe to write into CSS as they are.
 */
export function departmentColourRules(departments: Iterable<Department>): string {
  const rules: string[] = [];
  for (const d of departments) {
    if (d.colour) rules.push(`.${departmentClass(d.slug)}{border-color:${d.colour.toLowerCase()}}`);
  }
  return rules.join('\n');
}
