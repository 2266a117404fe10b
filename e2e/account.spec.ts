import { Secret, TOTP } from 'otpauth';
import { expect, signIn, test } from './fixtures.js';

// Two-factor goes off again at the end, so the specs that also sign in as this dispatcher (home, roster)
// find the login as it was.
const EMAIL = 'dispatcher.dxt1@demo.test';

const codeAt = (secret: string, at: number) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at });

test('a person turns on two-factor sign-in, signs in with a code, and turns it off again', async ({
  page,
}) => {
  await signIn(page, EMAIL);
  await page.getByRole('button', { name: /account menu/ }).click();
  await page.getByRole('link', { name: 'Account', exact: true }).click();
  const section = page.getByRole('region', { name: /Two-factor sign-in/ });
  await section.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
  await expect(section.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  const secret = ((await section.getByTestId('totp-secret').textContent()) ?? '').replace(/\s+/g, '');
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

  // The previous time step's code: still accepted, and older than the one used to sign in below.
  await section.getByLabel('Code shown in the app').fill(codeAt(secret, Date.now() - 30_000));
  await section.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
  await expect(section.getByText('Two-factor sign-in is on.')).toBeVisible();

  await page.getByRole('button', { name: /account menu/ }).click();
  // The menu's, not a session's: specs run before this one leave sessions of this login on the page.
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL('/login');

  await page.getByLabel('Email').fill(EMAIL);
  await page.getByLabel('Password').fill('stationhand-demo');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: 'Two-factor sign-in' })).toBeVisible();
  await page.getByLabel('Authentication code').fill(codeAt(secret, Date.now()));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hello');

  await page.goto('/account');
  await section.getByLabel('Your password, to turn it off').fill('stationhand-demo');
  await section.getByRole('button', { name: 'Turn off two-factor sign-in' }).click();
  await expect(section.getByRole('heading')).toContainText('Off');
});
