import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { MessagingSettings } from './domain/settings.js';
import { findSettingsRow, saveSettings, toSettings } from './settings-store.js';

export interface SettingsView extends MessagingSettings {
  /** Where texts go on this server (SMS_PROVIDER): `log` sends nothing. */
  provider: 'log' | 'twilio';
  updatedBy: string | null;
  updatedAt: string | null;
}

export async function messagingSettings(db: Db, orgId: string, provider: SettingsView['provider']) {
  const row = await findSettingsRow(db, orgId);
  return {
    ...toSettings(row),
    provider,
    updatedBy: row?.updated_by ?? null,
    updatedAt: row?.updated_at ?? null,
  } satisfies SettingsView;
}

/** Texts on or off, quiet hours (equal times: none) and the rate limit, with its audit row. */
export async function changeMessagingSettings(db: Db, actor: Actor, input: MessagingSettings): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = (await findSettingsRow(trx, actor.orgId)) ?? null;
    await saveSettings(trx, actor.orgId, input, actor.label);
    const after = (await findSettingsRow(trx, actor.orgId)) ?? null;
    await recordAudit(trx, actor, { entity: 'messaging_settings', entityId: actor.orgId, before, after });
  });
}
