import { type Client, type SeededOrg, seedOrg, signIn, startTestApp, type TestApp } from '../app/testing.js';
import { insertRoutes } from '../dispatch/day-store.js';
import { addDa, linkLogin } from '../people/testing.js';

/**
 * A scenario for payroll tests: org acme with station DAU5 (California, Los Angeles), its staff (the
 * dispatcher limited to DAU5), two DAs with phone logins, and another org (beta) beside it.
 * Dates are in November 2026 (Los Angeles is UTC−8 then); `at(date, "07:00")` is that local time.
 */
export interface PayrollScenario {
  t: TestApp;
  org: SeededOrg;
  stationId: string;
  owner: Client;
  manager: Client;
  dispatcher: Client;
  ana: { id: string; phone: Client };
  bo: { id: string; phone: Client };
  beta: { owner: Client; stationId: string };
  /** A route of the DA on the date at DAU5, closed at `actualEnd` (local HH:MM) when given. */
  route(driverId: string, date: string, code: string, actualEnd?: string): Promise<void>;
  close(): Promise<void>;
}

export const at = (date: string, hhmm: string): string => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, mo - 1, d, h + 8, m)).toISOString();
};

let clientIds = 0;
/** A phone punch body with a fresh client id. */
export const phonePunch = (kind: string, date: string, hhmm: string, more: Record<string, unknown> = {}) => {
  clientIds += 1;
  return { clientId: `phone-${clientIds}`, kind, at: at(date, hhmm), ...more };
};

export async function givenPayroll(): Promise<PayrollScenario> {
  const t = await startTestApp();
  const org = await seedOrg(t.db, {
    slug: 'acme',
    stations: ['DAU5'],
    users: [
      { email: 'owner@acme.test', role: 'owner' },
      { email: 'mgr@acme.test', role: 'manager' },
      { email: 'disp@acme.test', role: 'dispatcher', stations: ['DAU5'] },
      { email: 'ana@acme.test', role: 'driver', stations: ['DAU5'] },
      { email: 'bo@acme.test', role: 'driver', stations: ['DAU5'] },
    ],
  });
  const beta = await seedOrg(t.db, {
    slug: 'beta',
    stations: ['DLA8'],
    users: [{ email: 'owner@beta.test', role: 'owner' }],
  });
  const stationId = org.stationIds.DAU5 as string;
  const owner = await signIn(t.app, 'owner@acme.test');
  const da = async (firstName: string, email: string) => {
    const id = await addDa(owner, stationId, { firstName, lastName: 'Payroll' });
    await linkLogin(t, org.orgId, id, org.userIds[email]);
    return { id, phone: await signIn(t.app, email) };
  };
  return {
    t,
    org,
    stationId,
    owner,
    manager: await signIn(t.app, 'mgr@acme.test'),
    dispatcher: await signIn(t.app, 'disp@acme.test'),
    ana: await da('Ana', 'ana@acme.test'),
    bo: await da('Bo', 'bo@acme.test'),
    beta: { owner: await signIn(t.app, 'owner@beta.test'), stationId: beta.stationIds.DLA8 as string },
    route: async (driverId, date, code, actualEnd) => {
      await insertRoutes(t.db.db, org.orgId, [
        {
          station_id: stationId,
          business_date: date,
          code,
          wave_time: '10:20',
          staging_location: null,
          service_type: null,
          planned_minutes: 600,
          stops: 150,
          packages: 250,
          van_type: 'cdv',
          driver_id: driverId,
          van_id: null,
          pinned: 0,
          assignment_why: '[]',
          assigned_by: null,
          assigned_at: null,
          version: 1,
          actual_start: null,
          actual_end: actualEnd ? at(date, actualEnd) : null,
          stops_completed: null,
          packages_delivered: null,
          packages_returned: null,
          closed_by: null,
          closed_at: actualEnd ? at(date, actualEnd) : null,
          source: 'manual',
        },
      ]);
    },
    close: () => t.close(),
  };
}
