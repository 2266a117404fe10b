import { DEMO, expect, signIn, test, uniqueSuffix } from './fixtures.js';

test.describe.configure({ mode: 'serial' });

const suffix = uniqueSuffix();
const dispatcherEmail = `new.dispatcher.${suffix}@demo.test`;
let oneTimePassword = '';

test('owner adds a station and a dispatcher, then finds the station in the audit log', async ({ page }) => {
  await signIn(page, DEMO.owner);
  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hello');

  // Station
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stations' }).click();
  await expect(page.getByRole('heading', { name: 'Stations', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Add station' }).click();
  const stationDialog = page.getByRole('dialog', { name: 'Add a station' });
  await stationDialog.getByLabel('Station code').fill('DQA7');
  await stationDialog.getByLabel('Name').fill('Austin North');
  await stationDialog.getByLabel('State').selectOption('TX');
  await expect(stationDialog.getByLabel('Time zone')).toHaveValue('America/Chicago');
  await stationDialog.getByRole('button', { name: 'Add station' }).click();
  await expect(stationDialog).toBeHidden();
  await expect(page.getByText('Station DQA7 added.')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'DQA7' });
  await expect(row).toContainText('Austin North');
  await expect(row).toContainText('America/Chicago');

  // Dispatcher account
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'Add person' }).click();
  const personDialog = page.getByRole('dialog', { name: 'Add a person' });
  await personDialog.getByLabel('Name').fill('Dana Dispatch');
  await personDialog.getByLabel('Email').fill(dispatcherEmail);
  await personDialog.getByLabel('Role').selectOption('dispatcher');
  await personDialog.getByLabel('All stations (including ones added later)').uncheck();
  await personDialog.getByLabel('DQA7 · Austin North').check();
  await personDialog.getByRole('button', { name: 'Invite' }).click();
  const added = page.getByRole('dialog', { name: 'Invitation ready' });
  await expect(added.getByLabel('One-time password')).not.toHaveValue('');
  oneTimePassword = await added.getByLabel('One-time password').inputValue();
  expect(oneTimePassword.length).toBeGreaterThanOrEqual(10);
  await added.getByRole('button', { name: 'Done' }).click();
  // Listed as invited until they accept, not among the people of the org.
  const invited = page.getByRole('table', { name: 'Invited, not yet accepted' });
  const personRow = invited.getByRole('row').filter({ hasText: dispatcherEmail });
  await expect(personRow).toContainText('Dispatcher');
  await expect(personRow).toContainText('DQA7');
  await expect(personRow).toContainText('Invited');
  await expect(page.getByRole('table', { name: 'People' })).not.toContainText(dispatcherEmail);

  // Audit log
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  await page.getByLabel('Record type').selectOption('station');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  const entry = page.getByRole('listitem').filter({ hasText: 'Station DQA7' }).first();
  await expect(entry).toContainText('Created');
  await expect(entry).toContainText('Austin North');
  await expect(entry).toContainText('owner@demo.test');
});

test('the new dispatcher chooses a password, then accepts the invitation to join', async ({ page }) => {
  expect(oneTimePassword, 'the first test made the account').not.toBe('');
  await signIn(page, dispatcherEmail, oneTimePassword);
  await expect(page.getByRole('heading', { name: 'Choose a new password' })).toBeVisible();
  await page.getByLabel('One-time or current password').fill(oneTimePassword);
  await page.getByLabel('New password', { exact: true }).fill('a-good-long-password');
  await page.getByLabel('Repeat the new password').fill('a-good-long-password');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(page.getByRole('heading', { name: 'Your invitations' })).toBeVisible();
  const invitation = page.getByRole('region', { name: 'Invitations' });
  await expect(invitation).toContainText('invited you to join as dispatcher');
  await invitation.getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hello, Dana');
  await expect(page.getByTestId('station-switcher')).toContainText('DQA7');
});
