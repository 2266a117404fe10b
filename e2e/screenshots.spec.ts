import { DA, DEMO, expect, signIn, test } from './fixtures.js';

/**
 * Not a check: pictures of the main pages at desktop and phone widths, for review and the README.
 * Run with `npm run screenshots` (the suite leaves this file out otherwise); files land in .tmp/screenshots.
 */

const OUT = '.tmp/screenshots';
const STAFF_PAGES = [
  '/',
  '/stations',
  '/drivers',
  '/users',
  '/imports',
  '/audit',
  '/tokens',
  '/settings',
  '/account',
];

for (const width of [1280, 390]) {
  test.describe(`${width}px`, () => {
    test.use({ viewport: { width, height: width > 600 ? 860 : 844 } });

    test('staff pages', async ({ page }) => {
      await page.goto('/login');
      await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
      await page.screenshot({ path: `${OUT}/${width}-login.png` });
      await signIn(page, DEMO.owner);
      for (const path of STAFF_PAGES) {
        await page.goto(path);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await page.waitForLoadState('networkidle');
        const name = path === '/' ? 'home' : path.slice(1);
        await page.screenshot({ path: `${OUT}/${width}-${name}.png` });
      }
      if (width < 600) {
        await page.getByRole('button', { name: 'Menu', exact: true }).click();
        await page.screenshot({ path: `${OUT}/${width}-menu-open.png` });
        await page.keyboard.press('Escape');
      }
      await page.goto('/stations');
      await page.getByRole('button', { name: 'Add station' }).click();
      await page.screenshot({ path: `${OUT}/${width}-add-station.png` });
      await page.keyboard.press('Escape');

      await page.goto('/imports');
      await page.getByLabel('File (CSV or Excel .xlsx)').setInputFiles({
        name: 'stations.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(
          'Station,Station name,Zone,State\nDQZ1,Dallas East,America/Chicago,TX\nDQZ2,San Jose,America/Los_Angeles,ZZ\n',
        ),
      });
      await page.getByRole('button', { name: 'Preview' }).click();
      await page.getByTestId('import-preview').getByLabel('Time zone (required)').selectOption('Zone');
      await page.getByRole('button', { name: 'Re-run preview' }).click();
      await expect(page.getByRole('table', { name: 'Rows with problems' })).toBeVisible();
      await page.getByTestId('import-preview').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}/${width}-import-preview.png`, fullPage: true });
    });

    test('driver and dispatcher', async ({ page }) => {
      await signIn(page, DA.spanish);
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: `${OUT}/${width}-driver-me.png` });
      await page.getByRole('button', { name: /^(Sign out|Cerrar sesión)$/ }).click();
      await signIn(page, DEMO.dispatcher);
      await page.goto('/settings');
      await expect(page.getByRole('heading', { name: 'You don’t have access' })).toBeVisible();
      await page.screenshot({ path: `${OUT}/${width}-dispatcher-settings.png` });
    });
  });
}
