import { expect, test } from './fixtures.js';

// The server answers a refused sign-in with 401, which Chromium logs; that one is expected here.
test.use({ allowConsole: [/status of 401 .*\/api\/v1\/auth\/login$/] });

test('a failed sign-in shows the generic message and stays on the login page', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL('/login');
  await page.getByLabel('Email').fill('owner@demo.test');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toHaveText('Email or password is incorrect.');
  await expect(page).toHaveURL('/login');
  await expect(page.getByLabel('Password')).toBeVisible();
});
