import { DEMO, expect, signIn, test } from './fixtures.js';

test('owner renames the organisation and the top bar follows', async ({ page }) => {
  await signIn(page, DEMO.owner);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  const name = page.getByLabel('Organisation name');
  const original = await name.inputValue();
  await name.fill('Renamed Delivery Co');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Settings saved.')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('Renamed Delivery Co');

  await name.fill(original);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('banner')).toContainText(original);
});
