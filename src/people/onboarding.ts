import { badRequest, conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { OnboardingStepsTable } from '../db/schema.js';
import { findDocument } from './documents-store.js';
import type { DocumentType } from './domain/documents.js';
import { groupBy } from './domain/group.js';
import {
  DEFAULT_ONBOARDING_STEPS,
  type OnboardingProgress,
  type OnboardingStatus,
  onboardingProgress,
  type StepAppliesTo,
  stepApplies,
  stepKey,
} from './domain/onboarding.js';
import { visibleDriver } from './drivers.js';
import {
  countSteps,
  findRecord,
  findStep,
  insertSteps,
  listRecords,
  listSteps,
  type OnboardingRecord,
  type OnboardingStep,
  saveRecord,
  toRecord,
  toStep,
  updateStep,
} from './onboarding-store.js';
import { type Driver, listDriversInStatuses, toDriver } from './store.js';

/**
 * The org's checklist; the first time anyone asks, the default steps (issue 3) are created, so an
 * org that never configures it still has one.
 */
export async function ensureSteps(db: Db, actor: Actor): Promise<OnboardingStep[]> {
  if ((await countSteps(db, actor.orgId)) === 0) {
    try {
      await db.transaction().execute(async (trx) => {
        if ((await countSteps(trx, actor.orgId)) > 0) return;
        const rows = await insertSteps(
          trx,
          actor.orgId,
          DEFAULT_ONBOARDING_STEPS.map((s, i) => ({ ...s, position: i + 1 })),
        );
        for (const row of rows) {
          await recordAudit(trx, actor, {
            entity: 'onboarding_step',
            entityId: row.id,
            before: null,
            after: row,
          });
        }
      });
    } catch (error) {
      // Two first requests at once: the other one made them (unique key per org); use those.
      if ((await countSteps(db, actor.orgId)) === 0) throw error;
    }
  }
  return (await listSteps(db, actor.orgId, true)).map(toStep);
}

export interface ChecklistItem {
  step: OnboardingStep;
  status: OnboardingStatus;
  note: string | null;
  documentId: string | null;
  expiry: string | null;
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface Checklist {
  items: ChecklistItem[];
  progress: OnboardingProgress;
}

/** A DA's checklist: the org's active steps that apply to them, each with where they stand. */
function checklistOf(steps: OnboardingStep[], records: OnboardingRecord[], da: Driver): Checklist {
  const byStep = new Map(records.map((r) => [r.stepId, r]));
  const mine = steps.filter((s) => s.active && stepApplies(s, da.vanTypes));
  const items = mine.map((step): ChecklistItem => {
    const r = byStep.get(step.id);
    return {
      step,
      status: r?.status ?? 'todo',
      note: r?.note ?? null,
      documentId: r?.documentId ?? null,
      expiry: r?.expiry ?? null,
      updatedBy: r?.updatedBy ?? null,
      updatedAt: r?.updatedAt ?? null,
    };
  });
  const statusOf = (id: string) => byStep.get(id)?.status ?? 'todo';
  return { items, progress: onboardingProgress(mine, statusOf, da.vanTypes) };
}

export async function driverChecklist(db: Db, actor: Actor, driverId: string): Promise<Checklist> {
  const da = toDriver(await visibleDriver(db, actor, driverId));
  const steps = await ensureSteps(db, actor);
  const records = (await listRecords(db, actor.orgId, [da.id])).map(toRecord);
  return checklistOf(steps, records, da);
}

export interface StepUpdate {
  status: OnboardingStatus;
  note?: string | null | undefined;
  documentId?: string | null | undefined;
  expiry?: string | null | undefined;
}

/** Marks where a DA stands on one step (who and when are the actor and now), with its audit row. */
export async function setStep(
  db: Db,
  actor: Actor,
  driverId: string,
  stepId: string,
  u: StepUpdate,
): Promise<Checklist> {
  const note = u.note?.trim() || null;
  if ((u.status === 'failed' || u.status === 'waived') && !note) {
    throw badRequest('Say why.', [
      { path: 'note', message: `Give a reason for marking a step ${u.status}; it is kept with the step.` },
    ]);
  }
  await db.transaction().execute(async (trx) => {
    const da = toDriver(await visibleDriver(trx, actor, driverId));
    const step = await findStep(trx, actor.orgId, stepId);
    if (step?.active !== 1 || !stepApplies(toStep(step), da.vanTypes)) throw notFound('Onboarding step');
    if (u.documentId) {
      const doc = await findDocument(trx, actor.orgId, u.documentId);
      if (!doc || doc.driver_id !== da.id) {
        throw badRequest('Unknown document.', [
          { path: 'documentId', message: 'Not one of this DA’s documents.' },
        ]);
      }
    }
    const before = await findRecord(trx, actor.orgId, da.id, step.id);
    const after = await saveRecord(
      trx,
      actor.orgId,
      da.id,
      step.id,
      {
        status: u.status,
        note,
        document_id: u.documentId === undefined ? (before?.document_id ?? null) : u.documentId,
        expiry: u.expiry === undefined ? (before?.expiry ?? null) : u.expiry,
        updated_by: actor.label,
      },
      before,
    );
    await recordAudit(trx, actor, {
      entity: 'onboarding_record',
      entityId: after.id,
      before: before ?? null,
      after,
    });
  });
  return driverChecklist(db, actor, driverId);
}

export interface BoardEntry {
  driver: Driver;
  /** Each active step's status for this DA; steps that do not apply to them are left out. */
  steps: Record<string, OnboardingStatus>;
  progress: OnboardingProgress;
}

/** Every applicant and onboarding DA the actor may see, with their progress: the onboarding board. */
export async function onboardingBoard(
  db: Db,
  actor: Actor,
  stationId?: string,
): Promise<{ steps: OnboardingStep[]; entries: BoardEntry[] }> {
  const steps = (await ensureSteps(db, actor)).filter((s) => s.active);
  const drivers = await listDriversInStatuses(db, actor, ['applicant', 'onboarding'], stationId);
  const records = (
    await listRecords(
      db,
      actor.orgId,
      drivers.map((d) => d.id),
    )
  ).map(toRecord);
  const byDriver = groupBy(records, (r) => r.driverId);
  const entries = drivers.map((driver): BoardEntry => {
    const list = checklistOf(steps, byDriver.get(driver.id) ?? [], driver);
    return {
      driver,
      steps: Object.fromEntries(list.items.map((i) => [i.step.id, i.status])),
      progress: list.progress,
    };
  });
  return { steps, entries };
}

export interface StepInput {
  label: string;
  appliesTo: StepAppliesTo;
  documentType: DocumentType | null;
}

/** Adds a step of the org's own at the end of the checklist. */
export async function addStep(db: Db, actor: Actor, input: StepInput): Promise<OnboardingStep> {
  const steps = await ensureSteps(db, actor);
  const label = input.label.trim();
  if (steps.some((s) => s.active && s.label.toLowerCase() === label.toLowerCase())) {
    throw conflict(`The checklist already has a step “${label}”.`, 'label');
  }
  const taken = new Set(steps.map((s) => s.key));
  const base = stepKey(label);
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return db.transaction().execute(async (trx) => {
    const position = Math.max(0, ...steps.map((s) => s.position)) + 1;
    const [row] = await insertSteps(trx, actor.orgId, [{ ...input, label, key, position }]);
    const created = row as OnboardingStepsTable;
    await recordAudit(trx, actor, {
      entity: 'onboarding_step',
      entityId: created.id,
      before: null,
      after: created,
    });
    return toStep(created);
  });
}

export type StepPatch = Partial<StepInput & { active: boolean }>;

/** Renames a step, changes who it applies to, or retires / restores it (records on it are kept). */
export async function changeStep(
  db: Db,
  actor: Actor,
  id: string,
  patch: StepPatch,
): Promise<OnboardingStep> {
  return db.transaction().execute(async (trx) => {
    const before = await findStep(trx, actor.orgId, id);
    if (!before) throw notFound('Onboarding step');
    const set: Parameters<typeof updateStep>[3] = {};
    if (patch.label !== undefined) {
      const label = patch.label.trim();
      const others = await listSteps(trx, actor.orgId);
      if (others.some((s) => s.id !== id && s.label.toLowerCase() === label.toLowerCase())) {
        throw conflict(`The checklist already has a step “${label}”.`, 'label');
      }
      set.label = label;
    }
    if (patch.appliesTo !== undefined) set.applies_to = patch.appliesTo;
    if (patch.documentType !== undefined) set.document_type = patch.documentType;
    if (patch.active !== undefined) set.active = patch.active ? 1 : 0;
    await updateStep(trx, actor.orgId, id, set);
    const after = (await findStep(trx, actor.orgId, id)) as OnboardingStepsTable;
    await recordAudit(trx, actor, { entity: 'onboarding_step', entityId: id, before, after });
    return toStep(after);
  });
}

/** Puts the active steps in the order given (every active step, once each). */
export async function reorderSteps(db: Db, actor: Actor, ids: string[]): Promise<OnboardingStep[]> {
  const active = (await ensureSteps(db, actor)).filter((s) => s.active);
  const known = new Set(active.map((s) => s.id));
  if (ids.length !== active.length || new Set(ids).size !== ids.length || ids.some((id) => !known.has(id))) {
    throw badRequest('Name every active step once.', [
      { path: 'ids', message: 'List each active step of the checklist exactly once.' },
    ]);
  }
  await db.transaction().execute(async (trx) => {
    for (const [i, id] of ids.entries()) {
      const before = (await findStep(trx, actor.orgId, id)) as OnboardingStepsTable;
      if (before.position === i + 1) continue;
      await updateStep(trx, actor.orgId, id, { position: i + 1 });
      await recordAudit(trx, actor, {
        entity: 'onboarding_step',
        entityId: id,
        before: { position: before.position },
        after: { position: i + 1 },
      });
    }
  });
  return (await listSteps(db, actor.orgId, true)).map(toStep);
}
