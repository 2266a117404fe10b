import { badRequest } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { ServiceRecordsTable } from '../db/schema.js';
import { fileRefs, requireFiles } from '../files/files.js';
import type { FileRef } from '../files/store.js';
import { localDate } from '../shared/dates.js';
import { findStation } from '../tenancy/store.js';
import type { DueItem } from './domain/maintenance.js';
import { dueOfVans } from './due.js';
import { enforceOnRead } from './enforce.js';
import { recordOdometer } from './odometer.js';
import { findScheduleRow, listScheduleRows } from './schedule-store.js';
import { listSchedules } from './schedules.js';
import { insertServiceRecords, listServiceRecordRows } from './service-store.js';
import { findVanRow, listVans, toVan, type Van } from './store.js';
import { visibleVan } from './vans.js';

export interface ServiceRecord {
  id: string;
  vanId: string;
  scheduleId: string | null;
  scheduleName: string | null;
  serviceDate: string;
  odometerMiles: number;
  vendor: string;
  description: string | null;
  costCents: number;
  invoice: FileRef | null;
  notes: string | null;
  recordedBy: string;
  createdAt: string;
}

export type VanSummary = Van & { maintenance: { overdue: number; dueSoon: number } };

/** Vans with how many of their maintenance items are overdue or due soon today. */
export async function withMaintenanceCounts(db: Db, orgId: string, vans: Van[]): Promise<VanSummary[]> {
  const schedules = await listSchedules(db, orgId);
  const due = await dueOfVans(db, orgId, vans, schedules);
  return vans.map((v) => {
    const items = due.get(v.id) ?? [];
    return {
      ...v,
      maintenance: {
        overdue: items.filter((i) => i.state === 'overdue').length,
        dueSoon: items.filter((i) => i.state === 'due_soon').length,
      },
    };
  });
}

export async function vanSummary(db: Db, orgId: string, van: Van): Promise<VanSummary> {
  const [out] = await withMaintenanceCounts(db, orgId, [van]);
  return out as VanSummary;
}

async function toServiceRecords(
  db: Db,
  orgId: string,
  rows: ServiceRecordsTable[],
): Promise<ServiceRecord[]> {
  const names = new Map((await listScheduleRows(db, orgId, true)).map((s) => [s.id, s.name]));
  const files = new Map(
    (
      await fileRefs(
        db,
        orgId,
        rows.flatMap((r) => (r.invoice_file_id ? [r.invoice_file_id] : [])),
      )
    ).map((f) => [f.id, f]),
  );
  return rows.map((r) => ({
    id: r.id,
    vanId: r.van_id,
    scheduleId: r.schedule_id,
    scheduleName: r.schedule_id ? (names.get(r.schedule_id) ?? null) : null,
    serviceDate: r.service_date,
    odometerMiles: r.odometer_miles,
    vendor: r.vendor,
    description: r.description,
    costCents: r.cost_cents,
    invoice: r.invoice_file_id ? (files.get(r.invoice_file_id) ?? null) : null,
    notes: r.notes,
    recordedBy: r.recorded_by,
    createdAt: r.created_at,
  }));
}

/** A van's maintenance today (most urgent first) and its service history (newest first). */
export async function vanMaintenance(db: Db, actor: Actor, vanId: string) {
  const row = await visibleVan(db, actor, vanId);
  await enforceOnRead(db, actor.orgId, { vanIds: [row.id] });
  const van = toVan((await findVanRow(db, actor.orgId, row.id)) ?? row);
  const schedules = await listSchedules(db, actor.orgId);
  const items = (await dueOfVans(db, actor.orgId, [van], schedules)).get(van.id) ?? [];
  const services = await toServiceRecords(
    db,
    actor.orgId,
    await listServiceRecordRows(db, actor.orgId, van.id),
  );
  return { items, services };
}

export interface ServiceInput {
  scheduleId: string | null;
  serviceDate: string;
  odometerMiles: number;
  vendor: string;
  description?: string | null;
  costCents: number;
  invoiceFileId?: string | null;
  notes?: string | null;
}

/**
 * Records work done on a van, with its vendor invoice. The reading on the invoice moves the odometer
 * forward. It does not put a grounded van back on the road: a manager does that, once satisfied.
 */
export async function recordService(
  db: Db,
  actor: Actor,
  vanId: string,
  input: ServiceInput,
): Promise<ServiceRecord> {
  return db.transaction().execute(async (trx) => {
    const van = await visibleVan(trx, actor, vanId);
    const zone = (await findStation(trx, actor.orgId, van.station_id))?.time_zone ?? 'UTC';
    const today = localDate(zone);
    if (input.serviceDate > today) {
      throw badRequest('The service date is in the future.', [
        { path: 'serviceDate', message: `Use a date up to today, ${today}.` },
      ]);
    }
    if (input.scheduleId && !(await findScheduleRow(trx, actor.orgId, input.scheduleId))) {
      throw badRequest('Unknown maintenance item.', [
        { path: 'scheduleId', message: 'Unknown maintenance item.' },
      ]);
    }
    if (input.invoiceFileId) {
      await requireFiles(trx, actor, [input.invoiceFileId], 'invoiceFileId', ['document', 'photo']);
    }
    const [row] = await insertServiceRecords(trx, actor.orgId, [
      {
        van_id: van.id,
        schedule_id: input.scheduleId,
        service_date: input.serviceDate,
        odometer_miles: input.odometerMiles,
        vendor: input.vendor,
        description: input.description ?? null,
        cost_cents: input.costCents,
        invoice_file_id: input.invoiceFileId ?? null,
        notes: input.notes ?? null,
        recorded_by: actor.label,
        recorded_by_user_id: actor.userId,
      },
    ]);
    const record = row as ServiceRecordsTable;
    await recordAudit(trx, actor, {
      entity: 'service_record',
      entityId: record.id,
      before: null,
      after: record,
    });
    await recordOdometer(trx, actor.orgId, van.id, input.odometerMiles, undefined, actor);
    const [out] = await toServiceRecords(trx, actor.orgId, [record]);
    return out as ServiceRecord;
  });
}

export interface DueEntry {
  van: Pick<Van, 'id' | 'fleetNumber' | 'vanType' | 'status' | 'stationId' | 'odometerMiles'>;
  item: DueItem;
}

/** Every overdue or due-soon item of the vans the actor sees (one station, or all theirs), overdue first. */
export async function fleetDue(db: Db, actor: Actor, stationId?: string): Promise<DueEntry[]> {
  await enforceOnRead(db, actor.orgId, stationId ? { stationId } : {});
  // The list applies the actor's station scope: another station's id simply finds no vans.
  const vans: Van[] = [];
  let cursor: string | undefined;
  do {
    const page = await listVans(db, actor, { stationId, limit: 500, cursor });
    vans.push(...page.items.filter((v) => v.status !== 'returned'));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const schedules = await listSchedules(db, actor.orgId);
  const due = await dueOfVans(db, actor.orgId, vans, schedules);
  const entries = vans.flatMap((v) =>
    (due.get(v.id) ?? [])
      .filter((i) => i.state !== 'ok')
      .map((item) => ({
        van: {
          id: v.id,
          fleetNumber: v.fleetNumber,
          vanType: v.vanType,
          status: v.status,
          stationId: v.stationId,
          odometerMiles: v.odometerMiles,
        },
        item,
      })),
  );
  const rank = (e: DueEntry) => (e.item.state === 'overdue' ? 0 : 1);
  return entries.sort((a, b) => rank(a) - rank(b) || a.van.fleetNumber.localeCompare(b.van.fleetNumber));
}
