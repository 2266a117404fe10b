import { DEMO, expect, signIn, test } from './fixtures.js';

test('a dispatcher has no settings: no nav item, and /settings says no access', async ({ page }) => {
  await signIn(page, DEMO.dispatcher);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Stations' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'People' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Settings' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'API tokens' })).toHaveCount(0);
  // Imports are open to dispatchers for the day's routes only.
  await nav.getByRole('link', { name: 'Imports' }).click();
  await expect(page.getByLabel('What is in the file')).toHaveValue('routes');
  await expect(page.getByLabel('What is in the file').locator('option')).toHaveCount(1);

  await page.goto('/settings');
  await expect(page.getByRole('heading', { name: 'You don’t have access' })).toBeVisible();

  // The server refuses too, whatever the page shows (with a valid CSRF token, so the refusal is the role's).
  const me = await (await page.request.get('/api/v1/me')).json();
  const patch = await page.request.patch('/api/v1/org', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { name: 'Taken over' },
  });
  expect(patch.status()).toBe(403);
  expect((await patch.json()).detail).not.toMatch(/csrf/i);

  // A dispatcher sees people but cannot add them.
  await nav.getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Add person' })).toHaveCount(0);
});
