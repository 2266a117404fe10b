import { test as base, expect, type Page } from '@playwright/test';

export { expect };

/** Every demo login (STATIONHAND_DEMO=1) shares this password. */
export const DEMO_PASSWORD = 'stationhand-demo';

export const DEMO = {
  owner: 'owner@demo.test',
  manager: 'manager@demo.test',
  dispatcher: 'dispatcher@demo.test',
  driver: 'driver1@demo.test',
} as const;

interface Fixtures {
  /** Console errors a test expects (matched against "text @ url"); everything else fails the test. */
  allowConsole: RegExp[];
  consoleErrors: string[];
}

export const test = base.extend<Fixtures>({
  allowConsole: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowConsole }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = `${msg.text()} @ ${msg.location().url}`;
        if (!allowConsole.some((re) => re.test(text))) errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      await use(errors);
      expect(errors, 'no console errors on the pages visited').toEqual([]);
    },
    { auto: true },
  ],
});

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/login$/);
}

/** A short suffix that keeps emails made by one run apart from those of another. */
export function uniqueSuffix(): string {
  return Date.now().toString(36).slice(-5);
}
