import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../db/database.js';
import { weekRecords } from '../money/expected-records.js';
import { localDate } from '../shared/dates.js';
import { addDays, weekday } from '../shared/days.js';
import type { DemoFile } from './demo-file.js';
import { lateCancelOf } from './money-cancels.js';
import { capacityFiles } from './money-capacity.js';
import { type PricedStation, rateCardFile, TRAINING } from './money-card.js';
import { type DemoDelay, lateTruckOf } from './money-delays.js';
import { depositDate, depositFile, type RunRoute, weekFiles } from './money-files.js';
import { createMoneyFleetDemo, fleetMonths } from './money-fleet.js';
import { incentiveFiles } from './money-incentive.js';
import { settlePlanted } from './money-outcomes.js';
import {
  LATE_CANCELS,
  LATE_TRUCKS,
  type PlantedLeak,
  type RecordedEvent,
  recordPlanned,
  stationHourCents,
  stationPlan,
} from './money-plan.js';
import { importDemoFiles } from './performance.js';
import { ownerActor } from './performance-store.js';
import { writeDemoFiles } from './performance-write.js';
import { seededRandom } from './random.js';

/**
 * The money demo (issue 16, item 12): every station's last twelve complete weeks as Amazon's files (a
 * rate card, then each week's WST Service Details and Variable invoice of the routes, training,
 * packages, late cancels and late trucks our records show (money-cancels.ts, money-delays.ts), and the remittance of the weeks
 * paid so far), imported as the owner through the money imports (which check each week as it lands),
 * with the leaks of money-plan.ts planted, then disputed, recovered, denied or written off as planned.
 */

const WEEKS = 12;

/** A station's money weeks: each week's Sunday, the routes run, training days, late truck and late cancel. */
export interface MoneyDemoStation extends PricedStation {
  id: string;
  weeks: {
    week: string;
    run: RunRoute[];
    trainingDays: string[];
    delay: DemoDelay | null;
    lateCancel: RecordedEvent | null;
  }[];
}

/** Makes more of a station's files for its money weeks (fleet bills, Incentive invoices). */
type MoreFiles = (station: MoneyDemoStation, seed: number) => DemoFile[] | Promise<DemoFile[]>;

/** Other money demo files, imported with the rest: fleet and incentive makers go here, one line each. */
const MORE_FILES: readonly MoreFiles[] = [incentiveFiles, capacityFiles];

/** The routes the station ran (closed, with a DA) from a day to another, in day and code order. */
async function routesRun(db: Db, orgId: string, stationId: string, from: string, to: string) {
  const rows = await db
    .selectFrom('routes')
    .innerJoin('drivers', 'drivers.id', 'routes.driver_id')
    .select([
      'routes.business_date',
      'routes.code',
      'routes.service_type',
      'routes.van_type',
      'routes.planned_minutes',
      'routes.packages_delivered',
      'drivers.first_name',
      'drivers.last_name',
    ])
    .where('routes.org_id', '=', orgId)
    .where('routes.station_id', '=', stationId)
    .where('routes.business_date', '>=', from)
    .where('routes.business_date', '<=', to)
    .where('routes.actual_end', 'is not', null)
    .orderBy('routes.business_date')
    .orderBy('routes.code')
    .execute();
  return rows.map(
    (r): RunRoute => ({
      date: r.business_date,
      code: r.code,
      da: `${r.first_name} ${r.last_name}`,
      serviceType: r.service_type ?? 'Standard Parcel',
      vanType: r.van_type,
      plannedMinutes: r.planned_minutes,
      delivered: r.packages_delivered,
    }),
  );
}

/** The Sundays of the twelve weeks before this one, oldest first. */
function moneySundays(today: string): string[] {
  const sunday = addDays(today, -weekday(today));
  return Array.from({ length: WEEKS }, (_, i) => addDays(sunday, -7 * (WEEKS - i)));
}

/** A station's money weeks, with the routes run in each. */
async function moneyWeeks(db: Db, orgId: string, stationId: string, weeks: readonly string[]) {
  const run = await routesRun(db, orgId, stationId, weeks[0] as string, addDays(weeks.at(-1) as string, 6));
  return Promise.all(
    weeks.map(async (week) => ({
      week,
      run: run.filter((r) => r.date >= week && r.date <= addDays(week, 6)),
      trainingDays: await trainingDays(db, orgId, stationId, week),
    })),
  );
}

/** The days of a week's training shifts as the money checks read them: each a training block paid. */
async function trainingDays(db: Db, orgId: string, stationId: string, week: string) {
  const { training } = await weekRecords(db, orgId, stationId, week);
  return training.filter((t) => t.minutes === TRAINING.hours * 60).map((t) => t.date);
}

/** A station's files: its rate card, each week's WST file and invoice, the remittance of the weeks paid. */
async function stationFiles(
  station: MoneyDemoStation,
  plan: readonly PlantedLeak[],
  seed: number,
  today: string,
) {
  const rand = seededRandom(seed * 37 + 16);
  // The card from the first week it prices, or the first month of fleet bills if earlier.
  const first = [station.weeks[0]?.week ?? today, ...fleetMonths(today)].sort()[0] as string;
  const files: DemoFile[] = [rateCardFile(station, first)];
  const paid: { week: string; totalCents: number; shortCents: number }[] = [];
  for (const [i, week] of station.weeks.entries()) {
    const leak = plan.find((p) => p.week === i)?.leak;
    const made = weekFiles(station, week, leak, rand);
    files.push(...made.files);
    if (depositDate(week.week) <= today) paid.push({ week: week.week, ...made });
  }
  if (paid.length > 0) files.push(depositFile(station.code, paid));
  for (const more of MORE_FILES) files.push(...(await more(station, seed)));
  return files;
}

export async function createMoneyDemo(db: Db, opts: { orgId: string; seed: number; now?: Date }) {
  const stations = await db
    .selectFrom('stations')
    .select(['id', 'code', 'time_zone'])
    .where('org_id', '=', opts.orgId)
    .orderBy('created_at')
    .orderBy('code')
    .execute();
  const owner = await ownerActor(db, opts.orgId);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stationhand-demo-money-'));
  try {
    for (const [index, s] of stations.entries()) {
      const today = localDate(s.time_zone, opts.now ?? new Date());
      // Amazon's late cancels and late trucks on the board first: the invoices pay most of them.
      const sundays = moneySundays(today);
      const cancels = await recordPlanned(LATE_CANCELS, sundays, lateCancelOf(db, owner, s.id));
      const delays = await recordPlanned(LATE_TRUCKS, sundays, lateTruckOf(db, owner, s.id));
      const weeks = (await moneyWeeks(db, opts.orgId, s.id, sundays)).map((w) => ({
        ...w,
        delay: delays.get(w.week) ?? null,
        lateCancel: cancels.get(w.week) ?? null,
      }));
      const station = { id: s.id, code: s.code, hourCents: stationHourCents(index), weeks };
      const plan = stationPlan(index);
      const files = await stationFiles(station, plan, opts.seed + index, today);
      const written = await writeDemoFiles(dir, files);
      await importDemoFiles(db, owner, written, new Map([[s.code, s.id]]), { afterCommit: true });
      for (const planted of plan) {
        const week = station.weeks[planted.week]?.week;
        if (week) await settlePlanted(db, owner, { stationId: s.id, week, planted, now: opts.now });
      }
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  // Fleet bills of the last three months at every station (src/demo/money-fleet.ts).
  await createMoneyFleetDemo(db, { orgId: opts.orgId, ...(opts.now ? { now: opts.now } : {}) });
}
