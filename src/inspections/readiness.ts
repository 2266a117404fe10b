import type { Db } from '../db/database.js';
import { type PreTripStatus, preTripStatus } from './domain/pre-trip.js';
import { listPreTrips } from './store.js';

const outcomes = (rows: Awaited<ReturnType<typeof listPreTrips>>) =>
  rows.map((r) => ({
    kind: r.kind,
    businessDate: r.business_date,
    startedAt: r.started_at,
    passed: r.passed === 1,
  }));

/**
 * Whether a van has a passed pre-trip on `date` (its station's business date), and which inspection
 * says so: what a roster, the readiness page and the fleet list ask before a van is offered.
 */
export async function vanInspectionToday(
  db: Db,
  orgId: string,
  vanId: string,
  date: string,
): Promise<{ status: PreTripStatus; inspectionId: string | null }> {
  const rows = await listPreTrips(db, orgId, [vanId], [date]);
  const status = preTripStatus(outcomes(rows), date);
  const latest = rows.sort((a, b) => b.started_at.localeCompare(a.started_at))[0];
  return { status, inspectionId: latest?.id ?? null };
}

/** The pre-trip status of many vans at once, each on its own station's date (one query). */
export async function preTripStatuses(
  db: Db,
  orgId: string,
  vans: readonly { id: string; date: string }[],
): Promise<Map<string, PreTripStatus>> {
  const rows = await listPreTrips(
    db,
    orgId,
    vans.map((v) => v.id),
    vans.map((v) => v.date),
  );
  const byVan = new Map<string, typeof rows>();
  for (const r of rows) byVan.set(r.van_id, [...(byVan.get(r.van_id) ?? []), r]);
  return new Map(vans.map((v) => [v.id, preTripStatus(outcomes(byVan.get(v.id) ?? []), v.date)]));
}
