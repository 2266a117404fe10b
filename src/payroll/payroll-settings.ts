import { badRequest } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { DispatchRules } from '../dispatch/domain/rules.js';
import { findRules, saveRules } from '../dispatch/rules-store.js';
import { nowIso } from '../shared/ids.js';
import { byOf } from './by.js';
import { DEFAULT_PAYROLL_SETTINGS, type PayrollSettings, startsWorkweek } from './domain/pay-periods.js';
import type { OrgCaps } from './domain/types.js';
import { findPayrollSettings, savePayrollSettings } from './period-store.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The caps payroll shares with scheduling, read from the scheduling rules where they are kept. */
const sharedCaps = (rules: DispatchRules) => ({
  maxDayMinutes: rules.maxDayMinutes,
  maxRolling7DaysMinutes: rules.maxSevenDayMinutes,
  overtimeNeedsApproval: !rules.overtimeAllowed,
});

/** The org's payroll settings, the defaults until the owner saves them (a setting added since: its default). */
export async function payrollSettings(db: Db, orgId: string) {
  const row = await findPayrollSettings(db, orgId);
  const saved = row ? (JSON.parse(row.settings) as Partial<PayrollSettings>) : {};
  const caps: OrgCaps = {
    ...DEFAULT_PAYROLL_SETTINGS.caps,
    ...saved.caps,
    ...sharedCaps(await findRules(db, orgId)),
  };
  return {
    settings: { ...DEFAULT_PAYROLL_SETTINGS, ...saved, caps } as PayrollSettings,
    updatedBy: row?.updated_by ?? null,
    updatedAt: row?.updated_at ?? null,
  };
}

/** What the owner may leave out (a client from before they existed): kept as they are. */
export type PayrollSettingsChange = Omit<PayrollSettings, 'workweekStartsOn' | 'caps'> &
  Partial<Pick<PayrollSettings, 'workweekStartsOn' | 'caps'>>;

/**
 * The owner changes the settings, audited: the first period must start a workweek; the caps shared with
 * scheduling are written to its rules (one place for both).
 */
export async function changePayrollSettings(db: Db, actor: Actor, change: PayrollSettingsChange) {
  const current = (await payrollSettings(db, actor.orgId)).settings;
  const settings: PayrollSettings = { ...current, ...change };
  if (!startsWorkweek(settings.firstPeriodStart, settings.workweekStartsOn)) {
    const day = WEEKDAYS[settings.workweekStartsOn];
    const message = `A pay period starts on the first day of the workweek (a ${day}).`;
    throw badRequest(message, [{ path: 'firstPeriodStart', message }]);
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
    await saveSharedCaps(trx, actor, settings.caps);
  });
  return payrollSettings(db, actor.orgId);
}

async function saveSharedCaps(trx: Db, actor: Actor, caps: OrgCaps) {
  const before = await findRules(trx, actor.orgId);
  const after: DispatchRules = {
    ...before,
    maxDayMinutes: caps.maxDayMinutes,
    maxSevenDayMinutes: caps.maxRolling7DaysMinutes,
    overtimeAllowed: !caps.overtimeNeedsApproval,
  };
  if (JSON.stringify(sharedCaps(before)) === JSON.stringify(sharedCaps(after))) return;
  await saveRules(trx, actor.orgId, after, actor.label);
  await recordAudit(trx, actor, { entity: 'dispatch_rules', entityId: actor.orgId, before, after });
}
