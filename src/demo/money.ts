import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { createDispute, recordOutcome } from '../money/disputes.js';
import { localDate } from '../shared/dates.js';
import { addDays, weekday } from '../shared/days.js';
import {
  depositFile,
  invoiceFile,
  type MoneyLeaks,
  type RunRoute,
  rateCardFile,
  wstFile,
} from './money-files.js';
import { createMoneyFleetDemo } from './money-fleet.js';
import { importDemoFiles } from './performance.js';
import type { DemoFile } from './performance-files.js';
import { ownerActor } from './performance-store.js';
import { writeDemoFiles } from './performance-write.js';
import { seededRandom } from './random.js';

/**
 * The money demo (issue 16, item 12): the first station's last four complete weeks as Amazon's files,
 * imported as the owner through the money imports (which check each week as it lands), with the leaks
 * of money-files.ts planted; the dropped route is disputed and recorded recovered.
 */

const WEEKS = 4;
const STATION = 'DXC1';

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

/** The station's files for the weeks, with one worked route left off the first week's invoice. */
async function moneyFiles(
  db: Db,
  orgId: string,
  station: { id: string; code: string },
  seed: number,
  weeks: string[],
) {
  const rand = seededRandom(seed * 37 + 16);
  const leaks: MoneyLeaks = {
    droppedWeek: weeks[0] as string,
    shortBlockWeek: weeks[1] as string,
    shortDepositWeek: weeks[2] as string,
    depositShortCents: 32_500,
  };
  const files: DemoFile[] = [rateCardFile(station.code, weeks[0] as string)];
  const totals: { week: string; totalCents: number }[] = [];
  let dropped: RunRoute | null = null;
  for (const week of weeks) {
    const run = await routesRun(db, orgId, station.id, week, addDays(week, 6));
    const left = week === leaks.droppedWeek ? run[Math.floor(rand() * run.length)] : undefined;
    if (left) dropped = left;
    const invoiced = run.filter((r) => r !== left);
    const invoice = invoiceFile(station.code, week, invoiced, week === leaks.shortBlockWeek);
    files.push(wstFile(station.code, week, run), invoice.file);
    totals.push({ week, totalCents: invoice.totalCents });
  }
  files.push(depositFile(station.code, totals, leaks));
  return { files, dropped, leaks };
}

/** The owner disputes the dropped route and, once the next invoice paid it, records it recovered. */
async function disputeDroppedRoute(db: Db, owner: Actor, stationId: string, date: string) {
  const found = await db
    .selectFrom('money_discrepancies')
    .selectAll()
    .where('org_id', '=', owner.orgId)
    .where('station_id', '=', stationId)
    .where('kind', '=', 'route-paid-short')
    .where('date', '=', date)
    .executeTakeFirst();
  if (!found) throw new Error(`The demo's dropped route of ${date} was not found by the checks.`);
  const dispute = await createDispute(db, owner, [found.id]);
  await recordOutcome(db, owner, dispute.id, {
    note: 'Paid as an adjustment on the next Variable invoice.',
    lines: [{ discrepancyId: found.id, status: 'recovered', recoveredCents: found.difference_cents ?? 0 }],
  });
}

export async function createMoneyDemo(db: Db, opts: { orgId: string; seed: number; now?: Date }) {
  const station = await db
    .selectFrom('stations')
    .select(['id', 'code', 'time_zone'])
    .where('org_id', '=', opts.orgId)
    .where('code', '=', STATION)
    .executeTakeFirstOrThrow();
  const today = localDate(station.time_zone, opts.now ?? new Date());
  const sunday = addDays(today, -weekday(today));
  const weeks = Array.from({ length: WEEKS }, (_, i) => addDays(sunday, -7 * (WEEKS - i)));
  const { files, dropped, leaks } = await moneyFiles(db, opts.orgId, station, opts.seed, weeks);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stationhand-demo-money-'));
  try {
    const owner = await ownerActor(db, opts.orgId);
    const written = await writeDemoFiles(dir, files);
    await importDemoFiles(db, owner, written, new Map([[station.code, station.id]]), { afterCommit: true });
    if (dropped) await disputeDroppedRoute(db, owner, station.id, dropped.date);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
  // Fleet bills of the last three months at every station (src/demo/money-fleet.ts).
  await createMoneyFleetDemo(db, { orgId: opts.orgId, ...(opts.now ? { now: opts.now } : {}) });
  return { dropped, leaks };
}
