import { test as base, expect, type Page } from '@playwright/test';
import type { Language } from './catalogue-words.js';

export { expect };

/** Every demo login (STATIONHAND_DEMO=1) shares this password. */
export const DEMO_PASSWORD = 'stationhand-demo';

export const DEMO = {
  owner: 'owner@demo.test',
  manager: 'manager@demo.test',
  dispatcher: 'dispatcher@demo.test',
} as const;

/**
 * The demo's DAs with a login (src/demo/generate.ts: driver1–3 at DXC1, driver4–6 at DXT1) and the specs
 * that sign in as each. A spec that changes a DA (language, coaching, punches, inspections) has its own,
 * and every spec sets the language it relies on at its start, so any spec passes alone and in any order.
 * What a DA was sent stays in the language of the day it was sent: the DAs whose every page is checked
 * for the other language (spanish, switching) are never made to speak it by another spec.
 */
export const DA = {
  /** Brianna King (DXC1), read in Spanish by driver, home, first-page, driver-spanish; dispatch, schedule and performance read either language. */
  spanish: 'driver1@demo.test',
  /** coaching: acknowledges in Spanish. */
  coachingSpanish: 'driver2@demo.test',
  /** coaching (disputes) and payroll (punches), both in English: the one DA two specs share, on things apart. */
  english: 'driver3@demo.test',
  /** inspection: grounds a van of DXT1. */
  inspecting: 'driver4@demo.test',
  /** driver-spanish: switches to Spanish and back, and reads English. */
  switching: 'driver5@demo.test',
  /** warning-review: receives a written warning, in English. */
  warned: 'driver6@demo.test',
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

/** Signs a DA in and sets the language their phone speaks (the phone's own switch), reloading in it. */
export async function signInDa(page: Page, email: string, language: Language): Promise<void> {
  await signIn(page, email);
  const { csrfToken } = await (await page.request.get('/api/v1/me')).json();
  const saved = await page.request.put('/api/v1/me/driver/language', {
    data: { language },
    headers: { 'x-csrf-token': csrfToken },
  });
  expect(saved.status(), await saved.text()).toBe(200);
  await page.reload();
}

/** A date as DXC1's calendar has it (Los Angeles), `days` after today. */
export function dayAtDxc1(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Los_Angeles' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A short suffix that keeps emails made by one run apart from those of another. */
export function uniqueSuffix(): string {
  return Date.now().toString(36).slice(-5);
}
