import type { Db } from '../db/database.js';
import type { AttendanceEventsTable, DriverNotesTable, DriverRatingsTable } from '../db/schema.js';
import { insertNotes, insertRatings } from '../people/notes-store.js';
import type { Driver } from '../people/store.js';
import { localDate } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { newId } from '../shared/ids.js';
import { atUtcHour } from './clock.js';
import { pick } from './random.js';

const RATING_COMMENTS: Record<number, string[]> = {
  5: ['Rescued two routes this week.', 'Customers mention them by name.', 'Zero DNRs for a month.'],
  4: ['Solid, consistent.', 'Good with new DAs on ride-alongs.', 'Fast on DVICs, never rushed.'],
  3: ['Fine on easy routes; slow on apartments.', 'Needs to follow the sequence.'],
  2: ['Too many callouts lately.', 'RTS high two weeks running.'],
  1: ['Attendance is a problem; final conversation held.'],
};

const NOTES = [
  'Asked to stay on EDVs: prefers the Rivian.',
  'Wants more Saturdays for the extra hours.',
  'Good candidate for trainer / ride-along lead.',
  'Talked about speeding event from Netradyne; understood.',
  'Moving across town next month: may ask to change station.',
  'Helped with a rescue on CX14 without being asked.',
];

/** Managers' ratings and notes of active DAs, lower where attendance points are high. */
export async function demoRatingsAndNotes(
  trx: Db,
  orgId: string,
  rand: () => number,
  drivers: Driver[],
  attendance: AttendanceEventsTable[],
  managerLabel: string,
): Promise<void> {
  const points = new Map<string, number>();
  for (const e of attendance) points.set(e.driver_id, (points.get(e.driver_id) ?? 0) + e.points_tenths);
  const ratings: DriverRatingsTable[] = [];
  const notes: DriverNotesTable[] = [];
  for (const d of drivers) {
    if (d.status !== 'active') continue;
    const p = points.get(d.id) ?? 0;
    const base = p >= 60 ? 2 : p >= 30 ? 3 : 4;
    const count = rand() < 0.4 ? 0 : 1 + Math.floor(rand() * 3);
    for (let i = 0; i < count; i++) {
      const rating = Math.max(1, Math.min(5, base + (rand() < 0.3 ? 1 : 0) - (rand() < 0.15 ? 1 : 0)));
      ratings.push({
        org_id: orgId,
        id: newId(),
        driver_id: d.id,
        rating,
        comment: pick(rand, RATING_COMMENTS[rating] ?? ['']),
        rated_by: managerLabel,
        rated_by_user: null,
        created_at: atUtcHour(addDays(localDate('UTC'), -30 * (count - i)), 21),
      });
    }
    const noteCount = p >= 60 ? 1 : rand() < 0.35 ? 1 + Math.floor(rand() * 2) : 0;
    for (let i = 0; i < noteCount; i++) {
      notes.push({
        org_id: orgId,
        id: newId(),
        driver_id: d.id,
        body:
          p >= 60 && i === 0
            ? `Attendance conversation: ${p / 10} points in the last 12 weeks. Next NCNS is a final warning.`
            : pick(rand, NOTES),
        author: managerLabel,
        author_user: null,
        created_at: atUtcHour(addDays(localDate('UTC'), -Math.floor(rand() * 80) - 1), 22),
      });
    }
  }
  await insertRatings(trx, ratings);
  await insertNotes(trx, notes);
}
