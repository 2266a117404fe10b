import type { Db } from '../db/database.js';
import type { MessagingSettingsTable, SmsOptOutsTable } from '../db/schema.js';
import { nowIso } from '../shared/ids.js';
import { DEFAULT_SETTINGS, type MessagingSettings } from './domain/settings.js';

export const toSettings = (r: MessagingSettingsTable | undefined): MessagingSettings =>
  r
    ? {
        smsEnabled: r.sms_enabled === 1,
        quietStart: r.quiet_start,
        quietEnd: r.quiet_end,
        ratePerMinute: r.rate_per_minute,
      }
    : DEFAULT_SETTINGS;

export const findSettingsRow = (db: Db, orgId: string) =>
  db.selectFrom('messaging_settings').selectAll().where('org_id', '=', orgId).executeTakeFirst();

export const findSettings = async (db: Db, orgId: string): Promise<MessagingSettings> =>
  toSettings(await findSettingsRow(db, orgId));

export async function saveSettings(db: Db, orgId: string, s: MessagingSettings, by: string): Promise<void> {
  const values = {
    sms_enabled: s.smsEnabled ? 1 : 0,
    quiet_start: s.quietStart,
    quiet_end: s.quietEnd,
    rate_per_minute: s.ratePerMinute,
    updated_by: by,
    updated_at: nowIso(),
  } as const;
  await db
    .insertInto('messaging_settings')
    .values({ org_id: orgId, ...values })
    .onConflict((oc) => oc.column('org_id').doUpdateSet(values))
    .execute();
}

/**
 * Takes the org's settings row for the rest of the transaction (a row lock on PostgreSQL, the write
 * lock on SQLite), so workers claiming the org's texts do it one at a time and the rate limit holds
 * however many instances run. An org without the row has texts off and nothing to claim.
 */
export async function lockSettings(db: Db, orgId: string): Promise<MessagingSettings> {
  await db
    .updateTable('messaging_settings')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('org_id', '=', orgId)
    .execute();
  return findSettings(db, orgId);
}

export const findOptOut = (db: Db, orgId: string, phone: string) =>
  db
    .selectFrom('sms_opt_outs')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('phone', '=', phone)
    .executeTakeFirst();

/** When each of some numbers opted out, for those that did. */
export async function findOptOuts(db: Db, orgId: string, phones: string[]): Promise<Map<string, string>> {
  if (phones.length === 0) return new Map();
  const rows = await db
    .selectFrom('sms_opt_outs')
    .select(['phone', 'opted_out_at'])
    .where('org_id', '=', orgId)
    .where('phone', 'in', [...new Set(phones)])
    .execute();
  return new Map(rows.map((r) => [r.phone, r.opted_out_at]));
}

/** Records an opt-out; one already on file keeps its first date. */
export async function insertOptOut(db: Db, row: SmsOptOutsTable): Promise<void> {
  await db
    .insertInto('sms_opt_outs')
    .values(row)
    .onConflict((oc) => oc.columns(['org_id', 'phone']).doNothing())
    .execute();
}

export async function deleteOptOut(db: Db, orgId: string, phone: string): Promise<void> {
  await db.deleteFrom('sms_opt_outs').where('org_id', '=', orgId).where('phone', '=', phone).execute();
}
