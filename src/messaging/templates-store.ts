import type { Db } from '../db/database.js';
import type { MessageTemplatesTable } from '../db/schema.js';
import { nowIso } from '../shared/ids.js';
import type { Language } from './domain/templates.js';

export const overrideKey = (key: string, language: Language) => `${key}:${language}`;

/** The org's own wording of templates, by `key:language`. */
export async function findOverrides(
  db: Db,
  orgId: string,
  keys?: readonly string[],
): Promise<Map<string, MessageTemplatesTable>> {
  if (keys?.length === 0) return new Map();
  let q = db.selectFrom('message_templates').selectAll().where('org_id', '=', orgId);
  if (keys) q = q.where('key', 'in', [...new Set(keys)]);
  const rows = await q.execute();
  return new Map(rows.map((r) => [overrideKey(r.key, r.language), r]));
}

export const findOverride = (db: Db, orgId: string, key: string, language: Language) =>
  db
    .selectFrom('message_templates')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('key', '=', key)
    .where('language', '=', language)
    .executeTakeFirst();

export async function saveOverride(
  db: Db,
  orgId: string,
  v: { key: string; language: Language; body: string; by: string },
): Promise<void> {
  const values = { body: v.body, updated_by: v.by, updated_at: nowIso() };
  await db
    .insertInto('message_templates')
    .values({ org_id: orgId, key: v.key, language: v.language, ...values })
    .onConflict((oc) => oc.columns(['org_id', 'key', 'language']).doUpdateSet(values))
    .execute();
}

export async function deleteOverride(db: Db, orgId: string, key: string, language: Language): Promise<void> {
  await db
    .deleteFrom('message_templates')
    .where('org_id', '=', orgId)
    .where('key', '=', key)
    .where('language', '=', language)
    .execute();
}
