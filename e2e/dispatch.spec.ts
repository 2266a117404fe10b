import { DA, DEMO, dayAtDxc1, expect, signIn, test } from './fixtures.js';

// Issue 4, item 12: "a dispatcher imports today's routes, auto-builds the roster, drags one change,
// handles a callout and publishes; a DA sees the assignment on a phone-sized screen". The demo's today
// is already rostered, so the dispatcher works tomorrow's routes (published the evening before, as many
// DSPs do) and the DA sees them as their next route.

const ROUTE_FILE = `Route,Wave,Staging,Duration,Stops,Packages,Van type
E2E1,10:20,STG.Z1,9:30,190,280,CDV
E2E2,10:20,STG.Z2,9:00,170,250,CDV
E2E3,10:40,STG.Z3,9:15,200,300,CDV
E2E4,10:40,STG.Z4,8:45,160,240,EDV
`;

test('a dispatcher imports a day of routes, builds the roster, drags a van, covers a callout and publishes; the DA sees the route on the phone', async ({
  browser,
}) => {
  // Tomorrow at DXC1 (schedule.spec leaves this DA's tomorrow alone).
  const day = dayAtDxc1(1);

  // The DA, on a phone: who they are.
  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const phone = await phoneContext.newPage();
  await signIn(phone, DA.spanish);
  const daName = (await phone.locator('.driver-name').first().textContent())?.trim() ?? '';
  expect(daName).not.toBe('');

  const deskContext = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await deskContext.newPage();
  await signIn(page, DEMO.dispatcher);

  // Import tomorrow's routes for DXC1.
  await page.goto(`/imports?kind=routes&date=${day}`);
  await expect(page.getByLabel('What is in the file')).toHaveValue('routes');
  // The dispatcher works one station (DXC1): the only one to choose.
  const form = page.getByRole('region', { name: 'New import' });
  await form.getByLabel('Station').selectOption({ index: 1 });
  await expect(form.getByLabel('Day')).toHaveValue(day);
  await page.getByLabel('File (CSV or Excel .xlsx)').setInputFiles({
    name: `routes-${day}.csv`,
    mimeType: 'text/csv',
    buffer: Buffer.from(ROUTE_FILE),
  });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('import-preview').getByText('The file is good')).toBeVisible();
  await page.getByRole('button', { name: /^Commit 4 rows/ }).click();
  await expect(page.getByText('Import committed.')).toBeVisible();

  // The board for that day: four uncovered routes until the roster is built.
  await page.goto('/dispatch');
  await expect(page.locator('.filters').getByLabel('Station')).toContainText('DXC1');
  await page.getByLabel('Day').fill(day);
  const card = (code: string) => page.getByTestId(`route-${code}`);
  await expect(card('E2E1')).toBeVisible();
  await expect(page.getByTestId('standby-plan')).toContainText('recommended');
  await page.getByRole('button', { name: 'Build roster' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Build' }).click();
  await expect(page.getByText(/routes assigned/)).toBeVisible();
  for (const code of ['E2E1', 'E2E2', 'E2E3', 'E2E4']) {
    await expect(card(code).getByRole('button', { name: 'Callout' })).toBeVisible();
  }

  // Put the demo DA on E2E1 from the keyboard-friendly dialog.
  await card('E2E1').getByRole('button', { name: 'Assign…' }).click();
  const assign = page.getByRole('dialog');
  const option = assign.getByLabel('DA').locator('option', { hasText: daName });
  await assign.getByLabel('DA').selectOption((await option.getAttribute('value')) ?? '');
  await assign.getByRole('button', { name: 'Save' }).click();
  await expect(card('E2E1')).toContainText(daName);

  // Drag a free van onto E2E2: the card shows it.
  const freeVan = page.locator('.board-pools .chip-van[draggable="true"]').first();
  const vanName = (await freeVan.textContent())?.trim() ?? '';
  await freeVan.dragTo(card('E2E2'));
  await expect(card('E2E2')).toContainText(vanName);

  // E2E3's DA calls out: the route is uncovered; the first replacement takes it.
  await card('E2E3').getByRole('button', { name: 'Callout' }).click();
  const callout = page.getByRole('dialog');
  await callout.getByLabel('Notice given (hours before the shift)').fill('3');
  await callout.getByRole('button', { name: 'Mark it' }).click();
  await expect(card('E2E3').getByRole('button', { name: 'Find a DA' })).toBeVisible();
  await card('E2E3').getByRole('button', { name: 'Find a DA' }).click();
  const replacements = page.getByRole('dialog', { name: 'Who can take E2E3' });
  await replacements.getByRole('button', { name: 'Put on E2E3' }).first().click();
  await expect(card('E2E3').getByRole('button', { name: 'Callout' })).toBeVisible();

  // Publish: every DA on a route is told.
  await page.getByRole('button', { name: /Publish (roster|changes)/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText(/DAs told their route/)).toBeVisible();

  // The DA's phone shows E2E1 as their next route.
  await phone.reload();
  const next = phone.getByTestId('my-next-route');
  await expect(next).toContainText('E2E1');
  await expect(next).toContainText('10:20');
  await expect(next).toContainText('STG.Z1');

  await phoneContext.close();
  await deskContext.close();
});
