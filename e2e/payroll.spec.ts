import { readFile } from 'node:fs/promises';
import type { Browser, Page } from '@playwright/test';
import { addDays, weekStartOf } from '../web/src/schedule/labels.js';
import { DA, DEMO, expect, signIn, signInDa, test } from './fixtures.js';

// Issue 15 item 13: a DA punches a day on the phone; the manager sees it, settles a late meal, and the
// owner closes a pay period and downloads its payroll file. The DA (DXC1, Riverside CA) punches in no
// other spec.

const localDate = (zone: string, at = new Date()) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);

interface Station {
  id: string;
  code: string;
  timeZone: string;
}

/** The DA on a 390 px phone, standing at the demo's Riverside station (src/demo/punches.ts), signed in. */
async function daPhone(browser: Browser): Promise<{ phone: Page; da: { id: string; name: string } }> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    permissions: ['geolocation'],
    geolocation: { latitude: 33.9533, longitude: -117.3962 },
  });
  const phone = await context.newPage();
  await signInDa(phone, DA.english, 'en');
  const { driver } = await (await phone.request.get('/api/v1/me/driver')).json();
  return { phone, da: { id: driver.id, name: `${driver.firstName} ${driver.lastName}` } };
}

/** Taps a punch and waits for the phone to say it was taken. */
async function punch(phone: Page, button: string, done: string) {
  await phone.getByRole('button', { name: button, exact: true }).click();
  await expect(phone.getByText(done, { exact: true })).toBeVisible();
}

/** The most recent day before today on which the DA has no punch, so the manager's day stands alone. */
async function quietDay(page: Page, station: Station, driverId: string): Promise<string> {
  const today = localDate(station.timeZone);
  for (let back = 1; back <= 7; back++) {
    const date = addDays(today, -back);
    const res = await page.request.get(`/api/v1/payroll/punches?stationId=${station.id}&date=${date}`);
    expect(res.status(), await res.text()).toBe(200);
    const { items } = (await res.json()) as { items: { driverId: string }[] };
    if (!items.some((p) => p.driverId === driverId)) return date;
  }
  throw new Error('The demo DA punched every day of the last week');
}

/** The manager adds one punch to the open DA-day through the timecard's form. */
async function addPunch(page: Page, kind: string, date: string, time: string) {
  const panel = page.locator('aside.day-panel');
  await panel.getByRole('button', { name: 'Add a punch' }).click();
  await panel.getByLabel('Punch').selectOption({ label: kind });
  await panel.getByLabel('Date').fill(date);
  await panel.getByLabel('Time (station clock)').fill(time);
  await panel.getByLabel('Reason').fill('Paper timesheet, phone was broken');
  await panel.getByRole('button', { name: 'Add punch' }).click();
  await expect(panel.getByRole('button', { name: 'Add a punch' })).toBeVisible();
}

test('a DA punches a day on the phone; the manager settles a late meal; the owner closes and exports', async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  const { phone, da } = await daPhone(browser);

  // The DA's day on the phone. The demo may have clocked them in already today: start from where they are.
  await phone.goto('/me/clock');
  await expect(phone.getByRole('heading', { name: 'Time clock' })).toBeVisible();
  const clockIn = phone.getByRole('button', { name: 'Clock in', exact: true });
  const endMeal = phone.getByRole('button', { name: 'End meal', exact: true });
  await expect(
    clockIn.or(phone.getByRole('button', { name: 'Clock out', exact: true })).or(endMeal),
  ).toBeVisible();
  if (await clockIn.isVisible()) await punch(phone, 'Clock in', 'Clocked in');
  if (await endMeal.isVisible()) await punch(phone, 'End meal', 'Meal ended');
  await punch(phone, 'Start meal', 'Meal started');
  await punch(phone, 'End meal', 'Meal ended');
  await punch(phone, 'Clock out', 'Clocked out');
  await expect(phone.getByText('You are not clocked in.')).toBeVisible();
  await expect(phone.getByText(/taken away from the station/)).toHaveCount(0);
  await phone.context().close();

  // The manager sees the DA's day on Timecards, punched on the phone.
  await signIn(page, DEMO.manager);
  const me = (await (await page.request.get('/api/v1/me')).json()) as { stations: Station[] };
  const station = me.stations.find((s) => s.code === 'DXC1') as Station;
  const today = localDate(station.timeZone);
  const timecard = (date: string) =>
    `/timecards?station=${station.id}&week=${weekStartOf(date)}&da=${da.id}&day=${date}`;
  await page.goto(timecard(today));
  await expect(page.getByRole('heading', { name: 'Timecards', level: 1 })).toBeVisible();
  const panel = page.locator('aside.day-panel');
  await expect(panel.getByRole('heading', { name: da.name })).toBeVisible();
  for (const kind of ['In', 'Meal start', 'Meal end', 'Out'])
    await expect(
      panel.locator('.punch-line').filter({ hasText: kind }).filter({ hasText: 'DA’s phone' }).first(),
    ).toBeVisible();

  // A meal taken late needs hours to pass: the manager enters a past day from a paper timesheet instead,
  // the meal 5 h 30 in (California wants it before the end of the 5th hour).
  const day = await quietDay(page, station, da.id);
  await page.goto(timecard(day));
  await expect(panel.getByText('No punches this day.')).toBeVisible();
  await addPunch(page, 'In', day, '07:00');
  await addPunch(page, 'Meal start', day, '12:30');
  await addPunch(page, 'Meal end', day, '13:00');
  await addPunch(page, 'Out', day, '16:00');
  await expect(panel.locator('.punch-line').filter({ hasText: 'Manager' })).toHaveCount(4);
  await expect(panel.getByText(/meal premium owed/)).toBeVisible();

  // The exception is in the queue for that day; the manager settles it as a premium owed.
  await panel.getByRole('link', { name: /open exceptions? to settle/ }).click();
  await expect(page.getByRole('heading', { name: 'Payroll exceptions', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Workday')).toHaveValue(day);
  const meal = page
    .locator('li.exception')
    .filter({ hasText: da.name })
    .filter({ has: page.locator('.badge', { hasText: /^Meal$/ }) });
  await expect(meal).toHaveCount(1);
  await expect(meal).toContainText('12:30 Meal start');
  await meal.getByRole('button', { name: 'Resolve' }).click();
  const resolve = page.getByRole('dialog', { name: `Resolve: ${da.name}` });
  await expect(resolve.getByLabel('Resolution')).toHaveValue('premium');
  await resolve.getByLabel('Reason').fill('No waiver on file: one hour at the regular rate');
  await resolve.getByRole('button', { name: 'Resolve' }).click();
  await expect(page.getByText(`${da.name}: premium owed.`)).toBeVisible();
  await expect(meal).toHaveCount(0);
  await page.getByLabel('Status').selectOption('resolved');
  await expect(meal).toContainText('Premium owed: “No waiver on file: one hour at the regular rate”');

  // The owner closes the latest period that is over, over the demo's open exceptions, with a reason.
  await page.getByRole('button', { name: /account menu/ }).click();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL('/login');
  await signIn(page, DEMO.owner);
  await page.goto('/pay-periods');
  await expect(page.getByRole('heading', { name: 'Pay periods', level: 1 })).toBeVisible();
  await page
    .getByRole('button', { name: /^Close over exceptions/ })
    .first()
    .click();
  const close = page.getByRole('dialog', { name: /over open exceptions\?$/ });
  await close.getByLabel('Reason').fill('Payroll is due today; the rest are settled next period');
  await close.getByRole('button', { name: 'Close over exceptions' }).click();
  await expect(page.getByText(/over its open exceptions\.$/)).toBeVisible();

  // Its export to ADP Workforce Now (the demo's pay codes and numeric File #s are set): the paydata CSV.
  await page
    .getByRole('button', { name: /^Export/ })
    .first()
    .click();
  const exports = page.getByRole('dialog', { name: /^Export / });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    exports.getByRole('button', { name: 'ADP Workforce Now' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/i);
  const file = await readFile(await download.path(), 'utf8');
  const [header, first] = file.split(/\r?\n/);
  expect(header).toMatch(/^Co Code,Batch ID,File #,Reg Hours,O\/T Hours,/);
  expect(first).toMatch(/^DCD,/);
});
