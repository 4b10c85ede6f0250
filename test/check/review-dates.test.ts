import { describe, expect, it } from 'vitest';
import { pagesApi } from '../../src/check/pages-api.ts';
import { checkReviewDates, overduePagesByDepartment } from '../../src/check/review-dates.ts';
import { loadSite } from '../../src/content/index.ts';
import { checkSite, read, write } from './helpers.ts';

function siteWithReviewDates() {
  const root = checkSite('published', 'style');
  const page = 'content/tax-office/vat/register.md';
  write(
    root,
    page,
    read(root, page).replace(
      'published: 2024-01-15\n',
      'published: 2024-01-15\nreview_by: 2024-12-31\n',
    ),
  );
  const rates = 'content/tax-office/vat/rates.md';
  write(
    root,
    rates,
    read(root, rates).replace(
      'published: 2024-01-10\n',
      'published: 2024-01-10\nreview_by: 2025-01-01\n',
    ),
  );
  return loadSite(root, { drafts: false }).model;
}

describe('review dates', () => {
  const model = siteWithReviewDates();

  it('warns on the review_by line of a page whose date has passed, not on the day itself', () => {
    expect(
      checkReviewDates(model.pages, '2025-01-01').map(({ code, file, line, message }) => ({
        code,
        file,
        line,
        message,
      })),
    ).toEqual([
      {
        code: 'REVIEW_OVERDUE',
        file: 'content/tax-office/vat/register.md',
        line: 5,
        message: 'The page was due for review on 2024-12-31, 1 day ago.',
      },
      {
        code: 'REVIEW_OVERDUE',
        file: 'content/tax-office/vat/style.md',
        line: 5,
        message:
          'The page was due for review on 2024-06-01, 214 days ago; its owner is vat@example.gov.',
      },
    ]);
  });

  it('lists overdue pages per department, oldest first, for the department pages of npm start', () => {
    expect(Object.fromEntries(overduePagesByDepartment(model, '2025-01-02'))).toEqual({
      'tax-office': [
        {
          title: 'VAT GUIDANCE FOR BUSINESSES',
          url: '/vat/style/',
          file: 'content/tax-office/vat/style.md',
          review_by: '2024-06-01',
          owner: 'vat@example.gov',
        },
        {
          title: 'Register for VAT',
          url: '/vat/register/',
          file: 'content/tax-office/vat/register.md',
          review_by: '2024-12-31',
        },
        {
          title: 'VAT rates',
          url: '/vat/rates/',
          file: 'content/tax-office/vat/rates.md',
          review_by: '2025-01-01',
        },
      ],
    });
  });

  it('gives alerting tools every published page with its review date and owner', () => {
    expect(pagesApi(model).pages).toEqual([
      {
        title: 'Help using this site',
        url: '/help/',
        department: 'digital-service',
        review_by: null,
        owner: null,
        files: [],
      },
      {
        title:
          'A title that is much longer than sixty-five characters, which search engines cut short',
        url: '/help/long/',
        department: 'digital-service',
        review_by: null,
        owner: null,
        files: [],
      },
      {
        title: 'VAT rates',
        url: '/vat/rates/',
        department: 'tax-office',
        review_by: '2025-01-01',
        owner: null,
        files: [],
      },
      {
        title: 'Register for VAT',
        url: '/vat/register/',
        department: 'tax-office',
        review_by: '2024-12-31',
        owner: null,
        files: [],
      },
      {
        title: 'VAT GUIDANCE FOR BUSINESSES',
        url: '/vat/style/',
        department: 'tax-office',
        review_by: '2024-06-01',
        owner: 'vat@example.gov',
        files: [],
      },
    ]);
  });
});
