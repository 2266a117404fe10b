import { conflict, forbidden, notFound } from '../app/problems.js';
import { recordAudit, recordAudits } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { PayPeriodsTable } from '../db/schema.js';
import { localDate } from '../shared/dates.js';
import { newId, nowIso } from '../shared/ids.js';
import { findOrgStationZones } from '../tenancy/store.js';
import { byOf } from './by.js';
import { periodOf, recentPeriods } from './domain/pay-periods.js';
import { payrollSettings } from './payroll-settings.js';
import {
  countOpenExceptions,
  deleteTotals,
  findPeriod,
  findPeriodByStart,
  insertPeriod,
  insertTotals,
  listExports,
  listStoredPeriods,
  listTotals,
  markPremiumsPaid,
  unmarkPremiumsPaid,
  updatePeriod,
} from './period-store.js';
import { computePeriodTotals, type TotalRow } from './period-totals.js';

/** The org's business date: the earliest of its stations' (a period is over only when over everywhere). */
async function orgToday(db: Db, orgId: string): Promise<string> {
  const zones = [...(await findOrgStationZones(db, orgId)).values()];
  return zones.map((z) => localDate(z)).sort()[0] ?? localDate('UTC');
}

/** A pay run covers every station's DAs: a person limited to some stations reads it, but does not run it. */
function requireWholeOrg(actor: Actor): void {
  if (actor.stationIds !== null)
    throw forbidden(
      'A pay period covers every station; someone limited to some stations cannot close or export it.',
    );
}

const requireOwner = (actor: Actor, what: string): void => {
  if (actor.role !== 'owner') throw forbidden(`Only an owner may ${what}.`);
};

/** Hours and premiums by pay code, and the DAs, of the rows in the actor's stations. */
function summarize(rows: readonly TotalRow[], actor: Actor) {
  const seen = rows.filter((r) => actor.stationIds === null || actor.stationIds.includes(r.station_id));
  const minutes: Record<string, number> = { REG: 0, OT: 0, DT: 0, MEAL: 0, REST: 0 };
  for (const r of seen) minutes[r.pay_code] = (minutes[r.pay_code] ?? 0) + r.minutes;
  return { das: new Set(seen.map((r) => r.driver_id)).size, minutes };
}

/**
 * The latest pay periods, newest first: each with its status, open exceptions (in the actor's
 * stations), DAs and hours by pay code (frozen when closed, as closing now would freeze them when
 * open) and its exports.
 */
export async function listPayPeriods(db: Db, actor: Actor, count: number) {
  const { settings } = await payrollSettings(db, actor.orgId);
  const today = await orgToday(db, actor.orgId);
  const dates = recentPeriods(settings, today, count);
  const stored = new Map(
    (
      await listStoredPeriods(
        db,
        actor.orgId,
        dates.map((d) => d.start),
      )
    ).map((p) => [p.start_date, p]),
  );
  const closedIds = [...stored.values()].filter((p) => p.status === 'closed').map((p) => p.id);
  const frozen = await listTotals(db, actor.orgId, closedIds);
  const items = [];
  for (const period of dates) {
    const row = stored.get(period.start);
    const closed = row?.status === 'closed';
    const rows = closed
      ? frozen.filter((t) => t.period_id === row.id)
      : (await computePeriodTotals(db, actor.orgId, period)).rows;
    items.push({
      ...period,
      row: row ?? null,
      canClose: period.end < today,
      openExceptions: await countOpenExceptions(db, actor.orgId, period.start, period.end, actor.stationIds),
      ...summarize(rows, actor),
      exports: row ? await listExports(db, actor.orgId, row.id) : [],
    });
  }
  return { settings, today, items };
}

export interface CloseInput {
  start: string;
  /** An owner closing over open exceptions says why. */
  overrideReason?: string | undefined;
}

/**
 * Closes a pay period: refused while any exception of it is open unless an owner closes over them
 * with a reason. Freezes each DA's totals by pay code and marks the premiums it pays as paid by it.
 */
export async function closePayPeriod(db: Db, actor: Actor, input: CloseInput) {
  requireWholeOrg(actor);
  const { settings } = await payrollSettings(db, actor.orgId);
  const period = periodOf(settings, input.start);
  if (period.start !== input.start) throw notFound('Pay period');
  if (period.end >= (await orgToday(db, actor.orgId)))
    throw conflict(`This pay period runs to ${period.end}; close it once it is over.`);
  const existing = await findPeriodByStart(db, actor.orgId, period.start);
  if (existing?.status === 'closed') throw conflict('This pay period is already closed.');
  const open = await countOpenExceptions(db, actor.orgId, period.start, period.end, null);
  if (open > 0 && !input.overrideReason)
    throw conflict(
      `${open} exception${open === 1 ? ' is' : 's are'} still open in this pay period: resolve ${open === 1 ? 'it' : 'them'}, or an owner may close over them with a reason.`,
      'overrideReason',
    );
  if (open > 0) requireOwner(actor, 'close a pay period over open exceptions');
  const now = nowIso();
  const row: PayPeriodsTable = {
    org_id: actor.orgId,
    id: existing?.id ?? newId(),
    start_date: period.start,
    end_date: period.end,
    frequency: settings.frequency,
    status: 'closed',
    open_exceptions: open,
    override_reason: open > 0 ? (input.overrideReason ?? null) : null,
    closed_by: byOf(actor),
    closed_at: now,
    reopened_by: existing?.reopened_by ?? null,
    reopened_at: existing?.reopened_at ?? null,
    reopen_reason: existing?.reopen_reason ?? null,
  };
  await db.transaction().execute(async (trx) => {
    const { rows, premiumIds } = await computePeriodTotals(trx, actor.orgId, period);
    if (existing) await updatePeriod(trx, actor.orgId, row.id, row);
    else await insertPeriod(trx, row);
    await insertTotals(
      trx,
      rows.map((r) => ({ ...r, org_id: actor.orgId, period_id: row.id })),
    );
    await markPremiumsPaid(trx, actor.orgId, premiumIds, row.id, now);
    await recordAudit(trx, actor, {
      entity: 'pay_period',
      entityId: row.id,
      before: existing ?? null,
      after: row,
    });
    await recordAudits(
      trx,
      actor,
      premiumIds.map((id) => ({
        entity: 'payroll_premium',
        entityId: id,
        before: { paid_at: null, paid_period_id: null },
        after: { paid_at: now, paid_period_id: row.id },
      })),
    );
  });
  return row;
}

/** An owner reopens a closed period with a reason: its totals unfreeze and its premiums are owed again. */
export async function reopenPayPeriod(db: Db, actor: Actor, id: string, reason: string) {
  requireWholeOrg(actor);
  requireOwner(actor, 'reopen a pay period');
  const period = await findPeriod(db, actor.orgId, id);
  if (!period) throw notFound('Pay period');
  if (period.status !== 'closed') throw conflict('This pay period is not closed.');
  const now = nowIso();
  const reopened: PayPeriodsTable = {
    ...period,
    status: 'reopened',
    reopened_by: byOf(actor),
    reopened_at: now,
    reopen_reason: reason,
  };
  await db.transaction().execute(async (trx) => {
    await updatePeriod(trx, actor.orgId, id, reopened);
    await deleteTotals(trx, actor.orgId, id);
    const paid = await unmarkPremiumsPaid(trx, actor.orgId, id);
    await recordAudit(trx, actor, { entity: 'pay_period', entityId: id, before: period, after: reopened });
    await recordAudits(
      trx,
      actor,
      paid.map((p) => ({
        entity: 'payroll_premium',
        entityId: p.id,
        before: { paid_at: p.paid_at, paid_period_id: id },
        after: { paid_at: null, paid_period_id: null },
      })),
    );
  });
  return reopened;
}
