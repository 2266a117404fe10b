import type { Db } from '../db/database.js';
import type { InspectionTemplatesTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import type { VanType } from '../shared/vans.js';
import type { TemplateItem } from './domain/checklist.js';

// Each van type's inspection checklist, as the org saved it. Scoped by org.

export const findTemplateRow = (db: Db, orgId: string, vanType: VanType) =>
  db
    .selectFrom('inspection_templates')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('van_type', '=', vanType)
    .executeTakeFirst();

export const listTemplateRows = (db: Db, orgId: string) =>
  db.selectFrom('inspection_templates').selectAll().where('org_id', '=', orgId).execute();

/**
 * Stores a van type's checklist unless one exists (two first inspections at once keep one row);
 * answers the stored row either way.
 */
export async function claimTemplate(
  db: Db,
  orgId: string,
  vanType: VanType,
  items: TemplateItem[],
): Promise<{ row: InspectionTemplatesTable; created: boolean }> {
  const at = nowIso();
  const res = await db
    .insertInto('inspection_templates')
    .values({
      org_id: orgId,
      id: newId(),
      van_type: vanType,
      items: JSON.stringify(items),
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) => oc.columns(['org_id', 'van_type']).doNothing())
    .executeTakeFirst();
  const row = (await findTemplateRow(db, orgId, vanType)) as InspectionTemplatesTable;
  return { row, created: Number(res.numInsertedOrUpdatedRows ?? 0) === 1 };
}

export async function updateTemplateItems(db: Db, orgId: string, id: string, items: TemplateItem[]) {
  await db
    .updateTable('inspection_templates')
    .set({ items: JSON.stringify(items), updated_at: nowIso() })
    .where('org_id', '=', orgId)
    .where('id', '=', id)
    .execute();
}

export const templateItemsOf = (row: InspectionTemplatesTable): TemplateItem[] =>
  JSON.parse(row.items) as TemplateItem[];
