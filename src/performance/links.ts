import { conflict } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { patchDriverIn, visibleDriver } from '../people/drivers.js';
import { findDriversByKeys } from '../people/store.js';
import { listStations } from '../tenancy/store.js';
import { backfillDriver, listUnlinked } from './store.js';

/**
 * The Transporter IDs of imported rows that match no DA, for a manager to link: the name the files
 * gave, when they were seen, how many rows wait, and the DA who holds that ID now if one does (given
 * it on their profile since the import).
 */
export async function unknownTransporters(db: Db, actor: Actor) {
  const groups = await listUnlinked(db, actor.orgId, actor.stationIds);
  const holders = await findDriversByKeys(db, actor.orgId, {
    transporterIds: groups.map((g) => g.transporterId),
    employeeIds: [],
  });
  const byId = new Map(holders.map((d) => [d.transporter_id, d]));
  const codes = new Map((await listStations(db, actor, 1000)).items.map((s) => [s.id, s.code]));
  return {
    items: groups.map((g) => {
      const holder = byId.get(g.transporterId);
      return {
        ...g,
        stations: g.stationIds.map((id) => codes.get(id) ?? id),
        holder: holder ? { id: holder.id, name: `${holder.first_name} ${holder.last_name}` } : null,
      };
    }),
  };
}

/** How many Transporter IDs wait to be linked, and their rows (the home page's line). */
export async function unknownTransporterCount(db: Db, actor: Actor) {
  const groups = await listUnlinked(db, actor.orgId, actor.stationIds);
  return { ids: groups.length, rows: groups.reduce((n, g) => n + g.rows, 0) };
}

/**
 * Links a Transporter ID to a DA and gives them every row waiting for it. A DA without a Transporter
 * ID gets this one on their profile (so the next files match); a DA with another one is refused, as is
 * an ID another DA holds. The DA must be one the actor may see.
 */
export async function linkTransporter(db: Db, actor: Actor, transporterId: string, driverId: string) {
  return db.transaction().execute(async (trx) => {
    const driver = await visibleDriver(trx, actor, driverId);
    if (driver.transporter_id && driver.transporter_id !== transporterId) {
      throw conflict(
        `${driver.first_name} ${driver.last_name} has Transporter ID ${driver.transporter_id}; change it on their profile first.`,
        'driverId',
      );
    }
    // Refuses an ID another DA holds, and writes the DA's audit row.
    if (!driver.transporter_id) await patchDriverIn(trx, actor, driverId, { transporterId });
    const rows = await backfillDriver(trx, actor.orgId, transporterId, driverId);
    await recordAudit(trx, actor, {
      entity: 'transporter_link',
      entityId: transporterId,
      before: null,
      after: { driver_id: driverId, ...rows },
    });
    return {
      transporterId,
      driverId,
      rows: {
        daWeeks: rows.da_weeks,
        safetyEvents: rows.safety_events,
        customerFeedback: rows.customer_feedback,
      },
    };
  });
}
