import { DEMO, expect, signIn, test } from './fixtures.js';

const PAGES = [
  { link: 'Home', heading: /Hello/ },
  { link: 'Stations', heading: 'Stations' },
  { link: 'People', heading: 'People' },
  { link: 'Imports', heading: 'Imports' },
  { link: 'Audit log', heading: 'Audit log' },
  { link: 'API tokens', heading: 'API tokens' },
  { link: 'Settings', heading: 'Organisation settings' },
];

test('every page an owner can open renders without console errors', async ({ page }) => {
  await signIn(page, DEMO.owner);
  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const p of PAGES) {
    await nav.getByRole('link', { name: p.link, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: p.heading })).toBeVisible();
  }
  await page.getByRole('button', { name: /account menu/ }).click();
  await page.getByRole('link', { name: 'Account', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Signed-in sessions' })).toContainText('This device');
  // The consoleErrors fixture fails the test on any console error seen along the way.
});

test.describe('at 390 px wide', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the staff shell folds the navigation behind a menu button', async ({ page }) => {
    await signIn(page, DEMO.manager);
    const nav = page.getByRole('navigation', { name: 'Main' });
    const menu = page.getByRole('button', { name: 'Menu', exact: true });
    await expect(nav).toBeHidden();
    await expect(menu).toHaveAttribute('aria-expanded', 'false');
    await menu.click();
    await expect(menu).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Home' })).toBeFocused();
    await nav.getByRole('link', { name: 'People' }).click();
    await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeVisible();
    await expect(nav).toBeHidden();

    // Escape closes it too.
    await menu.click();
    await expect(nav).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(menu).toBeFocused();

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test('signing in and opening a page works from the keyboard alone, with a visible focus ring', async ({
  page,
}) => {
  await page.goto('/login');
  await expect(page.getByLabel('Email')).toBeFocused();
  await page.keyboard.type(DEMO.owner);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password')).toBeFocused();
  await page.keyboard.type('stationhand-demo');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hello');

  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');

  // Tab on to the Stations link in the side navigation and open it with Enter.
  const stations = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stations' });
  for (let i = 0; i < 12 && !(await stations.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await expect(stations).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Stations', level: 1 })).toBeVisible();
});
