import { type Client, type SeededOrg, seedOrg, signIn, startTestApp, type TestApp } from '../app/testing.js';
import { addVan, must } from '../fleet/test-kit.js';
import { addDa, linkLogin } from '../people/testing.js';
import { localDate } from '../shared/dates.js';
import { addDays, weekStartOf } from './domain/calendar.js';

export { must };

/** A station with its staff signed in, for dispatch scenarios: DAs and vans are added by the test. */
export interface StationScenario {
  t: TestApp;
  org: SeededOrg;
  stationId: string;
  owner: Client;
  manager: Client;
  dispatcher: Client;
  /** A driver login, linked to a DA with `linkDriver`. */
  driver: Client;
  /** Today at the station (Los Angeles) and the Sunday two weeks on: far enough ahead for time off. */
  today: string;
  weekStart: string;
  addDa(over?: Record<string, unknown>): Promise<string>;
  addVan(n: number, over?: Record<string, unknown>): Promise<string>;
  linkDriver(driverId: string): Promise<void>;
  close(): Promise<void>;
}

/** `givenStation()`: one org (acme) with station DAU5, an owner, manager, dispatcher and a driver login. */
export async function givenStation(): Promise<StationScenario> {
  const t = await startTestApp();
  const org = await seedOrg(t.db, {
    slug: 'acme',
    stations: ['DAU5'],
    users: [
      { email: 'owner@acme.test', role: 'owner' },
      { email: 'mgr@acme.test', role: 'manager' },
      { email: 'disp@acme.test', role: 'dispatcher', stations: ['DAU5'] },
      { email: 'da@acme.test', role: 'driver', stations: ['DAU5'] },
    ],
  });
  const stationId = org.stationIds.DAU5 as string;
  const owner = await signIn(t.app, 'owner@acme.test');
  const today = localDate('America/Los_Angeles');
  return {
    t,
    org,
    stationId,
    owner,
    manager: await signIn(t.app, 'mgr@acme.test'),
    dispatcher: await signIn(t.app, 'disp@acme.test'),
    driver: await signIn(t.app, 'da@acme.test'),
    today,
    weekStart: addDays(weekStartOf(today), 14),
    addDa: (over = {}) => addDa(owner, stationId, over),
    addVan: (n, over = {}) => addVan(owner, stationId, n, over),
    linkDriver: async (driverId) => {
      await linkLogin(t, org.orgId, driverId, org.userIds['da@acme.test']);
    },
    close: () => t.close(),
  };
}
