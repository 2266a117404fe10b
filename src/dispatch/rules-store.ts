import type { Db } from '../db/database.js';
import { nowIso } from '../shared/ids.js';
import { DEFAULT_RULES, DispatchRules } from './domain/rules.js';

// The org's scheduling rules (caps, rest, standby target), one row per org.

export async function findRules(db: Db, orgId: string): Promise<DispatchRules> {
  const row = await db
    .selectFrom('dispatch_settings')
    .select('rules')
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  // A rule added after the org saved its settings takes its default.
  return row ? DispatchRules.parse({ ...DEFAULT_RULES, ...JSON.parse(row.rules) }) : DEFAULT_RULES;
}

export async function saveRules(db: Db, orgId: string, rules: DispatchRules, by: string): Promise<void> {
  const values = { rules: JSON.stringify(rules), updated_by: by, updated_at: nowIso() };
  await db
    .insertInto('dispatch_settings')
    .values({ org_id: orgId, ...values })
    .onConflict((oc) => oc.column('org_id').doUpdateSet(values))
    .execute();
}
