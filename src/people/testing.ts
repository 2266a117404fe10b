import type { Client, TestApp } from '../app/testing.js';
import { updateDriver } from './store.js';

/** Adds a DA through the API as `c` (active, licensed, CDV unless told otherwise); answers its id. */
export async function addDa(
  c: Client,
  homeStationId: string,
  over: Record<string, unknown> = {},
): Promise<string> {
  const res = await c.request('POST', '/api/v1/drivers', {
    firstName: 'Test',
    lastName: `Da${Math.random().toString(36).slice(2, 8)}`,
    homeStationId,
    status: 'active',
    licenseExpiry: '2031-01-31',
    vanTypes: ['cdv'],
    ...over,
  });
  if (res.statusCode !== 201) throw new Error(`adding a DA failed: ${res.statusCode} ${res.body}`);
  return res.json().id;
}

/** Gives a DA record its login (what inviting a driver does), for the phone pages. */
export const linkLogin = (t: TestApp, orgId: string, driverId: string, userId: string | undefined) =>
  updateDriver(t.db.db, orgId, driverId, { user_id: userId ?? null });
