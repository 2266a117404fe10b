import type { Db } from '../db/database.js';
import type { DamageRecordsTable, DamageRepairsTable } from '../db/schema.js';
import { fileRefs } from '../files/files.js';
import type { FileRef } from '../files/store.js';
import { findVan } from '../fleet/store.js';
import { findDriver } from '../people/store.js';
import { listDamageFoundBy, listRepairs } from './damage-store.js';
import type { ClaimStatus, DamageSource, Severity } from './domain/damage.js';
import type { Attribution } from './domain/new-damage.js';
import type { Panel } from './domain/panels.js';
import { rushedUnderSeconds } from './domain/timing.js';
import { BODY_SIDES, findInspections, type Inspection } from './store.js';

/** Fleet numbers of the vans a list mentions (a page names few vans). */
export async function fleetNumbers(
  db: Db,
  orgId: string,
  vanIds: readonly string[],
): Promise<Map<string, string>> {
  const numbers = new Map<string, string>();
  for (const id of new Set(vanIds)) {
    const van = await findVan(db, orgId, id);
    if (van) numbers.set(id, van.fleetNumber);
  }
  return numbers;
}

/** DA names of the ids a view mentions. */
async function driverNames(
  db: Db,
  orgId: string,
  ids: readonly (string | null)[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) {
    if (!id) continue;
    const d = await findDriver(db, orgId, id);
    if (d) names.set(id, `${d.first_name} ${d.last_name}`);
  }
  return names;
}

export interface InspectionSummary {
  id: string;
  vanId: string;
  fleetNumber: string;
  stationId: string;
  vanType: Inspection['vanType'];
  kind: Inspection['kind'];
  businessDate: string;
  driverId: string | null;
  inspectorName: string;
  startedAt: string;
  durationSeconds: number;
  rushed: boolean;
  passed: boolean;
  grounded: boolean;
  failedItems: string[];
  damagePanels: Panel[];
}

export const summarise = (i: Inspection, fleetNumber: string): InspectionSummary => ({
  id: i.id,
  vanId: i.vanId,
  fleetNumber,
  stationId: i.stationId,
  vanType: i.vanType,
  kind: i.kind,
  businessDate: i.businessDate,
  driverId: i.driverId,
  inspectorName: i.inspectorName,
  startedAt: i.startedAt,
  durationSeconds: i.durationSeconds,
  rushed: i.rushed,
  passed: i.passed,
  grounded: i.grounded,
  failedItems: i.items.filter((it) => it.result === 'fail').map((it) => it.label),
  damagePanels: i.damageMarks.map((m) => m.panel),
});

export async function summaries(db: Db, orgId: string, items: Inspection[]): Promise<InspectionSummary[]> {
  const numbers = await fleetNumbers(
    db,
    orgId,
    items.map((i) => i.vanId),
  );
  return items.map((i) => summarise(i, numbers.get(i.vanId) ?? '?'));
}

const allFileIds = (i: Inspection): string[] => [
  ...BODY_SIDES.map((s) => i.bodyPhotos[s]),
  i.odometerPhotoId,
  ...(i.videoId ? [i.videoId] : []),
  ...i.items.flatMap((it) => it.photoIds),
  ...i.damageMarks.flatMap((m) => m.photoIds),
];

/**
 * One inspection in full, every photo as a file reference, with the damage it found. For the DA who
 * did it (`forDriver`) the attribution is left out: it names the other DA and their inspection.
 */
export async function inspectionView(db: Db, orgId: string, i: Inspection, forDriver = false) {
  const files = new Map((await fileRefs(db, orgId, allFileIds(i))).map((f) => [f.id, f]));
  const file = (id: string | null) => (id ? (files.get(id) ?? null) : null);
  const many = (ids: string[]) => ids.flatMap((id) => (files.has(id) ? [files.get(id) as FileRef] : []));
  const numbers = await fleetNumbers(db, orgId, [i.vanId]);
  const found = await listDamageFoundBy(db, orgId, i.id);
  return {
    ...summarise(i, numbers.get(i.vanId) ?? '?'),
    submittedAt: i.submittedAt,
    receivedAt: i.receivedAt,
    rushedUnderSeconds: rushedUnderSeconds(i.vanType),
    odometerMiles: i.odometerMiles,
    fuelPercent: i.fuelPercent,
    items: i.items.map(({ photoIds, ...it }) => ({ ...it, photos: many(photoIds) })),
    bodyPhotos: Object.fromEntries(BODY_SIDES.map((s) => [s, file(i.bodyPhotos[s])])) as Record<
      (typeof BODY_SIDES)[number],
      FileRef | null
    >,
    odometerPhoto: file(i.odometerPhotoId),
    video: file(i.videoId),
    damageMarks: i.damageMarks.map(({ photoIds, ...m }) => ({ ...m, photos: many(photoIds) })),
    newDamage: found.map((d) => ({
      id: d.id,
      panels: JSON.parse(d.panels) as Panel[],
      attribution: forDriver ? null : d.attribution,
    })),
  };
}

// ---- damage ----------------------------------------------------------------------------------------

export interface RepairView {
  id: string;
  repairedOn: string;
  vendor: string;
  costCents: number;
  note: string | null;
  invoice: FileRef | null;
  createdAt: string;
}

export interface DamageView {
  id: string;
  vanId: string;
  stationId: string;
  panels: Panel[];
  occurredAt: string;
  driverId: string | null;
  driverName: string | null;
  description: string;
  severity: Severity | null;
  thirdParty: boolean;
  thirdPartyDetails: string | null;
  policeReport: string | null;
  claimStatus: ClaimStatus;
  costCents: number | null;
  photos: FileRef[];
  videos: FileRef[];
  source: DamageSource;
  /** For damage found by comparing inspections: both inspections and whose shift it was. */
  evidence: {
    previous: InspectionSummary | null;
    current: InspectionSummary | null;
    attribution: string | null;
    attributionKind: Attribution['kind'] | null;
  } | null;
  repairs: RepairView[];
  repairCostCents: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

const ids = (json: string) => JSON.parse(json) as string[];

/** Damage records as the API shows them: names, files, repairs and the inspections behind them, in few queries. */
export async function damageViews(db: Db, orgId: string, rows: DamageRecordsTable[]): Promise<DamageView[]> {
  const repairs = await listRepairs(
    db,
    orgId,
    rows.map((r) => r.id),
  );
  const fileIds = [
    ...rows.flatMap((r) => [...ids(r.photo_ids), ...ids(r.video_ids)]),
    ...repairs.flatMap((r) => (r.invoice_file_id ? [r.invoice_file_id] : [])),
  ];
  const files = new Map((await fileRefs(db, orgId, fileIds)).map((f) => [f.id, f]));
  const many = (list: string[]) => list.flatMap((id) => (files.has(id) ? [files.get(id) as FileRef] : []));
  const names = await driverNames(
    db,
    orgId,
    rows.map((r) => r.driver_id),
  );
  const linked = await findInspections(
    db,
    orgId,
    rows.flatMap((r) => [r.previous_inspection_id, r.inspection_id].filter((x): x is string => x !== null)),
  );
  const linkedSummaries = new Map((await summaries(db, orgId, linked)).map((s) => [s.id, s]));
  const repairView = (r: DamageRepairsTable): RepairView => ({
    id: r.id,
    repairedOn: r.repaired_on,
    vendor: r.vendor,
    costCents: r.cost_cents,
    note: r.note,
    invoice: r.invoice_file_id ? (files.get(r.invoice_file_id) ?? null) : null,
    createdAt: r.created_at,
  });
  return rows.map((r) => {
    const own = repairs.filter((x) => x.damage_id === r.id).map(repairView);
    return {
      id: r.id,
      vanId: r.van_id,
      stationId: r.station_id,
      panels: JSON.parse(r.panels) as Panel[],
      occurredAt: r.occurred_at,
      driverId: r.driver_id,
      driverName: r.driver_id ? (names.get(r.driver_id) ?? null) : null,
      description: r.description,
      severity: r.severity,
      thirdParty: r.third_party === 1,
      thirdPartyDetails: r.third_party_details,
      policeReport: r.police_report,
      claimStatus: r.claim_status,
      costCents: r.cost_cents,
      photos: many(ids(r.photo_ids)),
      videos: many(ids(r.video_ids)),
      source: r.source,
      evidence:
        r.source === 'inspection'
          ? {
              previous: r.previous_inspection_id
                ? (linkedSummaries.get(r.previous_inspection_id) ?? null)
                : null,
              current: r.inspection_id ? (linkedSummaries.get(r.inspection_id) ?? null) : null,
              attribution: r.attribution,
              attributionKind: r.attribution_kind,
            }
          : null,
      repairs: own,
      repairCostCents: own.reduce((sum, x) => sum + x.costCents, 0),
      createdBy: r.created_by,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}
