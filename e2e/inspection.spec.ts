import type { Browser } from '@playwright/test';
import { DA, DEMO, expect, signIn, signInDa, test } from './fixtures.js';

/** A real 16×12 JPEG: what the phone's camera hands the page. */
const JPEG = Buffer.from(
  '/9j/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCAAMABADASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAP/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFAEBAAAAAAAAAAAAAAAAAAAABf/EABQRAQAAAAAAAAAAAAAAAAAAAAD/2gAMAwEAAhEDEQA/AKABiz//2Q==',
  'base64',
);
const photo = (name: string) => ({ name, mimeType: 'image/jpeg', buffer: JPEG });

/** An active van of the DA's station to inspect, as the manager's fleet list has it. */
async function activeVanAt(browser: Browser, stationId: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.manager);
  const vans = await (
    await page.request.get(`/api/v1/vans?stationId=${stationId}&status=active&limit=5`)
  ).json();
  await context.close();
  return vans.items[0] as { id: string; fleetNumber: string };
}

test.describe('a DA inspects a van on the phone', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    // The upload tried while the phone is offline fails in the console, as it should.
    allowConsole: [/ERR_INTERNET_DISCONNECTED/],
  });

  test('a pre-trip with photos and a failed brake check, sent after the signal drops, grounds the van', async ({
    page,
    context,
    browser,
  }) => {
    // The phone in English (the Spanish pages have their own spec).
    await signInDa(page, DA.inspecting, 'en');
    const me = await (await page.request.get('/api/v1/me/driver')).json();
    const van = await activeVanAt(browser, me.driver.homeStationId);
    await page.getByRole('link', { name: 'Inspect my van' }).click();
    // The phone starts on the DA's van on today's published route, if any; this test's van is another.
    const search = page.getByLabel('Search by van number');
    const another = page.getByRole('button', { name: 'Another van' });
    await expect(search.or(another)).toBeVisible();
    if (await another.isVisible()) await another.click();
    await search.fill(van.fleetNumber);
    await page.getByRole('button', { name: new RegExp(`^${van.fleetNumber}`) }).click();
    await page.getByRole('button', { name: 'Pre-trip' }).click();

    // The demo's day may already hold a pre-trip of this van: the phone warns, the DA goes on.
    const checks = page.locator('fieldset.check');
    const again = page.getByRole('button', { name: 'Start another pre-trip' });
    await expect(checks.first().or(again)).toBeVisible();
    if (await again.isVisible()) await again.click();
    // Step 1: every check passes but the brakes.
    await expect(checks.first()).toBeVisible();
    for (const check of await checks.all()) await check.getByText('Pass', { exact: true }).click();
    const brakes = page.getByRole('group', { name: 'Brakes' });
    await brakes.getByText('Fail', { exact: true }).click();
    await page.getByLabel('What is wrong with: Brakes?').fill('Pedal goes soft, grinding noise');
    await page.getByLabel('Add a photo: Brakes').setInputFiles(photo('brakes.jpg'));
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 2: the four sides and the odometer.
    for (const side of ['Front', 'Rear', 'Driver side', 'Passenger side', 'Odometer']) {
      await page.getByLabel(`${side} photo`).setInputFiles(photo(`${side}.jpg`));
    }
    await page.getByRole('button', { name: 'Next' }).click();

    // Step 3: readings.
    await page.getByLabel('Odometer (miles)').fill('250000');
    await page.getByLabel(/(Fuel|Charge) level \(%\)/).fill('70');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();

    // The signal drops just as the DA submits: nothing is lost.
    await context.setOffline(true);
    await page.getByRole('button', { name: 'Submit inspection' }).click();
    await expect(page.getByText(/Saved on this phone — will send when you.re back online\./)).toBeVisible();
    await context.setOffline(false);

    // The manager sees the van grounded by the inspection.
    const staff = await browser.newContext();
    const manager = await staff.newPage();
    await signIn(manager, DEMO.manager);
    // Back online, the phone sends what it kept (photos first, then the answers).
    await expect
      .poll(async () => (await (await manager.request.get(`/api/v1/vans/${van.id}`)).json()).status, {
        timeout: 20_000,
      })
      .toBe('grounded');
    await manager.goto(`/fleet/${van.id}`);
    await expect(manager.getByText('Grounded').first()).toBeVisible();
    await manager.getByRole('tab', { name: 'Inspections' }).click();
    await expect(manager.getByText(/failed/i).first()).toBeVisible();
    await staff.close();
  });
});
