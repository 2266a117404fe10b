import type { Page } from '@playwright/test';
import { DA, DEMO, dayAtDxc1, expect, signIn, test } from './fixtures.js';

// DA.spanish is Brianna King, an active DA at DXC1: phone texts are matched in both languages, so this
// spec leaves her language as it finds it.
const DA_NAME = 'Brianna King';

/** Console errors of a page the fixture does not watch (the phone's, in its own context). */
function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${msg.text()} @ ${msg.location().url}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

test('a manager schedules a DA and publishes the week; the DA confirms it on the phone and asks for time off; the manager approves', async ({
  page,
  browser,
}) => {
  // A manager's desk and a DA's phone in one test: on a loaded machine the default 30 s is too short.
  test.setTimeout(60_000);
  // The manager puts the DA on a day of next week (one the DA can work, with no time off asked) and
  // publishes the week. The demo may already have planned next week, so nothing here assumes it is empty.
  await signIn(page, DEMO.manager);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { name: 'Schedule', level: 1 })).toBeVisible();
  const station = page.getByRole('main').getByLabel('Station');
  const dxc1 = await station.locator('option', { hasText: 'DXC1' }).getAttribute('value');
  await station.selectOption(dxc1 ?? '');
  await page.getByRole('button', { name: /Next/ }).click();
  const bar = page.getByTestId('week-bar');
  await expect(bar).toBeVisible();
  await expect(bar).not.toContainText('(this week)');

  const days = page.getByRole('button', { name: new RegExp(`^${DA_NAME}, `) });
  await expect(days).toHaveCount(7);
  // dispatch.spec rosters this DA tomorrow, and this test ends with the DA's day off: on a Saturday (or a
  // Friday, should midnight pass between the two specs) that day is in next week, so it is never taken.
  const dispatchedUntil = dayAtDxc1(2);
  let date = '';
  for (const day of await days.all()) {
    const dayDate = (await day.getAttribute('data-date')) ?? '';
    const blocked = /slot-(time-off|off|not-cleared)/.test((await day.getAttribute('class')) ?? '');
    if (dayDate > dispatchedUntil && !blocked && !(await day.textContent())?.includes('Time off asked')) {
      date = dayDate;
      break;
    }
  }
  expect(date).toMatch(/^\d{4}-\d\d-\d\d$/);
  const cell = days.and(page.locator(`[data-date="${date}"]`));
  await cell.click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Kind').selectOption('route');
  await dialog.getByLabel('Start').fill('10:40');
  await dialog.getByLabel('Length (hours)').fill('9.5');
  await dialog.getByRole('button', { name: /Put on the schedule|Save shift/ }).click();
  // Saved; warnings (days, hours or rest against the demo's plan) are shown before the dialog closes.
  const warned = page.getByRole('dialog', { name: 'Saved, with warnings' });
  await expect(page.getByText(`${DA_NAME} is on `).or(warned).first()).toBeVisible();
  if (await warned.isVisible()) await warned.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
  await expect(cell).toContainText('Route 10:40');

  const publish = page.getByRole('button', { name: 'Publish week' });
  if (await publish.isEnabled()) {
    await expect(cell).toContainText('Draft');
    await publish.click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publish week' }).click();
    await expect(
      page.getByText(/^Published \d+ shifts?\. \d+ DAs? notified to confirm their week\.$/),
    ).toBeVisible();
  }
  // In a week already out, the shift went out at once; either way it is published now.
  await expect(cell).not.toContainText('Draft');
  await expect(publish).toBeDisabled();
  await expect(bar).toContainText('Published');

  // The DA, on a phone, sees the shift, confirms it and asks for that day off.
  const phone = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const da = await phone.newPage();
  const phoneErrors = watchConsole(da);
  await signIn(da, DA.spanish);
  await expect(da).toHaveURL('/me');
  await expect(da.getByTestId('my-today')).toBeVisible();
  await expect(da.getByTestId('unread-count')).toBeVisible();
  await da.getByRole('link', { name: /Mis turnos|My shifts/ }).click();
  await expect(da).toHaveURL('/me/schedule');
  const shift = da.getByTestId(`my-shift-${date}`);
  await expect(shift).toContainText(/Ruta|Route/);
  await expect(shift).toContainText('10:40 · 9 h 30 min');
  const confirm = shift.getByRole('button', { name: /^(Confirmar|Confirm)$/ });
  expect((await confirm.boundingBox())?.height ?? 0).toBeGreaterThanOrEqual(44);
  await confirm.click();
  await expect(shift).toContainText(/Confirmado|Confirmed/);
  await expect(confirm).toHaveCount(0);
  const overflow = await da.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  await da.getByRole('link', { name: /Volver|Back/ }).click();
  await da.getByRole('link', { name: /Pedir días libres|Ask for time off/ }).click();
  await expect(da).toHaveURL('/me/time-off');
  await da.getByLabel(/Primer día libre|First day off/).fill(date);
  await da.getByLabel(/Motivo|Reason/).fill('Cita médica');
  await da.getByRole('button', { name: /Pedir días libres|Ask for time off/ }).click();
  await expect(da.getByText(/Enviado|Sent\./)).toBeVisible();
  const request = da.getByTestId(`time-off-${date}`);
  await expect(request).toContainText(/En espera|Waiting/);
  await expect(request).toContainText('Cita médica');

  // The manager approves it in the queue: the shift comes off the schedule.
  await page.getByRole('tab', { name: /Time off/ }).click();
  const row = page
    .getByTestId('time-off-queue')
    .getByRole('row')
    .filter({ hasText: DA_NAME })
    .filter({ hasText: 'Cita médica' });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: /^Approve/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
  await expect(
    page.getByText(new RegExp(`Approved ${DA_NAME}’s time off .*1 shift taken off the schedule`)),
  ).toBeVisible();
  await expect(row).toHaveCount(0);
  await page.getByRole('tab', { name: 'Week' }).click();
  await expect(cell).toContainText('Time off');

  // The DA sees the decision.
  await da.reload();
  await expect(request).toContainText(/Aprobada|Approved/);
  await da.goto('/me/schedule');
  await expect(da.getByTestId(`my-shift-${date}`)).toHaveCount(0);
  expect(phoneErrors, 'no console errors on the phone').toEqual([]);
  await phone.close();
});

test('a dispatcher edits the schedule but neither decides time off nor changes the rules', async ({
  page,
}) => {
  await signIn(page, DEMO.dispatcher);
  await page.goto('/schedule');
  await expect(page.getByTestId('week-grid')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Edit demand' })).toBeVisible();
  await page.getByText('Scheduling rules').click();
  await expect(page.getByText('Days in a row')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Change rules' })).toHaveCount(0);
  await page.getByRole('tab', { name: /Time off/ }).click();
  await expect(page.getByText('Owners and managers approve or deny time off.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Approve/ })).toHaveCount(0);
});
