import { DEMO, expect, signIn, test } from './fixtures.js';

const csv = (text: string) => Buffer.from(`${text.trim()}\n`, 'utf8');

test('owner previews a stations file, corrects it, commits it and sees it in the history', async ({
  page,
}) => {
  await signIn(page, DEMO.owner);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Imports' }).click();
  await expect(page.getByRole('heading', { name: 'Imports', level: 1 })).toBeVisible();
  await expect(page.getByLabel('What is in the file')).toHaveValue('stations');

  // A file whose time zone column has a name nobody would guess, and one bad state.
  await page.getByLabel('File (CSV or Excel .xlsx)').setInputFiles({
    name: 'stations-bad.csv',
    mimeType: 'text/csv',
    buffer: csv(`
Station,Station name,Zone,State
DQB1,Dallas East,America/Chicago,TX
DQB2,San Jose South,America/Los_Angeles,ZZ
`),
  });
  await page.getByRole('button', { name: 'Preview' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview).toBeVisible();
  const commit = page.getByRole('button', { name: /^Commit/ });
  await expect(commit).toBeDisabled();

  // Correct the mapping: the time zone is in "Zone".
  await preview.getByLabel('Time zone (required)').selectOption('Zone');
  await page.getByRole('button', { name: 'Re-run preview' }).click();
  await expect(preview.getByRole('table', { name: 'Rows with problems' })).toContainText('State');
  await expect(commit).toBeDisabled();

  // Fixed file.
  await page.getByLabel('File (CSV or Excel .xlsx)').setInputFiles({
    name: 'stations-fixed.csv',
    mimeType: 'text/csv',
    buffer: csv(`
Station,Station name,Zone,State
DQB1,Dallas East,America/Chicago,TX
DQB2,San Jose South,America/Los_Angeles,CA
`),
  });
  await page.getByRole('button', { name: 'Preview' }).click();
  await preview.getByLabel('Time zone (required)').selectOption('Zone');
  await page.getByRole('button', { name: 'Re-run preview' }).click();
  await expect(preview.getByText('The file is good')).toBeVisible();
  await expect(preview.getByRole('definition').nth(1)).toHaveText('2');
  await expect(commit).toBeEnabled();
  await commit.click();

  await expect(page.getByText('Import committed.')).toBeVisible();
  const history = page.getByTestId('import-history');
  const row = history
    .getByRole('row')
    .filter({ hasText: 'stations-fixed.csv' })
    .filter({ hasText: 'Committed' });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('button', { name: /Undo/ })).toBeVisible();

  // The stations exist now.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stations' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'DQB2' })).toContainText('San Jose South');

  // Undo puts everything back.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Imports' }).click();
  await row.getByRole('button', { name: /Undo/ }).click();
  await page.getByRole('dialog', { name: /Undo/ }).getByRole('button', { name: 'Undo import' }).click();
  await expect(history.getByRole('row').filter({ hasText: 'stations-fixed.csv' }).first()).toContainText(
    'Undone',
  );
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Stations' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'DXC1' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: 'DQB2' })).toHaveCount(0);
});
