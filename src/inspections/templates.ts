import { badRequest } from '../app/problems.js';
import { type AuditActor, recordAudit } from '../audit/store.js';
import type { Db } from '../db/database.js';
import { VAN_TYPES, type VanType } from '../shared/vans.js';
import { defaultItems, type TemplateItem, templateProblems } from './domain/checklist.js';
import {
  claimTemplate,
  findTemplateRow,
  listTemplateRows,
  templateItemsOf,
  updateTemplateItems,
} from './template-store.js';

export interface Template {
  vanType: VanType;
  items: TemplateItem[];
  /** False while the van type still has the default checklist, never saved. */
  saved: boolean;
}

/** A van type's checklist: the saved one, else the default (reading stores nothing). */
export async function templateFor(db: Db, orgId: string, vanType: VanType): Promise<Template> {
  const row = await findTemplateRow(db, orgId, vanType);
  return row
    ? { vanType, items: templateItemsOf(row), saved: true }
    : { vanType, items: defaultItems(), saved: false };
}

/** Every van type's checklist, in the order van types are listed. */
export async function listTemplates(db: Db, orgId: string): Promise<Template[]> {
  const rows = new Map((await listTemplateRows(db, orgId)).map((r) => [r.van_type, r]));
  return VAN_TYPES.map((vanType) => {
    const row = rows.get(vanType);
    return row
      ? { vanType, items: templateItemsOf(row), saved: true }
      : { vanType, items: defaultItems(), saved: false };
  });
}

/**
 * The checklist an inspection is answered against, stored on first use with the defaults so the
 * org's record shows which checklist its inspections followed from the start.
 */
export async function templateInUse(trx: Db, actor: AuditActor, vanType: VanType): Promise<TemplateItem[]> {
  const { row, created } = await claimTemplate(trx, actor.orgId, vanType, defaultItems());
  if (created)
    await recordAudit(trx, actor, {
      entity: 'inspection_template',
      entityId: row.id,
      before: null,
      after: row,
    });
  return templateItemsOf(row);
}

/** Replaces a van type's checklist; inspections already done keep the checks they were answered on. */
export async function saveTemplate(
  db: Db,
  actor: AuditActor,
  vanType: VanType,
  items: TemplateItem[],
): Promise<Template> {
  const problems = templateProblems(items);
  if (problems.length > 0) throw badRequest('The checklist cannot be saved.', problems);
  return db.transaction().execute(async (trx) => {
    const before = await findTemplateRow(trx, actor.orgId, vanType);
    if (before) {
      await updateTemplateItems(trx, actor.orgId, before.id, items);
      const after = await findTemplateRow(trx, actor.orgId, vanType);
      await recordAudit(trx, actor, {
        entity: 'inspection_template',
        entityId: before.id,
        before,
        after: after ?? null,
      });
    } else {
      const { row } = await claimTemplate(trx, actor.orgId, vanType, items);
      await recordAudit(trx, actor, {
        entity: 'inspection_template',
        entityId: row.id,
        before: null,
        after: row,
      });
    }
    return { vanType, items, saved: true };
  });
}
