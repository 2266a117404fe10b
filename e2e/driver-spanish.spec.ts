import { expect, signIn, test } from './fixtures.js';

test.use({
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  // The refusal the test provokes on purpose (the same day asked for twice).
  allowConsole: [/status of 409 .*\/api\/v1\/me\/time-off$/],
});

/**
 * Words that only the English pages use: none may show on a Spanish DA's pages. (Amazon's tier names,
 * van types, station and company names stay as they are in both languages.) Event names are not
 * listed yet: the coaching titles and messages the server writes still carry them in English.
 */
const ENGLISH_ONLY = [
  'Hi,',
  'Your station',
  'Account',
  'Sign out',
  'Change password',
  'Cleared to drive',
  'Back',
  'Loading',
  'My schedule',
  'My records',
  'My documents',
  'My attendance',
  'My performance',
  'Time off',
  'Messages',
  'Week',
  'Scoring profile',
  'Community estimate',
  'local time',
  'waiting',
  'points',
  'Approved',
];

const PAGES = ['/me', '/me/schedule', '/me/time-off', '/me/availability', '/me/messages', '/me/documents'];
const MORE = [
  '/me/attendance',
  '/me/performance',
  '/me/coaching',
  '/me/password',
  '/me/clock',
  '/me/hours',
  '/me/inspection',
];

test('a Spanish DA’s pages carry no English words, and the DA switches language on the phone', async ({
  page,
}) => {
  // driver5 is used by no other phone spec: switching their language leaves the others in English.
  await signIn(page, 'driver5@demo.test');
  await expect(page).toHaveURL('/me');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hola,');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');

  for (const path of [...PAGES, ...MORE]) {
    await page.goto(path);
    await expect(page.locator('.loading')).toHaveCount(0);
    const text = await page.locator('#main').innerText();
    for (const word of ENGLISH_ONLY) {
      expect(text, `${path} shows “${word}”`).not.toContain(word);
    }
  }

  // An error the DA provokes reads in Spanish too (issue 14, item 12): the same day asked for twice.
  await page.goto('/me/time-off');
  const today = (await page.locator('input[type=date]').first().getAttribute('min')) ?? '';
  const later = new Date(Date.parse(`${today}T12:00:00Z`) + 40 * 86_400_000).toISOString().slice(0, 10);
  for (let i = 0; i < 2; i++) {
    await page.locator('input[type=date]').first().fill(later);
    await page.getByRole('button', { name: 'Pedir días libres' }).click();
    if (i === 0) await expect(page.getByText('Enviado.')).toBeVisible();
  }
  const error = page.getByRole('alert');
  await expect(error).toContainText('ya cubre');
  const said = await page.locator('#main').innerText();
  for (const word of [...ENGLISH_ONLY, 'request', 'already', 'covers', 'Conflict']) {
    expect(said, `the error shows “${word}”`).not.toContain(word);
  }

  // Back to English: the page changes at once.
  await page.goto('/me');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hi,');
});
