import { type Counter, countOf, countsInWords } from '../db/count.js';
import type { Db } from '../db/database.js';
import { countRoutesOfDriver } from '../dispatch/day-store.js';
import { countShiftsOfDriver } from '../dispatch/schedule-store.js';
import { countInspectionsOfDriver } from '../inspections/store.js';
import { countMessagesOfDriver } from '../messaging/store.js';
import { countPerformanceRowsOfDriver } from '../performance/store.js';

/** Everything that may come to point at a DA, in the words a manager reads. */
const RECORDS: [Counter, string][] = [
  [(db, o, d) => countOf(db, 'attendance_events', o, 'driver_id', d), 'attendance event'],
  [(db, o, d) => countOf(db, 'driver_documents', o, 'driver_id', d), 'document'],
  [(db, o, d) => countOf(db, 'onboarding_records', o, 'driver_id', d), 'onboarding step'],
  [(db, o, d) => countOf(db, 'driver_notes', o, 'driver_id', d), 'note'],
  [(db, o, d) => countOf(db, 'driver_ratings', o, 'driver_id', d), 'rating'],
  [countShiftsOfDriver, 'shift'],
  [countRoutesOfDriver, 'route'],
  [countInspectionsOfDriver, 'inspection'],
  [countPerformanceRowsOfDriver, 'scorecard row'],
  [countMessagesOfDriver, 'message'],
];

/**
 * What a DA has on file besides their profile, e.g. ["3 shifts", "1 route"]: a DA with any of it is
 * part of the DSP's history and is never deleted (an import that created them cannot be undone).
 */
export const footprintOf = (db: Db, orgId: string, driverId: string): Promise<string[]> =>
  countsInWords(db, orgId, driverId, RECORDS);
