import type { Page } from '@playwright/test';
import { DEMO, expect, signIn, test, uniqueSuffix } from './fixtures.js';

/** A date `days` from today, as a date input takes it (YYYY-MM-DD). */
function dateIn(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

async function openDas(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'DAs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'DAs' })).toBeVisible();
}

test.describe('a manager', () => {
  // Adding a DA whose Transporter ID is taken, and activating a new hire with the checklist open, are
  // answered 409, which the browser logs.
  test.use({ allowConsole: [/status of 409 .*\/api\/v1\/drivers(\/[^/]+\/status)?$/] });

  test('adds a DA, makes them active, and sees them cleared to drive', async ({ page }) => {
    const suffix = uniqueSuffix();
    const lastName = `Okafor${suffix}`;
    const transporterId = `a1234567${suffix}`;
    await signIn(page, DEMO.manager);
    await openDas(page);

    await page.getByRole('button', { name: 'Add DA' }).click();
    const add = page.getByRole('dialog', { name: 'Add a DA' });
    await add.getByLabel('First name').fill('Rosa');
    await add.getByLabel('Last name').fill(lastName);
    await add.getByLabel('Transporter ID').fill(transporterId);
    await add.getByLabel('Mobile phone').fill('951.555.0142');
    await add.getByLabel('Email').fill(`rosa.${suffix}@example.test`);
    await add.getByLabel('Language').selectOption({ label: 'Español' });
    await add.getByLabel('Agreed to text messages (SMS)').check();
    await add.getByLabel('Home station').selectOption({ label: 'DXC1 · Riverside Delivery Station' });
    await expect(add.getByLabel('Starting status')).toHaveValue('applicant');
    await add.getByLabel('Hourly rate ($)').fill('21.50');
    await add.getByLabel('Hire date').fill(dateIn(0));
    const vans = add.getByRole('group', { name: 'Van types they may drive' });
    await vans.getByLabel('EDV').check();
    await vans.getByLabel('CDV').check();
    await add.getByLabel('Driver’s license number').fill(`D${suffix}`);
    await add.getByLabel('License state').selectOption('CA');
    await add.getByLabel('License expiry').fill(dateIn(400));
    await add.getByRole('button', { name: 'Add DA' }).click();
    await expect(add).toBeHidden();
    await expect(page.getByText(`Rosa ${lastName} added as applicant.`)).toBeVisible();

    // The same Transporter ID again is refused, next to the field, naming who has it.
    await page.getByRole('button', { name: 'Add DA' }).click();
    await add.getByLabel('First name').fill('Other');
    await add.getByLabel('Last name').fill(`Person${suffix}`);
    await add.getByLabel('Transporter ID').fill(transporterId);
    await add.getByLabel('Home station').selectOption({ label: 'DXC1 · Riverside Delivery Station' });
    await add.getByRole('button', { name: 'Add DA' }).click();
    await expect(add.getByLabel('Transporter ID')).toHaveAttribute('aria-invalid', 'true');
    await expect(add.getByText(`already belongs to Rosa ${lastName}`).last()).toBeVisible();
    await add.getByRole('button', { name: 'Cancel' }).click();
    await expect(add).toBeHidden();

    // Found by search: an applicant is not cleared, and the list says why.
    await page.getByLabel('Search').fill(lastName);
    const table = page.getByTestId('drivers-table');
    const row = table.getByRole('row').filter({ hasText: lastName });
    await expect(table.getByRole('row')).toHaveCount(2);
    await expect(row).toContainText(transporterId.toUpperCase());
    await expect(row).toContainText('DXC1');
    await expect(row).toContainText('(951) 555-0142');
    await expect(row.getByRole('cell', { name: /^No/ })).toContainText('Status is applicant, not active.');

    await row.getByRole('link', { name: `${lastName}, Rosa` }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Rosa ${lastName}` })).toBeVisible();
    const clearance = page.getByRole('region', { name: 'Cleared to drive today' });
    await expect(clearance.getByText('Not cleared', { exact: true })).toBeVisible();
    await expect(clearance).toContainText('Status is applicant, not active.');
    const work = page.getByRole('region', { name: 'Work and license' });
    await expect(work).toContainText('$21.50 an hour');
    await expect(work).toContainText('EDV, CDV');
    await expect(page.getByRole('region', { name: 'Identity and contact' })).toContainText('Español');

    await page.getByRole('button', { name: 'Change status' }).click();
    const change = page.getByRole('dialog', { name: /^Change status of/ });
    await change.getByLabel('New status').selectOption('active');
    await change.getByRole('button', { name: 'Change status' }).click();
    // A new hire with the checklist open is refused, naming the open steps…
    await expect(change).toContainText('Steps still open: Application');
    // …unless the manager confirms the checks are on file and says which.
    await change.getByLabel(/Their checks are on file/).check();
    await expect(change.getByRole('button', { name: 'Change status' })).toBeDisabled();
    await change.getByLabel('Reason').fill('Rehire: checks from 2025 on file');
    await change.getByRole('button', { name: 'Change status' }).click();
    await expect(change).toBeHidden();
    await expect(clearance.getByText('Cleared', { exact: true })).toBeVisible();
    await expect(clearance).toContainText('May be given work in: EDV, CDV.');
    const history = page.getByRole('table', { name: 'Status history' });
    await expect(history.getByRole('row')).toHaveCount(3);
    await expect(history.getByRole('row').nth(1)).toContainText('Active');

    // Editing sends what changed; the rate is typed in dollars.
    await page.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: `Edit Rosa ${lastName}` });
    await expect(edit.getByLabel('Mobile phone')).toHaveValue('(951) 555-0142');
    await edit.getByLabel('Hourly rate ($)').fill('22');
    await edit.getByRole('button', { name: 'Save' }).click();
    await expect(edit).toBeHidden();
    await expect(work).toContainText('$22.00 an hour');

    // Back to the same search, where the DA is now cleared.
    await page.getByRole('link', { name: 'All DAs' }).click();
    await expect(page.getByLabel('Search')).toHaveValue(lastName);
    await expect(row.getByRole('cell', { name: 'Yes', exact: true })).toBeVisible();
    await expect(row).toContainText('Active');

    // The "cleared today" filter agrees.
    await page.getByLabel('Cleared today').selectOption('false');
    await expect(page.getByText('No DAs match these filters.')).toBeVisible();
    await page.getByLabel('Cleared today').selectOption('true');
    await expect(row).toHaveCount(1);
  });
});

test('a dispatcher sees their station’s DAs but cannot add or change them', async ({ page }) => {
  await signIn(page, DEMO.dispatcher);
  await openDas(page);
  await expect(page.getByRole('button', { name: 'Add DA' })).toHaveCount(0);
  const rows = page.getByTestId('drivers-table').locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  // Station-scoped to DXC1: nobody from another station.
  const stations = await rows.locator('td:nth-child(2)').allTextContents();
  expect(new Set(stations)).toEqual(new Set(['DXC1']));

  await rows.first().getByRole('link').first().click();
  await expect(page.getByRole('region', { name: 'Cleared to drive today' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Status history' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Change status' })).toHaveCount(0);
});

test.describe('at 390 px wide', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the DA list and a profile fit the phone', async ({ page }) => {
    await signIn(page, DEMO.manager);
    await page.goto('/drivers?status=active');
    const first = page.getByTestId('drivers-table').locator('tbody tr').first();
    await expect(first).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await first.getByRole('link').first().click();
    await expect(page.getByRole('region', { name: 'Cleared to drive today' })).toBeVisible();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Edit' }).click();
    await expect(page.getByRole('dialog', { name: /^Edit/ }).getByLabel('First name')).toBeFocused();
    expect(await overflow()).toBeLessThanOrEqual(0);
  });
});
