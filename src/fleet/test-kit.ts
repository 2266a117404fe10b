import type { Client } from '../app/testing.js';
import { withCheckDigit } from './domain/vin.js';

/** A valid VIN for test van `n` (a Ford Transit pattern with a serial of n), check digit computed. */
export const testVin = (n: number): string => withCheckDigit(`1FTBW3XM0PKA${String(n).padStart(5, '0')}`);

/** Throws with the answer's body unless the request got the status expected. */
export function must<R extends { statusCode: number; body: string }>(res: R, status: number): R {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res;
}

/** Adds a van through the API and returns its id. */
export async function addVan(
  c: Client,
  stationId: string,
  n: number,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await c.request('POST', '/api/v1/vans', {
    stationId,
    fleetNumber: `V-${String(n).padStart(3, '0')}`,
    vin: testVin(n),
    vanType: 'cdv',
    ownership: 'amazon_fleet',
    ...extra,
  });
  return must(res, 201).json().id;
}
