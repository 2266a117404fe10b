import type { Db } from '../db/database.js';
import type { OnboardingRecordsTable, OnboardingStepsTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import type { VanType } from '../shared/vans.js';
import type { DocumentType } from './domain/documents.js';
import { groupBy } from './domain/group.js';
import {
  DEFAULT_ONBOARDING_STEPS,
  type OnboardingStatus,
  type StepAppliesTo,
  type StepTemplate,
  stepApplies,
  stepComplete,
} from './domain/onboarding.js';

export interface OnboardingStep {
  id: string;
  key: string;
  label: string;
  position: number;
  appliesTo: StepAppliesTo;
  documentType: DocumentType | null;
  active: boolean;
}

export const toStep = (r: OnboardingStepsTable): OnboardingStep => ({
  id: r.id,
  key: r.key,
  label: r.label,
  position: r.position,
  appliesTo: r.applies_to,
  documentType: r.document_type as DocumentType | null,
  active: r.active === 1,
});

export interface OnboardingRecord {
  id: string;
  driverId: string;
  stepId: string;
  status: OnboardingStatus;
  note: string | null;
  documentId: string | null;
  expiry: string | null;
  updatedBy: string;
  updatedAt: string;
}

export const toRecord = (r: OnboardingRecordsTable): OnboardingRecord => ({
  id: r.id,
  driverId: r.driver_id,
  stepId: r.step_id,
  status: r.status,
  note: r.note,
  documentId: r.document_id,
  expiry: r.expiry,
  updatedBy: r.updated_by,
  updatedAt: r.updated_at,
});

/** The org's checklist in order; retired steps only when asked (a DA's history still names them). */
export async function listSteps(db: Db, orgId: string, withRetired = false): Promise<OnboardingStepsTable[]> {
  let q = db.selectFrom('onboarding_steps').selectAll().where('org_id', '=', orgId);
  if (!withRetired) q = q.where('active', '=', 1);
  return q.orderBy('position').orderBy('id').execute();
}

export const findStep = (db: Db, orgId: string, id: string) =>
  db
    .selectFrom('onboarding_steps')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .executeTakeFirst();

export const countSteps = async (db: Db, orgId: string): Promise<number> => {
  const r = await db
    .selectFrom('onboarding_steps')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
};

export async function insertSteps(
  db: Db,
  orgId: string,
  steps: (StepTemplate & { position: number })[],
): Promise<OnboardingStepsTable[]> {
  const at = nowIso();
  const rows: OnboardingStepsTable[] = steps.map((s) => ({
    org_id: orgId,
    id: newId(),
    key: s.key,
    label: s.label,
    position: s.position,
    applies_to: s.appliesTo,
    document_type: s.documentType,
    active: 1,
    created_at: at,
    updated_at: at,
  }));
  if (rows.length) await db.insertInto('onboarding_steps').values(rows).execute();
  return rows;
}

export async function updateStep(
  db: Db,
  orgId: string,
  id: string,
  patch: Partial<
    Pick<OnboardingStepsTable, 'label' | 'position' | 'applies_to' | 'document_type' | 'active'>
  >,
): Promise<void> {
  await db
    .updateTable('onboarding_steps')
    .set({ ...patch, updated_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

/** The step records of some DAs (one query for the onboarding board). */
export async function listRecords(
  db: Db,
  orgId: string,
  driverIds: string[],
): Promise<OnboardingRecordsTable[]> {
  if (driverIds.length === 0) return [];
  const rows: OnboardingRecordsTable[] = [];
  // Chunks keep the IN list under SQLite's limit of bound parameters.
  for (let i = 0; i < driverIds.length; i += 500) {
    rows.push(
      ...(await db
        .selectFrom('onboarding_records')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('driver_id', 'in', driverIds.slice(i, i + 500))
        .execute()),
    );
  }
  return rows;
}

export const findRecord = (db: Db, orgId: string, driverId: string, stepId: string) =>
  db
    .selectFrom('onboarding_records')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('driver_id', '=', driverId)
    .where('step_id', '=', stepId)
    .executeTakeFirst();

export type RecordValues = Pick<
  OnboardingRecordsTable,
  'status' | 'note' | 'document_id' | 'expiry' | 'updated_by'
>;

/** Sets where a DA stands on a step: the first time inserts the row, later times update it. */
export async function saveRecord(
  db: Db,
  orgId: string,
  driverId: string,
  stepId: string,
  v: RecordValues,
  existing: OnboardingRecordsTable | undefined,
): Promise<OnboardingRecordsTable> {
  const at = nowIso();
  if (existing) {
    await db
      .updateTable('onboarding_records')
      .set({ ...v, updated_at: at })
      .where('org_id', '=', orgId)
      .where('id', '=', existing.id)
      .execute();
    return { ...existing, ...v, updated_at: at };
  }
  const row: OnboardingRecordsTable = {
    org_id: orgId,
    id: newId(),
    driver_id: driverId,
    step_id: stepId,
    ...v,
    updated_at: at,
  };
  await db.insertInto('onboarding_records').values(row).execute();
  return row;
}

/** Many step records at once (the demo), in multi-row statements. */
export async function insertRecords(db: Db, rows: OnboardingRecordsTable[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 500) {
    await db
      .insertInto('onboarding_records')
      .values(rows.slice(i, i + 500))
      .execute();
  }
}

/**
 * The labels of the steps each DA has failed, for cleared to drive: all of an org's DAs, or the ones
 * named. Failures are rare, so this stays a small answer.
 */
export async function failedSteps(
  db: Db,
  orgId: string,
  driverIds?: string[],
): Promise<Map<string, string[]>> {
  if (driverIds?.length === 0) return new Map();
  let q = db
    .selectFrom('onboarding_records as r')
    .innerJoin('onboarding_steps as s', (j) =>
      j.onRef('s.org_id', '=', 'r.org_id').onRef('s.id', '=', 'r.step_id'),
    )
    .select(['r.driver_id', 's.label'])
    .where('r.org_id', '=', orgId)
    .where('r.status', '=', 'failed');
  if (driverIds) q = q.where('r.driver_id', 'in', driverIds);
  const rows = await q.orderBy('s.position').execute();
  return groupBy(
    rows,
    (r) => r.driver_id,
    (r) => r.label,
  );
}

export const failedStepsOf = async (db: Db, orgId: string, driverId: string): Promise<string[]> =>
  (await failedSteps(db, orgId, [driverId])).get(driverId) ?? [];

/**
 * The onboarding steps that apply to a DA and are not done or waived yet, by label — the org's
 * checklist, or the default one while the org has never opened it.
 */
export async function openStepsOf(
  db: Db,
  orgId: string,
  driverId: string,
  vanTypes: readonly VanType[],
): Promise<string[]> {
  const stored = (await listSteps(db, orgId)).map(toStep);
  const steps = stored.length
    ? stored
    : DEFAULT_ONBOARDING_STEPS.map((s) => ({ ...s, id: s.key, active: true }));
  const done = new Map(
    (await listRecords(db, orgId, [driverId])).map((r) => [r.step_id, stepComplete(r.status)] as const),
  );
  return steps.filter((s) => s.active && stepApplies(s, vanTypes) && !done.get(s.id)).map((s) => s.label);
}
