import { type Counter, countOf, countsInWords } from '../db/count.js';
import type { Db } from '../db/database.js';
import { referencesTo } from '../db/references.js';

/** What people itself keeps about a DA, in the words a manager reads. */
const RECORDS: [Counter, string][] = [
  [(db, o, d) => countOf(db, 'attendance_events', o, 'driver_id', d), 'attendance event'],
  [(db, o, d) => countOf(db, 'driver_documents', o, 'driver_id', d), 'document'],
  [(db, o, d) => countOf(db, 'onboarding_records', o, 'driver_id', d), 'onboarding step'],
  [(db, o, d) => countOf(db, 'driver_notes', o, 'driver_id', d), 'note'],
  [(db, o, d) => countOf(db, 'driver_ratings', o, 'driver_id', d), 'rating'],
];

/**
 * What a DA has on file besides their profile, e.g. ["3 shifts", "1 route"]: a DA with any of it is
 * part of the DSP's history and is never deleted (an import that created them cannot be undone). What
 * other slices keep (shifts, routes, inspections, …) they register with the app (src/db/references.ts).
 */
export const footprintOf = (db: Db, orgId: string, driverId: string): Promise<string[]> =>
  countsInWords(db, orgId, driverId, [...RECORDS, ...referencesTo('driver')]);
