import type { Db } from '../db/database.js';
import { listStationVans, type StatusChangeValues, type Van } from '../fleet/store.js';
import { PANELS, type Panel } from '../inspections/domain/panels.js';
import { type Inspection, insertInspections } from '../inspections/store.js';
import { groupBy } from '../people/domain/group.js';
import { listDriversInStatuses } from '../people/store.js';
import { localDate } from '../shared/dates.js';
import { addDays, daysBetween } from '../shared/days.js';
import { atLocal } from './clock.js';
import type { InspectionDemoContext } from './inspection-context.js';
import type { DemoPhotos } from './inspection-photos.js';
import { type Found, type VanHistory, vanDay } from './inspection-van-days.js';
import type { VanDay } from './story.js';

/** Each station's twelve weeks of DVICs, van-day by van-day as the rosters had them. */

/** Two days ago at the first station: a van also out yesterday, so yesterday's pre-trip finds the dent. */
function dentVanDay(days: Map<string, VanDay[]>, today: string): VanDay | undefined {
  const yesterday = new Set((days.get(addDays(today, -1)) ?? []).map((v) => v.vanId));
  return days.get(addDays(today, -2))?.find((v) => !v.critical && v.postTripAt && yesterday.has(v.vanId));
}

export interface StationRun {
  inspections: number;
  groundToday: { van: Van; inspection: Inspection }[];
  history: StatusChangeValues[];
}

/** A station's inspections, van-day by van-day as the rosters had them, written in batches. */
export async function stationInspections(
  trx: Db,
  ctx: InspectionDemoContext,
  station: InspectionDemoContext['stations'][number],
  first: boolean,
  photos: DemoPhotos,
  found: Found[],
): Promise<StationRun> {
  const vans = new Map((await listStationVans(trx, ctx.orgId, station.id)).map((v) => [v.id, v]));
  const das = new Map(
    (await listDriversInStatuses(trx, { orgId: ctx.orgId, stationIds: null }, ['active'], station.id)).map(
      (d) => [d.id, { id: d.id, userId: d.userId, name: `${d.firstName} ${d.lastName}` }],
    ),
  );
  const today = localDate(station.time_zone);
  const mine = ctx.vanDays.filter((v) => v.stationId === station.id);
  const trips = groupBy(mine, (v) => v.vanId);
  const histories = new Map(
    [...vans.values()].map((v): [string, VanHistory] => [
      v.id,
      {
        marks: new Set(PANELS.filter(() => ctx.rand() < 0.08)),
        unseen: [],
        last: null,
        odometer: Math.max(0, (v.odometerMiles ?? 30_000) - (trips.get(v.id)?.length ?? 0) * 95),
      },
    ]),
  );
  const byDate = groupBy(mine, (v) => v.date);
  const dent = first ? dentVanDay(byDate, today) : undefined;
  const run: StationRun = { inspections: 0, groundToday: [], history: [] };
  const batch: Inspection[] = [];
  const repaired = new Set<Found>();
  for (const [date, list] of byDate) {
    const daysAgo = daysBetween(date, today);
    for (const plan of list) {
      const van = vans.get(plan.vanId);
      const da = das.get(plan.driverId);
      const h = histories.get(plan.vanId);
      if (!van || !da || !h) continue;
      const day = vanDay(ctx, { van, station, date, da, plan }, h, photos, found, daysAgo, plan === dent);
      const pre = day[0];
      if (pre?.grounded && plan.planted) run.groundToday.push({ van, inspection: pre });
      else if (pre?.grounded && plan.fixedOn)
        run.history.push(...groundedUntilFixed(ctx, station, pre, plan.fixedOn));
      batch.push(...day);
    }
    for (const f of found) {
      if (
        repaired.has(f) ||
        f.repairedOn === null ||
        f.repairedOn > date ||
        f.values.station_id !== station.id
      )
        continue;
      repaired.add(f);
      const h = histories.get(f.values.van_id);
      for (const p of JSON.parse(f.values.panels) as Panel[]) h?.marks.delete(p);
    }
    if (batch.length >= 2000) {
      run.inspections += batch.length;
      await insertInspections(trx, ctx.orgId, batch.splice(0));
    }
  }
  run.inspections += batch.length;
  await insertInspections(trx, ctx.orgId, batch);
  return run;
}

/** A van grounded by a failed pre-trip in the past: its status history, grounded until it was fixed. */
function groundedUntilFixed(
  ctx: InspectionDemoContext,
  station: { time_zone: string },
  pre: Inspection,
  fixedOn: string,
): StatusChangeValues[] {
  const failed = pre.items.filter((i) => i.result === 'fail').map((i) => `${i.label} (${i.note})`);
  const common = { vanId: pre.vanId, changedByUserId: null };
  return [
    {
      ...common,
      status: 'grounded',
      reason: `DVIC: ${pre.inspectorName}’s pre-trip failed ${failed.join(', ')}.`,
      source: 'inspection',
      changedBy: pre.inspectorName,
      at: pre.submittedAt,
    },
    {
      ...common,
      status: 'active',
      reason: 'Repaired; back in service.',
      source: 'manual',
      changedBy: ctx.system.label,
      at: atLocal(station.time_zone, fixedOn, 7 * 60).toISOString(),
    },
  ];
}
