import { DEMO, expect, signIn, test } from './fixtures.js';

test('a manager makes a check critical and adds one to the EDV checklist; it stays after a reload', async ({
  page,
}) => {
  await signIn(page, DEMO.manager);
  await page.goto('/fleet');
  await page.getByRole('link', { name: 'Inspection checklists' }).click();
  const edv = page.getByTestId('checklist-edv');
  await expect(edv.getByRole('heading')).toContainText('EDV');
  const wipers = edv.getByRole('listitem').filter({ has: page.locator('input[value="Wipers"]') });
  await wipers.getByLabel('Critical: a fail grounds the van').check();
  await edv.getByLabel('New check').fill('Fire extinguisher');
  await edv.getByRole('button', { name: 'Add check' }).click();
  await edv.getByRole('button', { name: 'Save the EDV checklist' }).click();
  await expect(edv.getByText('Saved.')).toBeVisible();

  await page.reload();
  const again = page.getByTestId('checklist-edv');
  await expect(again.locator('input[value="Fire extinguisher"]').first()).toBeVisible();
  const wipersAgain = again.getByRole('listitem').filter({ has: page.locator('input[value="Wipers"]') });
  await expect(wipersAgain.getByLabel('Critical: a fail grounds the van')).toBeChecked();
  await expect(page.getByTestId('checklist-cdv').locator('input[value="Fire extinguisher"]')).toHaveCount(0);
});
