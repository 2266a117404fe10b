import { recordAudit } from '../audit/store.js';
import type { Db } from '../db/database.js';
import { groundVan } from '../fleet/ground-van.js';
import type { Van } from '../fleet/store.js';
import { raiseAlert } from '../inspections/alerts.js';
import { insertDamageRecords, insertRepair, type RepairValues } from '../inspections/damage-store.js';
import type { Inspection } from '../inspections/store.js';
import type { InspectionDemoContext } from './inspection-context.js';
import type { Found } from './inspection-van-days.js';
import { pick } from './random.js';

/**
 * What the demo's inspections found, written as the slice writes it: damage records (the older ones
 * repaired, the recent ones with an open alert), and this morning's grounded van.
 */

export async function writeFound(trx: Db, ctx: InspectionDemoContext, found: Found[]): Promise<number> {
  const rows = await insertDamageRecords(
    trx,
    ctx.orgId,
    found.map((f) => f.values),
  );
  for (const [i, row] of rows.entries()) {
    await recordAudit(trx, ctx.system, { entity: 'damage', entityId: row.id, before: null, after: row });
    const repairedOn = found[i]?.repairedOn;
    if (repairedOn) {
      await recordRepair(trx, ctx, {
        damage_id: row.id,
        repaired_on: repairedOn,
        vendor: pick(ctx.rand, ['Fleet Body Works', 'Collision Pros', 'Mobile Dent Repair']),
        cost_cents: row.cost_cents ?? 30_000,
        note: 'Panel repaired and repainted.',
        invoice_file_id: null,
      });
    } else {
      await raiseAlert(trx, ctx.system, {
        station_id: row.station_id,
        van_id: row.van_id,
        kind: 'new_damage',
        message: `New damage on van ${found[i]?.fleetNumber}. ${row.attribution ?? ''}`.trim(),
        entity: 'damage',
        entity_id: row.id,
      });
    }
  }
  return rows.length;
}

/** This morning's critical failure: the van is grounded now, and managers have an open alert. */
export async function groundPlanted(trx: Db, ctx: InspectionDemoContext, van: Van, inspection: Inspection) {
  const failed = inspection.items.filter((i) => i.result === 'fail').map((i) => `${i.label} (${i.note})`);
  const what = `${inspection.inspectorName}’s pre-trip failed ${failed.join(', ')}`;
  await groundVan(trx, ctx.system, { vanId: van.id, reason: `DVIC: ${what}.`, source: 'inspection' });
  await raiseAlert(trx, ctx.system, {
    station_id: van.stationId,
    van_id: van.id,
    kind: 'van_grounded',
    message: `Van ${van.fleetNumber} grounded: ${what}.`,
    entity: 'inspection',
    entity_id: inspection.id,
  });
}

/** A repair of a damage record, with its audit row as the slice writes them. */
export async function recordRepair(trx: Db, ctx: InspectionDemoContext, values: RepairValues): Promise<void> {
  const repair = await insertRepair(trx, ctx.orgId, values);
  await recordAudit(trx, ctx.system, {
    entity: 'damage_repair',
    entityId: repair.id,
    before: null,
    after: repair,
  });
}
