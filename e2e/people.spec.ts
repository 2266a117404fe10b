import { DEMO, expect, signIn, test } from './fixtures.js';

test('a manager resets a driver’s password and disables another driver', async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();

  const driver6 = page.getByRole('row').filter({ hasText: 'driver6@demo.test' });
  await driver6.getByRole('button', { name: /Reset password/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset password' }).click();
  const reset = page.getByRole('dialog', { name: /New password for/ });
  expect((await reset.getByLabel('One-time password').inputValue()).length).toBeGreaterThanOrEqual(10);
  await reset.getByRole('button', { name: 'Done' }).click();

  const driver5 = page.getByRole('row').filter({ hasText: 'driver5@demo.test' });
  await driver5.getByRole('button', { name: /^Edit/ }).click();
  const edit = page.getByRole('dialog', { name: /^Edit/ });
  await edit.getByLabel('Status').selectOption('disabled');
  await edit.getByRole('button', { name: 'Save' }).click();
  await expect(edit).toBeHidden();
  await expect(driver5).toContainText('Disabled');

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
