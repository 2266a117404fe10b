import type { Db } from '../db/database.js';
import { listRescues, listStationRoutes } from '../dispatch/day-store.js';
import { minutesOfDay } from '../dispatch/domain/calendar.js';
import { listStationShifts } from '../dispatch/schedule-store.js';
import { listDriversInStatuses } from '../people/store.js';
import { localDate } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import type { Station } from '../tenancy/store.js';
import { atLocal } from './clock.js';

/**
 * The workdays the payroll demo punches, read back from what the dispatch demo wrote: every shift a DA
 * checked in for in the last twelve weeks (and today), with the wave they left on, when their route
 * closed and when a rescue they ran ended. Instants are epoch milliseconds.
 */

const HISTORY_DAYS = 84;
const MINUTE = 60_000;

export type PunchStation = Pick<Station, 'id' | 'code' | 'timeZone' | 'state'>;

export interface WorkedDay {
  station: PunchStation;
  date: string;
  /** Today's workday is under way: its DAs are clocked in, nobody out yet. */
  today: boolean;
  driverId: string;
  /** The DA's login, who sends their phone's punches; null for DAs without one. */
  userId: string | null;
  /** "LAST, FIRST", as the payroll provider's export names the DA. */
  providerName: string;
  /** The DA's number at the payroll provider (their employee ID). */
  employeeNumber: string | null;
  standby: boolean;
  checkIn: number;
  /** The route's wave, or the shift's start for a DA on no route. */
  start: number;
  /** When the day's driving ended: the route's close or a rescue's end; null when neither (or today). */
  end: number | null;
  /** The shift's planned end. */
  plannedEnd: number;
  /** The close of the DA's own route, when they drove one. */
  routeEnd: number | null;
  routeCode: string | null;
  /** The DA rescued another route after their own. */
  rescued: boolean;
}

export async function loadWorkedDays(db: Db, orgId: string, station: PunchStation): Promise<WorkedDay[]> {
  const today = localDate(station.timeZone);
  const from = addDays(today, -HISTORY_DAYS);
  const shifts = await listStationShifts(db, orgId, station.id, from, today);
  const routes = await listStationRoutes(db, orgId, station.id, from, today);
  const rescues = await listRescues(db, orgId, station.id, from, today);
  const drivers = await listDriversInStatuses(db, { orgId, stationIds: null }, [
    'onboarding',
    'active',
    'inactive',
    'terminated',
  ]);
  const driverOf = new Map(drivers.map((d) => [d.id, d]));
  const key = (driverId: string | null, date: string) => `${driverId} ${date}`;
  const routeOf = new Map(routes.map((r) => [key(r.driver_id, r.business_date), r]));
  const rescueEnd = new Map<string, number>();
  for (const x of rescues) {
    if (!x.ended_at) continue;
    const k = key(x.rescuer_driver_id, x.business_date);
    rescueEnd.set(k, Math.max(rescueEnd.get(k) ?? 0, Date.parse(x.ended_at)));
  }
  const at = (date: string, hhmm: string) => atLocal(station.timeZone, date, minutesOfDay(hhmm)).getTime();
  const out: WorkedDay[] = [];
  for (const s of shifts) {
    const da = driverOf.get(s.driver_id);
    if (!s.checked_in_at || !da) continue;
    const k = key(s.driver_id, s.business_date);
    const route = routeOf.get(k);
    const routeEnd = route?.actual_end ? Date.parse(route.actual_end) : null;
    const rescue = rescueEnd.get(k) ?? null;
    const start = at(s.business_date, route?.wave_time ?? s.start_time);
    const end = s.business_date === today ? null : Math.max(routeEnd ?? 0, rescue ?? 0) || null;
    out.push({
      station,
      date: s.business_date,
      today: s.business_date === today,
      driverId: s.driver_id,
      userId: da.userId,
      providerName: `${da.lastName.toUpperCase()}, ${da.firstName.toUpperCase()}`,
      employeeNumber: da.employeeId,
      standby: s.kind === 'standby',
      checkIn: Date.parse(s.checked_in_at),
      start,
      end,
      plannedEnd: start + s.minutes * MINUTE,
      routeEnd,
      routeCode: route?.code ?? null,
      rescued: rescue !== null,
    });
  }
  // The same order for the same demo whatever ids the rows got: by date, then by the DA's name.
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.providerName.localeCompare(b.providerName));
}
