import { DA, DEMO, expect, signIn, signInDa, test } from './fixtures.js';

// Issue 14, item 11: the home page is the list of today's work, each line linking to where it is done;
// a dispatcher sees their stations; a DA sees their own day on /me. Lines depend on what other specs
// did to the demo day (a built roster drops its line), so these check the shape, not the counts.

test('the owner’s home lists today’s work by station; a line opens its page at its station', async ({
  page,
}) => {
  await signIn(page, DEMO.owner);
  await expect(page.getByRole('heading', { name: 'Today’s work' })).toBeVisible();
  const dxt1 = page.getByRole('region', { name: /DXT1/ });
  await expect(dxt1).toBeVisible();
  await expect(page.getByRole('region', { name: /DXC1/ })).toBeVisible();
  // The tile grid is gone: the menu holds the links.
  await expect(page.getByRole('heading', { name: 'Go to' })).toHaveCount(0);

  const line = dxt1.getByRole('link').first();
  const href = await line.getAttribute('href');
  await line.click();
  await expect(page).toHaveURL(new RegExp(`${(href ?? '').replace(/[?]/g, '\\?')}$`));
  const switcher = page.getByTestId('station-switcher');
  await expect(switcher.locator('option:checked')).toHaveText(/^DXT1/);
});

test('a DXT1 dispatcher sees DXT1’s work only', async ({ page }) => {
  await signIn(page, 'dispatcher.dxt1@demo.test');
  await expect(page.getByRole('heading', { name: 'Today’s work' })).toBeVisible();
  await expect(page.getByRole('region', { name: /DXT1/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /DXC1/ })).toHaveCount(0);
  await expect(page.getByText(/pay exception/)).toHaveCount(0);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a Spanish-speaking DA’s day on /me is in Spanish', async ({ page }) => {
    await signInDa(page, DA.spanish, 'es');
    const day = page.getByTestId('my-day');
    await expect(day.getByRole('heading', { name: 'Tu día' })).toBeVisible();
    await expect(day.getByRole('link').first()).toBeVisible();
    await expect(day).not.toContainText(/\b(Today|Tomorrow|Confirm|to renew)\b/);
  });
});
