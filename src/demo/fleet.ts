import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { StationsTable, VanStatus } from '../db/schema.js';
import { enforceOverdueCritical } from '../fleet/enforce.js';
import { listScheduleRows, toSchedule, updateFleetSettings } from '../fleet/schedule-store.js';
import { ensureFleetDefaults } from '../fleet/schedules.js';
import { insertServiceRecords, type ServiceValues } from '../fleet/service-store.js';
import { insertVanStatusChanges, insertVans, type StatusChangeValues } from '../fleet/store.js';
import { localDate } from '../shared/dates.js';
import type { VanType } from '../shared/vans.js';
import { demoServices } from './fleet-services.js';
import { type DemoVan, demoVan } from './fleet-vans.js';
import { seededRandom } from './random.js';

export const VANS_PER_STATION = 40;

/** Of 40 vans: 14 EDV, 16 CDV, 6 step vans, 4 rentals (about 35 / 40 / 15 / 10 %). */
const TYPE_MIX: [VanType, number][] = [
  ['edv', 14],
  ['cdv', 16],
  ['step_van', 6],
  ['rental', 4],
];

/** A few vans of each station are off the road, as on any morning. */
const OFF_ROAD: [VanStatus, string][] = [
  ['grounded', 'Brake pads worn to the indicator (DVIC).'],
  ['grounded', 'Rear bumper and lift gate damaged backing into a dock.'],
  ['in_shop', 'Check engine light: at the dealer for a sensor replacement.'],
  ['returned', 'Lease ended; van returned to the lessor.'],
];

export interface FleetDemoOptions {
  orgId: string;
  stations: StationsTable[];
  seed: number;
  system: Actor;
}

/**
 * About 40 vans per station of mixed types and ownership, a few off the road, with service histories
 * that leave some maintenance due and some overdue. The org grounds vans with overdue critical
 * maintenance, so a step van past its annual DOT inspection shows grounded by that rule. Deterministic
 * for a seed; rows go in with multi-row inserts.
 */
export async function createFleetDemo(trx: Db, opts: FleetDemoOptions): Promise<void> {
  const rand = seededRandom(opts.seed ^ 0x0f1ee7);
  await ensureFleetDefaults(trx, opts.orgId);
  const schedules = (await listScheduleRows(trx, opts.orgId)).map(toSchedule);
  let serial = 100_000 + Math.floor(rand() * 400_000);
  const vans: { van: DemoVan; today: string }[] = [];
  for (const station of opts.stations) {
    const today = localDate(station.time_zone);
    const types = TYPE_MIX.flatMap(([type, n]) => Array.from({ length: n }, () => type));
    // A fixed mix, in a shuffled order, so fleet numbers do not run by type.
    for (let i = types.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [types[i], types[j]] = [types[j] as VanType, types[i] as VanType];
    }
    const offRoadAt = new Set([3, 11, 22, 35]);
    let off = 0;
    types.forEach((type, i) => {
      const offRoad = offRoadAt.has(i + 1) ? OFF_ROAD[off++] : undefined;
      serial += 1 + Math.floor(rand() * 40);
      vans.push({ van: demoVan(rand, station, i + 1, type, serial, today, offRoad), today });
    });
  }

  const rows = await insertVans(
    trx,
    opts.orgId,
    vans.map((v) => v.van.values),
  );
  const history: StatusChangeValues[] = [];
  const services: ServiceValues[] = [];
  for (const [i, row] of rows.entries()) {
    const { van, today } = vans[i] as (typeof vans)[number];
    for (const h of van.history) {
      history.push({
        vanId: row.id,
        ...h,
        source: 'manual',
        changedBy: opts.system.label,
        changedByUserId: null,
      });
    }
    if (row.status !== 'returned')
      services.push(...demoServices(rand, van, row.id, schedules, today, opts.system.label));
    await recordAudit(trx, opts.system, { entity: 'van', entityId: row.id, before: null, after: row });
  }
  await insertVanStatusChanges(trx, opts.orgId, history);
  const records = await insertServiceRecords(trx, opts.orgId, services);
  for (const r of records) {
    await recordAudit(trx, opts.system, { entity: 'service_record', entityId: r.id, before: null, after: r });
  }
  await updateFleetSettings(trx, opts.orgId, { groundOnOverdueCritical: true });
  await recordAudit(trx, opts.system, {
    entity: 'fleet_settings',
    entityId: opts.orgId,
    before: { ground_on_overdue_critical: 0 },
    after: { ground_on_overdue_critical: 1 },
  });
  await enforceOverdueCritical(trx, opts.orgId, {});
}
