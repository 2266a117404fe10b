import type { Locator } from '@playwright/test';
import { DEMO, expect, signIn, test } from './fixtures.js';

// Issue 5: a manager imports Amazon's weekly per-DA file, sees the station's week ranked with the
// unknown Transporter ID kept and listed to link, opens a DA's 12 weeks; the DA reads their own week.

const UNKNOWN = 'AE2EUNKNOWN01';

/** Picks DXC1 in a station list, whatever its name says beside the code. */
async function pickDxc1(select: Locator): Promise<void> {
  await select.selectOption(
    (await select.locator('option', { hasText: 'DXC1' }).getAttribute('value')) ?? '',
  );
}

/** The DSP Overview Dashboard as Amazon exports it: BOM, CRLF, the trailing-space header. */
function dashboard(transporterId: string): Buffer {
  const header =
    'Week,Delivery Associate ,Transporter ID,Overall Standing,Overall Score,DCR,DCR Tier,POD,POD Tier,CDF DPMO,CED,Packages Delivered';
  const rows = [
    `2026-W48,Driver One,${transporterId},Fantastic,92.1,99.6%,Fantastic,0.991,Fantastic,"1,250",0,"1,204"`,
    `2026-W48,Nobody Yet,${UNKNOWN},Fair,70.2,97.1%,Fair,96%,Great,-,0,980`,
  ];
  return Buffer.from(`\uFEFF${[header, ...rows].join('\r\n')}\r\n`);
}

test('a week of Amazon’s figures: imported, ranked, unknown IDs listed, and read by the DA on a phone', async ({
  browser,
}) => {
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await phoneContext.newPage();
  await signIn(phone, DEMO.driver);
  const mine = await (await phone.request.get('/api/v1/me/driver')).json();
  const transporterId: string = mine.driver.transporterId;
  const name = `${mine.driver.firstName} ${mine.driver.lastName}`;

  const deskContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await deskContext.newPage();
  await signIn(page, DEMO.manager);
  await page.goto('/imports?kind=da-weekly');
  await expect(page.getByLabel('What is in the file')).toHaveValue('da-weekly');
  const form = page.getByRole('region', { name: 'New import' });
  await pickDxc1(form.getByLabel('Station'));
  await page.getByLabel('File (CSV or Excel .xlsx)').setInputFiles({
    name: 'DSP_Overview_Dashboard_DEMO_DXC1_2026-W48.csv',
    mimeType: 'text/csv',
    buffer: dashboard(transporterId),
  });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('import-preview').getByText('The file is good')).toBeVisible();
  await page.getByRole('button', { name: /^Commit 2 rows/ }).click();
  await expect(page.getByText('Import committed.')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Performance' }).click();
  await expect(page.getByRole('heading', { name: 'Performance', level: 1 })).toBeVisible();
  await pickDxc1(page.locator('.filters').getByLabel('Station'));
  const week = page.getByTestId('performance-week');
  // A linked DA goes by their profile's name, not the file's.
  await expect(week.getByRole('row').nth(1)).toContainText(name);
  await expect(week.getByRole('row').nth(1)).toContainText('99.6%');
  await expect(week.getByRole('row').filter({ hasText: UNKNOWN })).toContainText('Not linked');

  await week
    .getByRole('row')
    .nth(1)
    .getByRole('button', { name: /12 weeks/ })
    .click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: /12 weeks to 2026-W48/ })).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('tab', { name: 'Transporter IDs to link' }).click();
  await expect(page.getByTestId('unknown-transporters')).toContainText(UNKNOWN);
  await page.getByRole('tab', { name: 'Scorecard' }).click();
  await expect(page.getByText('Amazon’s own score is on its weekly scorecard PDF')).toBeVisible();

  await phone.goto('/me');
  await phone.getByRole('link', { name: /My performance|Mi desempeño/ }).click();
  const card = phone.getByTestId('my-performance');
  await expect(card).toBeVisible();
  await expect(phone.locator('.my-metrics')).toContainText('99.6%');
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
