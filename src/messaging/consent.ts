import { recordAudit } from '../audit/store.js';
import type { Db } from '../db/database.js';
import type { SmsOptOutsTable } from '../db/schema.js';
import { deleteOptOut, findOptOut, insertOptOut } from './settings-store.js';

/** Who changed a number's consent, as the audit trail names them (a DA's text, Twilio). */
const actorOf = (orgId: string, label: string) => ({ orgId, userId: null, label });

/** Records that a number wants no texts (once: a repeated STOP keeps the first date), with its audit row. */
export async function optOut(trx: Db, row: SmsOptOutsTable, by: string): Promise<void> {
  if (await findOptOut(trx, row.org_id, row.phone)) return;
  await insertOptOut(trx, row);
  await recordAudit(trx, actorOf(row.org_id, by), {
    entity: 'sms_opt_out',
    entityId: row.phone,
    before: null,
    after: { ...row },
  });
}

/** START: the number may be texted again. */
export async function optIn(trx: Db, orgId: string, phone: string, by: string): Promise<void> {
  const before = await findOptOut(trx, orgId, phone);
  if (!before) return;
  await deleteOptOut(trx, orgId, phone);
  await recordAudit(trx, actorOf(orgId, by), { entity: 'sms_opt_out', entityId: phone, before, after: null });
}

/** The provider reports the number unsubscribed from our sender (it replied STOP at the carrier). */
export const optOutAtProvider = (
  trx: Db,
  t: { org_id: string; phone: string; at: string; provider: string },
) =>
  optOut(
    trx,
    { org_id: t.org_id, phone: t.phone, opted_out_at: t.at, source: 'provider', keyword: null },
    `${t.provider}: number unsubscribed`,
  );
