import type { Evidence } from './discrepancy.js';
import { typeKey } from './route-check.js';

/**
 * Issue 16 item 4: what a station's week should pay, counted from our own records and priced by the
 * rate card in force each day, and the same lines counted from WST and from the invoice. Each source
 * becomes tallies (a quantity of one line of the week on one day) that the checks and the Money week
 * page compare: our records' in `record-tallies.ts`, WST's and the invoice's in `amazon-tallies.ts`,
 * priced by `expected-prices.ts`.
 */

export type Category = 'route' | 'training' | 'ride-along' | 'late-cancel' | 'unplanned-delay' | 'packages';

/** A route of the week as our records have it (roster + day close). */
export interface RecordRoute {
  id: string;
  code: string;
  date: string;
  serviceType: string | null;
  plannedMinutes: number;
  /** A DA was rostered on it. */
  staffed: boolean;
  /** The day close was recorded. */
  closed: boolean;
  packagesDelivered: number | null;
  /** Amazon cancelled it after we staffed it (the board's record). */
  lateCancelId: string | null;
}

/** A training or ride-along shift the DA did not call out of. */
export interface RecordTraining {
  id: string;
  date: string;
  minutes: number;
  driver: string;
}

export interface RecordDelay {
  id: string;
  date: string;
  minutes: number;
  routeCount: number;
  note: string | null;
}

export interface WeekRecords {
  routes: RecordRoute[];
  training: RecordTraining[];
  /** Ride-along (On-Road Experience) days: paid by the day at the card's ride-along line. */
  rideAlongs: RecordTraining[];
  delays: RecordDelay[];
}

/** A quantity of one line of the week on one day (or the whole week: date null), priced in cents. */
export interface Tally {
  category: Category;
  /** Service type (routes); '' otherwise. */
  serviceType: string;
  /** Block hours (routes, training); 0 otherwise (a ride-along is counted by the day). */
  blockHours: number;
  date: string | null;
  quantity: number;
  /** null when no rate prices it. */
  cents: number | null;
  evidence: Evidence[];
}

/** The week page's line a tally or a discrepancy belongs to. */
export const lineKey = (t: Pick<Tally, 'category' | 'serviceType' | 'blockHours'>): string =>
  t.category === 'route'
    ? `route:${typeKey(t.serviceType)}:${t.blockHours}`
    : t.category === 'training'
      ? `training:${t.blockHours}`
      : t.category;

/** A tally of a line with no service type or block (counted by the day, the package or the hour). */
export const dayTally = (
  category: Category,
  date: string,
  quantity: number,
  evidence: Evidence[],
): Omit<Tally, 'cents'> => ({ category, serviceType: '', blockHours: 0, date, quantity, evidence });

/** A whole number of hours is a block; anything else matches no block. */
export const blockOf = (minutes: number): number | null =>
  minutes > 0 && minutes % 60 === 0 ? minutes / 60 : null;
