import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadImport } from '../app/testing.js';
import { type CoachingScenario, givenCoaching } from '../coaching/testing.js';
import { testVin } from '../fleet/test-kit.js';
import { csv, SAFETY_HEADER, safetyRow } from '../performance/testing.js';
import { localDate } from './dates.js';
import { addDays } from './days.js';

// Issue 12, item 6: dates have sane ranges by meaning (a hire date is not 9999-12-31, an incident is not
// in the future, a shift is within a few years of today), refused with the field named, in requests and
// in import files alike.

describe('dates out of the range their meaning allows are refused, naming the field', () => {
  let s: CoachingScenario;
  let vanId: string;
  const today = localDate('America/Los_Angeles');
  beforeAll(async () => {
    s = await givenCoaching();
    const van = await s.owner.request('POST', '/api/v1/vans', {
      stationId: s.stationId,
      fleetNumber: 'V-DATES',
      vin: testVin(902),
      vanType: 'cdv',
      ownership: 'owned',
    });
    vanId = van.json().id;
  });
  afterAll(() => s.close());

  const errorsOf = (res: { statusCode: number; json(): unknown }) => {
    expect(res.statusCode, JSON.stringify(res.json())).toBe(400);
    return (res.json() as { errors: { path: string; message: string }[] }).errors;
  };

  it('a DA hired on 9999-12-31 with a licence expiring in 2199', async () => {
    const res = await s.manager.request('POST', '/api/v1/drivers', {
      firstName: 'Ana',
      lastName: 'Future',
      homeStationId: s.stationId,
      hireDate: '9999-12-31',
      licenseExpiry: '2199-01-31',
    });
    expect(errorsOf(res)).toEqual([
      { path: 'hireDate', message: 'Not in the future: today at the latest.' },
      { path: 'licenseExpiry', message: expect.stringMatching(/^No later than \d{4}-\d{2}-\d{2}, 20 years/) },
    ]);
  });

  it('damage that has not happened yet, a service done next week, a lease from 1901', async () => {
    const damage = await s.manager.request('POST', `/api/v1/vans/${vanId}/damage`, {
      panels: ['front_bumper'],
      occurredAt: new Date(Date.now() + 86_400_000).toISOString(),
      description: 'Scraped a post',
      severity: 'minor',
    });
    expect(errorsOf(damage).map((e) => e.path)).toEqual(['occurredAt']);
    const service = await s.manager.request('POST', `/api/v1/vans/${vanId}/services`, {
      scheduleId: null,
      serviceDate: addDays(today, 7),
      odometerMiles: 12_000,
      vendor: 'Jiffy Lube',
      costCents: 8_000,
    });
    expect(errorsOf(service)).toEqual([
      { path: 'serviceDate', message: 'Not in the future: today at the latest.' },
    ]);
    const lease = await s.owner.request('PATCH', `/api/v1/vans/${vanId}`, { ownershipStart: '1901-01-01' });
    expect(errorsOf(lease).map((e) => e.path)).toEqual(['ownershipStart']);
  });

  it('a shift in 2099, a DA’s time off from 1999, a day’s routes ten years out', async () => {
    const da = await s.addDa();
    const shift = await s.manager.request('PUT', '/api/v1/schedule/shifts', {
      stationId: s.stationId,
      driverId: da.id,
      date: '2099-06-01',
      kind: 'route',
      startTime: '10:00',
      minutes: 600,
    });
    expect(errorsOf(shift)).toEqual([
      { path: 'date', message: expect.stringMatching(/^No later than .*, 3 years from today\.$/) },
    ]);
    const phone = await s.loginAs(da);
    const timeOff = await phone.request('POST', '/api/v1/me/time-off', {
      firstDate: '1999-12-31',
      lastDate: today,
    });
    expect(errorsOf(timeOff).map((e) => e.path)).toEqual(['firstDate']);
    const routes = await uploadImport(s.manager, 'routes', 'routes.csv', 'Route,Transporter ID\nCX1,\n', {
      stationId: s.stationId,
      date: addDays(today, 3650),
    });
    expect(errorsOf(routes)).toEqual([{ path: 'date', message: expect.stringMatching(/^No later than/) }]);
  });

  it('in a file: a hire date of 9999-12-31 and a safety event next month, each at its row and column', async () => {
    const das = await uploadImport(
      s.owner,
      'drivers',
      'das.csv',
      `First name,Last name,Employee ID,Home station,Hire date\nAna,Lopez,E-1,DAU5,${today}\nLuis,Later,E-2,DAU5,12/31/9999\n`,
      { dryRun: 'true' },
    );
    expect(das.json()).toMatchObject({
      status: 'rejected',
      errors: [{ row: 3, column: 'Hire date', message: 'Not in the future: today at the latest.' }],
    });
    const da = await s.addDa();
    const soon = addDays(today, 30);
    const events = csv(SAFETY_HEADER, [
      safetyRow('DATES-EV-1', da.transporterId, { Date: soon, 'Date Time (PDT/PST)': `${soon} 09:00:00` }),
    ]);
    const res = await uploadImport(s.manager, 'safety-events', 'safety.csv', events, {
      stationId: s.stationId,
    });
    expect(res.json()).toMatchObject({ status: 'rejected' });
    expect(res.json().errors.map((e: { row: number; message: string }) => [e.row, e.message])).toEqual([
      [2, 'Not in the future: today at the latest.'],
      [2, 'Not in the future: today at the latest.'],
    ]);
  });
});
