import { DEMO, expect, signIn, test } from './fixtures.js';

test('owner creates an API token, it works, and stops working once revoked', async ({ page, playwright }) => {
  await signIn(page, DEMO.owner);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API tokens' }).click();
  await page.getByRole('button', { name: 'New token' }).click();
  const dialog = page.getByRole('dialog', { name: 'New API token' });
  await dialog.getByLabel('Name').fill('Payroll export script');
  await dialog.getByLabel('Acts as').selectOption('dispatcher');
  await dialog.getByRole('button', { name: 'Create token' }).click();
  const created = page.getByRole('dialog', { name: 'Token created' });
  const secret = await created.getByTestId('secret-value').inputValue();
  expect(secret).toMatch(/^sh_/);
  await created.getByRole('button', { name: 'Done' }).click();

  const row = page.getByRole('row').filter({ hasText: 'Payroll export script' });
  await expect(row).toContainText('Active');
  await expect(row).toContainText('by you');

  // A separate client with only the token, no cookie.
  const client = await playwright.request.newContext({
    baseURL: page.url().replace(/\/tokens$/, ''),
    extraHTTPHeaders: { authorization: `Bearer ${secret}` },
  });
  expect((await client.get('/api/v1/stations')).status()).toBe(200);

  await row.getByRole('button', { name: /Revoke/ }).click();
  await page
    .getByRole('dialog', { name: /Revoke/ })
    .getByRole('button', { name: 'Revoke token' })
    .click();
  await expect(row).toContainText('Revoked');
  expect((await client.get('/api/v1/stations')).status()).toBe(401);
  await client.dispose();
});
