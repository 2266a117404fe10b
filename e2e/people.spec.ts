import type { Browser, Page } from '@playwright/test';
import { DEMO, expect, signIn, test, uniqueSuffix } from './fixtures.js';

/**
 * A driver login of this spec's own, invited by the manager on `page` and accepted: resetting or
 * disabling it leaves alone the demo DAs the phone specs sign in as.
 */
async function ownDriver(page: Page, browser: Browser, name: string): Promise<string> {
  const email = `${name.toLowerCase()}.${uniqueSuffix()}@demo.test`;
  const { csrfToken, stations } = await (await page.request.get('/api/v1/me')).json();
  const dxt1 = stations.find((s: { code: string }) => s.code === 'DXT1');
  const invited = await page.request.post('/api/v1/users', {
    data: { email, name: `${name} Driver`, role: 'driver', stationIds: [dxt1.id] },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(invited.status(), await invited.text()).toBe(201);
  const { invitation, oneTimePassword } = await invited.json();
  const theirs = await browser.newContext();
  const login = await theirs.request.post('/api/v1/auth/login', {
    data: { email, password: oneTimePassword },
  });
  expect(login.status(), await login.text()).toBe(200);
  const accepted = await theirs.request.post(`/api/v1/me/invitations/${invitation.id}/accept`, {
    headers: { 'x-csrf-token': (await login.json()).csrfToken },
  });
  expect(accepted.status(), await accepted.text()).toBe(200);
  await theirs.close();
  return email;
}

test('a manager resets a driver’s password and disables another driver', async ({ page, browser }) => {
  await signIn(page, DEMO.manager);
  const forgetful = await ownDriver(page, browser, 'Forgetful');
  const leaving = await ownDriver(page, browser, 'Leaving');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();

  const reset = page.getByRole('row').filter({ hasText: forgetful });
  await reset.getByRole('button', { name: /Reset password/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset password' }).click();
  const newPassword = page.getByRole('dialog', { name: /New password for/ });
  expect((await newPassword.getByLabel('One-time password').inputValue()).length).toBeGreaterThanOrEqual(10);
  await newPassword.getByRole('button', { name: 'Done' }).click();

  const disabled = page.getByRole('row').filter({ hasText: leaving });
  await disabled.getByRole('button', { name: /^Edit/ }).click();
  const edit = page.getByRole('dialog', { name: /^Edit/ });
  await edit.getByLabel('Status').selectOption('disabled');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(disabled).toContainText('Disabled');

  // Managers cannot hand out more than they have: no owner or manager role on offer.
  await page.getByRole('button', { name: 'Add person' }).click();
  const roles = page.getByRole('dialog', { name: 'Add a person' }).getByLabel('Role').locator('option');
  await expect(roles).toHaveText(['Dispatcher', 'Driver']);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // The station switcher is the default filter of the list.
  await page.getByTestId('station-switcher').selectOption({ label: 'DXT1 · Fort Worth Delivery Station' });
  await expect(page.getByRole('group', { name: 'Filter people' }).getByLabel('Station')).toHaveValue(
    await page.getByTestId('station-switcher').inputValue(),
  );
  await expect(page.getByRole('row').filter({ hasText: 'driver1@demo.test' })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: 'driver4@demo.test' })).toHaveCount(1);
});
