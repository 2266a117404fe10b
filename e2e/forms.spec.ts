import { DEMO, expect, signIn, test } from './fixtures.js';

// The server's 400 for the bad fields is the point of the test.
test.use({ allowConsole: [/status of 400 .*\/api\/v1\/drivers$/] });

test('a form marks what it requires, says why it cannot be sent, and names fields by their labels', async ({
  page,
}) => {
  await signIn(page, DEMO.owner);
  await page.goto('/drivers');
  await page.getByRole('button', { name: 'Add DA' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a DA' });

  // Required fields carry the star; the disabled button says what is missing.
  await expect(dialog.locator('label.required', { hasText: 'First name' })).toBeVisible();
  await expect(dialog.locator('label.required', { hasText: 'Mobile phone' })).toHaveCount(0);
  const add = dialog.getByRole('button', { name: 'Add DA' });
  await expect(add).toBeDisabled();
  await expect(dialog.getByText('Fill in the required fields (marked *).')).toBeVisible();

  await dialog.getByLabel('First name').fill('Rosa');
  await dialog.getByLabel('Last name').fill('Formtest');
  await dialog.getByLabel('Home station').selectOption({ label: 'DXC1 · Riverside Delivery Station' });
  await dialog.getByLabel('Mobile phone').fill('555');
  await dialog.getByLabel('Email').fill('not-an-email');
  await expect(dialog.getByText('Fill in the required fields (marked *).')).toHaveCount(0);
  await add.click();

  // The summary names the fields as the form labels them, never by the server's keys.
  const summary = dialog.getByRole('alert');
  await expect(summary).toContainText('Mobile phone:');
  await expect(summary).toContainText('Email:');
  await expect(summary).not.toContainText('email:');
  const phoneError = dialog.locator('.field-error', { hasText: 'Use a phone number with country code' });
  await expect(phoneError).toBeVisible();

  // Changing the field takes its error away; the other field keeps its own.
  await dialog.getByLabel('Mobile phone').fill('(512) 555-0123');
  await expect(phoneError).toHaveCount(0);
  await expect(dialog.locator('.field.has-error')).toHaveCount(1);
});
