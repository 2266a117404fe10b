import { badRequest } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { nowIso } from '../shared/ids.js';
import { DEFAULT_PAYROLL_SETTINGS, type PayrollSettings, startsWorkweek } from './domain/pay-periods.js';
import { byOf } from './exceptions.js';
import { findPayrollSettings, savePayrollSettings } from './period-store.js';

/** The org's payroll settings, the defaults until the owner saves them. */
export async function payrollSettings(db: Db, orgId: string) {
  const row = await findPayrollSettings(db, orgId);
  return {
    settings: row ? (JSON.parse(row.settings) as PayrollSettings) : DEFAULT_PAYROLL_SETTINGS,
    updatedBy: row?.updated_by ?? null,
    updatedAt: row?.updated_at ?? null,
  };
}

/** The owner changes the settings; the first period must start a workweek (Sunday), audited. */
export async function changePayrollSettings(db: Db, actor: Actor, settings: PayrollSettings) {
  if (!startsWorkweek(settings.firstPeriodStart)) {
    const message = 'A pay period starts on the first day of the workweek (a Sunday).';
    throw badRequest(message, [{ path: 'body.firstPeriodStart', message }]);
  }
  await db.transaction().execute(async (trx) => {
    const before = await findPayrollSettings(trx, actor.orgId);
    await savePayrollSettings(trx, {
      org_id: actor.orgId,
      settings: JSON.stringify(settings),
      updated_by: byOf(actor),
      updated_at: nowIso(),
    });
    await recordAudit(trx, actor, {
      entity: 'payroll_settings',
      entityId: actor.orgId,
      before: before ? { ...(JSON.parse(before.settings) as PayrollSettings) } : null,
      after: { ...settings },
    });
  });
  return payrollSettings(db, actor.orgId);
}
