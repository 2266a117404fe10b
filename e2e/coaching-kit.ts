import type { Browser, Page } from '@playwright/test';
import { DEMO, expect, signIn } from './fixtures.js';

/** What the coaching journeys share: a DA's phone, a manager's desk, and a day of safety events. */

export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

export interface Da {
  id: string;
  name: string;
  transporterId: string;
  phone: string;
  homeStationId: string;
}

export async function phoneOf(browser: Browser, email: string): Promise<{ page: Page; da: Da }> {
  const page = await (await browser.newContext(PHONE)).newPage();
  await signIn(page, email);
  const { driver } = await (await page.request.get('/api/v1/me/driver')).json();
  return { page, da: { ...driver, name: `${driver.firstName} ${driver.lastName}` } as Da };
}

/** Three following-distance events an hour apart today, in Cortex's export, for each DA. */
export function safetyEvents(das: Da[], stamp: string): Buffer {
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'America/Los_Angeles' });
  const header =
    'Date,Delivery Associate,Transporter ID,Event ID,Date Time (PDT/PST),VIN,Program Impact,Metric Type,Metric Subtype,Source,Video Link,Review Details';
  const rows = das.flatMap((da, d) =>
    [9, 10, 11].map(
      (hour) =>
        `${today},DA ${d},${da.transporterId},E2E-${stamp}-${d}-${hour},${today} ${hour}:15,,Yes,Following Distance,,Cortex,https://video.example/${stamp}/${d}/${hour},`,
    ),
  );
  return Buffer.from(`${[header, ...rows].join('\r\n')}\r\n`);
}

export async function asManager(browser: Browser): Promise<{ page: Page; csrf: string }> {
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await signIn(page, DEMO.owner);
  const csrf = (await (await page.request.get('/api/v1/me')).json()).csrfToken as string;
  return { page, csrf };
}

/** The manager imports a day of safety events for the DAs' station on the Imports page. */
export async function importSafetyEvents(
  page: Page,
  stationId: string,
  file: Buffer,
  rows: number,
): Promise<void> {
  await page.goto('/imports?kind=safety-events');
  const form = page.getByRole('region', { name: 'New import' });
  await form.getByLabel('Station').selectOption(stationId);
  await page.getByLabel('File (CSV or Excel .xlsx)').setInputFiles({
    name: 'Safety_Dashboard_today.csv',
    mimeType: 'text/csv',
    buffer: file,
  });
  await page.getByRole('button', { name: 'Preview' }).click();
  await expect(page.getByTestId('import-preview').getByText('The file is good')).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`^Commit ${rows} rows`) }).click();
  await expect(page.getByText('Import committed.')).toBeVisible();
}

/** The DA's items about a run's imported events (their video links carry the run's stamp). */
export const todays = (page: Page, stamp: string) =>
  page
    .getByTestId('my-coaching')
    .getByRole('listitem')
    .filter({ has: page.locator(`a[href*="/${stamp}/"]`) });
