import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { PayrollExceptionsTable, PayrollResolution, PunchesTable } from '../db/schema.js';
import { ruleSetFor } from '../payroll/domain/rule-sets.js';
import type { StateCode } from '../payroll/domain/types.js';
import { rebuildStationExceptions } from '../payroll/exceptions.js';
import { addPunch, correctPunch } from '../payroll/punches.js';
import { resolveException } from '../payroll/resolve.js';
import { listExceptions } from '../payroll/store.js';
import { localDate, localTime } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { listStations } from '../tenancy/store.js';
import { approveRosterOvertime } from './overtime-approvals.js';
import { memberActor } from './performance-store.js';
import type { WorkedDay } from './punch-days.js';
import { createDemoPunches, type StationPunches } from './punches.js';
import { seededRandom } from './random.js';

/**
 * The payroll demo (issue 15, item 12): the punches, then each station's exceptions built for every past
 * workday by the same function the morning worker runs, then settled by the demo's manager as a DSP
 * would before payday: forgotten punches added, early punch-outs corrected to the route's close, late
 * meals paid a premium where the law owes one, long days' overtime approved. Overtime planned on the
 * roster was approved ahead (`approveRosterOvertime`), so only unplanned overtime reaches the queue.
 * Last week's are left open.
 */

const MINUTE = 60_000;
/** Workdays this recent are still to settle: the queue the demo opens on. */
const OPEN_DAYS = 7;

export interface PayrollDemoOptions {
  orgId: string;
  seed: number;
  now?: Date;
}

export async function createPayrollDemo(db: Db, opts: PayrollDemoOptions): Promise<void> {
  const rand = seededRandom(opts.seed * 31 + 15);
  const now = opts.now ?? new Date();
  const manager = await memberActor(db, opts.orgId, 'manager');
  const stations = (await listStations(db, { orgId: opts.orgId, stationIds: null }, 100)).items;
  const punched = await createDemoPunches(db, {
    orgId: opts.orgId,
    rand,
    stations,
    system: 'Demo generator',
    now,
  });
  for (const s of punched) {
    await approveRosterOvertime(
      db,
      manager,
      s.days.map((d) => d.day),
    );
    const today = localDate(s.station.timeZone, now);
    const first = s.days[0]?.day.date ?? today;
    await rebuildStationExceptions(db, opts.orgId, s.station.id, first, addDays(today, -1));
    const settleBefore = addDays(today, -OPEN_DAYS);
    await correctPunches(manager, db, s, settleBefore);
    const open = await listExceptions(db, opts.orgId, { stationId: s.station.id, status: 'open' });
    const dayOf = new Map(s.days.map((d) => [`${d.day.driverId} ${d.day.date}`, d.day]));
    for (const ex of open.filter((e) => e.workday < settleBefore)) {
      const day = dayOf.get(`${ex.driver_id} ${ex.workday}`);
      const { resolution, reason } = settlement(ex, s.station.state, day);
      await resolveException(db, manager, ex.id, { resolution, reason });
    }
  }
}

const clock = (at: number, day: WorkedDay) => localTime(new Date(at).toISOString(), day.station.timeZone);

/**
 * The manager's punches for the planted problems of settled weeks: a forgotten punch out added at the
 * DA's return, an early one moved to it, a day never punched entered from the check-in and the route.
 * Each rebuilds its workday, which resolves the exception as corrected with the punch's reason.
 */
async function correctPunches(manager: Actor, db: Db, s: StationPunches, before: string) {
  for (const { day, planted, punches } of s.days) {
    if (day.date >= before || day.routeEnd === null) continue;
    const back = day.routeEnd + 20 * MINUTE;
    const add = (kind: PunchesTable['kind'], at: number, reason: string) =>
      addPunch(db, manager, {
        driverId: day.driverId,
        stationId: day.station.id,
        kind,
        at: new Date(at).toISOString(),
        reason,
      });
    if (planted === 'forgot_out')
      await add(
        'out',
        back,
        `Forgot to clock out. Route ${day.routeCode} closed at ${clock(day.routeEnd, day)}; out set 20 min later, as the DA confirmed.`,
      );
    else if (planted === 'out_before_close') {
      const out = punches.find((p) => p.kind === 'out');
      if (out)
        await correctPunch(db, manager, out.id, {
          at: new Date(back).toISOString(),
          reason: `Clocked out before route ${day.routeCode} closed at ${clock(day.routeEnd, day)}: time worked off the clock, paid to the DA's return.`,
        });
    } else if (planted === 'no_punches') {
      const reason = `Phone clock not used that day (dead battery). Times from the check-in and route ${day.routeCode}'s close, agreed with the DA.`;
      const start = day.checkIn + 5 * MINUTE;
      await add('in', start, reason);
      await add('meal_start', start + 4 * 60 * MINUTE, reason);
      await add('meal_end', start + 4 * 60 * MINUTE + 30 * MINUTE, reason);
      await add('out', back, reason);
    }
  }
}

/** The resolution a manager gives an exception the punches stand for, with the reason they would write. */
function settlement(
  ex: PayrollExceptionsTable,
  state: string,
  day: WorkedDay | undefined,
): { resolution: PayrollResolution; reason: string } {
  switch (ex.kind) {
    case 'meal':
    case 'rest':
      return premiumOwed(state, ex.workday)
        ? {
            resolution: 'premium',
            reason: `Confirmed with the DA: the ${ex.kind} was late. One hour of premium pay owed at the regular rate.`,
          }
        : { resolution: 'waiver', reason: `The DA chose to work on and take the ${ex.kind} later; signed.` };
    case 'day_hours':
      return {
        resolution: 'overtime_approved',
        reason: day?.rescued
          ? 'Rescued a late route after their own; the long day was approved by the manager.'
          : 'The route ran long; approved by the manager.',
      };
    case 'unapproved_overtime':
      return {
        resolution: 'overtime_approved',
        reason: day?.routeCode
          ? `Route ${day.routeCode} ran past its plan; overtime approved.`
          : 'Stayed to cover the afternoon; overtime approved.',
      };
    case 'rolling_7_days_hours':
    case 'days_in_7':
      return {
        resolution: 'overtime_approved',
        reason: 'Picked up an extra day to cover callouts; approved.',
      };
    default:
      return { resolution: 'waiver', reason: 'Reviewed with the DA; nothing to correct.' };
  }
}

/** Whether the station's law pays a premium for a missed meal or rest (California does; Texas does not). */
const premiumOwed = (state: string, date: string): boolean =>
  ruleSetFor(state as StateCode, date).rules.some(
    (r) => (r.type === 'meal' || r.type === 'second_meal' || r.type === 'rest') && r.premiumHours > 0,
  );
