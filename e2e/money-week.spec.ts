import type { Page } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures.js';

// Issue 16 item 13, the owner's journeys through the demo's money (src/demo/money-plan.ts): the weeks
// count back from this week's Sunday; the demo's twelve are the twelve before it.
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const TODAY = new Date().toISOString().slice(0, 10);
const THIS_WEEK = plusDays(TODAY, -new Date(`${TODAY}T00:00:00Z`).getUTCDay());
/** The demo's week 9 of 0–11: DXC1's dropped route (disputed), paid and deposited by now. */
const DROPPED_WEEK = plusDays(THIS_WEEK, -21);
/** Last week, the demo's newest. */
const LAST_WEEK = plusDays(THIS_WEEK, -7);

const station = async (page: Page, label: string) => {
  // The page's own station field, not the shell's switcher.
  await page.getByRole('main').getByLabel('Station', { exact: true }).selectOption({ label });
};

test('the owner reads a demo week, records vs WST vs invoiced vs deposited, and follows a difference to its discrepancy', async ({
  page,
}) => {
  await signIn(page, DEMO.owner);
  await page.goto(`/money-week?week=${DROPPED_WEEK}`);
  await station(page, 'DXC1 · Riverside Delivery Station');
  const table = page.getByTestId('money-week');
  await expect(table.getByRole('columnheader')).toHaveText([
    'Line',
    'Expected (our records)',
    'WST',
    'Invoiced',
    'Deposited',
    'Discrepancies',
  ]);
  const total = table.getByRole('row').filter({ hasText: 'Total Due' });
  await expect(total.getByRole('cell').nth(3)).toHaveText(/^\$[\d,]+\.\d\d$/); // deposited
  // The dropped route: a route line of the week whose difference links to its discrepancy below.
  const line = table
    .getByRole('row')
    .filter({ hasText: /Block of \d+ Hours/ })
    .filter({ has: page.getByRole('link') })
    .first();
  const link = line.getByRole('link').first();
  await expect(link).toHaveText(/^\$[\d,]+\.\d\d$/);
  const target = (await link.getAttribute('href')) ?? '';
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  const entry = page.locator(target);
  await expect(entry).toBeInViewport();
  await expect(entry).toContainText(/routes? in WST/);
  await expect(entry).toContainText('(disputed)');
});

test('the Fleet bills page shows the returned van still billed', async ({ page }) => {
  await signIn(page, DEMO.owner);
  // The demo's lessor bills DXT1's van returned during its 4-week period to the period's end.
  await page.goto('/money/fleet');
  await station(page, 'DXT1 · Fort Worth Delivery Station');
  const returned = page.getByRole('row').filter({ hasText: 'Billed after return' });
  await expect(returned.first()).toBeVisible();
  await expect(returned.first()).toContainText(/returned/i);
  await expect(returned.first()).toContainText(/\$[\d,]+\.\d\d/);
});

test('the Rate card page adds a line from a day, and the week is checked again at it', async ({ page }) => {
  const RIVIAN = 'Standard Parcel Electric - Rivian MEDIUM';
  const from = plusDays(LAST_WEEK, 3); // last week's Wednesday
  await signIn(page, DEMO.owner);
  await page.goto('/money/rates');
  await station(page, 'DXC1 · Riverside Delivery Station');
  await page.getByRole('button', { name: 'Add a rate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a rate' });
  await dialog.getByLabel('Item').selectOption({ label: 'Route block' });
  await dialog.getByLabel('Service type').fill(RIVIAN);
  await dialog.getByLabel('Block hours').fill('10');
  await dialog.getByLabel('Effective from').fill(from);
  await dialog.getByLabel('Rate ($)').fill('400.00');
  await dialog.getByRole('button', { name: 'Add rate' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: '$400.00' }).first()).toBeVisible();

  // The invoice's Rivian 10-hour lines from that Wednesday on were paid at the old rate: wrong rate now.
  await page.goto('/money');
  await station(page, 'DXC1');
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Wrong rate' });
  const wrong = page.getByRole('row').filter({ hasText: `${RIVIAN} - Block of 10 Hours` });
  await expect(wrong.first()).toContainText('the rate card says $400.00 from that day');
  await expect(wrong.first()).toContainText('DXC1');
});
