import { Secret, TOTP } from 'otpauth';
import { DEMO, expect, signIn, test, uniqueSuffix } from './fixtures.js';

const codeAt = (secret: string, at: number) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: at });

test('when the org requires two-factor, an owner without it is sent to set it up', async ({
  page,
  browser,
}) => {
  // A second owner, who will switch the requirement on (and off again).
  await signIn(page, DEMO.owner);
  await page.goto('/users');
  await page.getByRole('button', { name: 'Add person' }).click();
  const add = page.getByRole('dialog', { name: 'Add a person' });
  const email = `second.owner.${uniqueSuffix()}@demo.test`;
  await add.getByLabel('Name').fill('Mia Second');
  await add.getByLabel('Email').fill(email);
  await add.getByLabel('Role').selectOption('owner');
  await add.getByRole('button', { name: 'Invite' }).click();
  const oneTime = await page
    .getByRole('dialog', { name: 'Invitation ready' })
    .getByLabel('One-time password')
    .inputValue();
  await page.getByRole('button', { name: 'Done' }).click();

  const other = await browser.newContext();
  const mia = await other.newPage();
  try {
    await signIn(mia, email, oneTime);
    await mia.getByLabel('One-time or current password').fill(oneTime);
    await mia.getByLabel('New password', { exact: true }).fill('mia-second-password');
    await mia.getByLabel('Repeat the new password').fill('mia-second-password');
    await mia.getByRole('button', { name: 'Save and continue' }).click();
    await mia.getByRole('region', { name: 'Invitations' }).getByRole('button', { name: 'Accept' }).click();
    await expect(mia.getByRole('heading', { level: 1 })).toContainText('Hello, Mia');
    await mia.goto('/account');
    await mia.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    const secret = ((await mia.getByTestId('totp-secret').textContent()) ?? '').replace(/\s+/g, '');
    await mia.getByLabel('Code shown in the app').fill(codeAt(secret, Date.now()));
    await mia.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await expect(mia.getByText('Two-factor sign-in is on.')).toBeVisible();

    await mia.goto('/settings');
    await mia.getByLabel('Require two-factor sign-in for owners and managers').check();
    await mia.getByRole('button', { name: 'Save settings' }).click();
    await expect(mia.getByText('Settings saved.')).toBeVisible();

    // The first owner has no second factor: nothing opens until they set it up.
    await page.goto('/stations');
    await expect(page.getByRole('heading', { name: 'Set up two-factor sign-in' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Set up two-factor sign-in' })).toBeVisible();
  } finally {
    // Put the demo org back as it was for the other specs.
    await mia.goto('/settings');
    await mia.getByLabel('Require two-factor sign-in for owners and managers').uncheck();
    await mia.getByRole('button', { name: 'Save settings' }).click();
    await expect(mia.getByText('Settings saved.')).toBeVisible();
    await other.close();
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stations');
});
