import { badRequest, conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { PayrollExceptionsTable, PayrollResolution } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import { byOf } from './by.js';
import { DA_QUESTION } from './domain/exceptions.js';
import { findException, findPunch, insertPremium, updateException } from './store.js';

export interface Resolution {
  resolution: PayrollResolution;
  reason: string;
  correctionId?: string | undefined;
}

/** Premium hours a meal or rest exception owes: one hour at the regular rate (CA Labor Code §226.7). */
const PREMIUM_HOURS = 1;

/** Settles an open exception with one resolution and a reason; a premium owed goes on the DA's ledger. */
export async function resolveException(db: Db, actor: Actor, id: string, input: Resolution) {
  const ex = await resolvable(db, actor, id, input);
  return db.transaction().execute((trx) => settleOne(trx, actor, ex, input));
}

export interface BulkResolution {
  ids: string[];
  resolution: Exclude<PayrollResolution, 'corrected'>;
  reason: string;
}

/**
 * Settles several open exceptions with one resolution and one reason ("approve all overtime of this
 * week for these DAs"), each audited on its own; all or nothing: one that cannot be settled so refuses
 * the lot, naming it.
 */
export async function resolveExceptions(db: Db, actor: Actor, input: BulkResolution) {
  const exs: PayrollExceptionsTable[] = [];
  for (const [i, id] of [...new Set(input.ids)].entries())
    exs.push(await resolvable(db, actor, id, input, i));
  return db.transaction().execute(async (trx) => {
    const done = [];
    for (const ex of exs) done.push(await settleOne(trx, actor, ex, input));
    return done;
  });
}

/** The exception, if this actor may settle it so; else the problem, naming the id's place in a bulk. */
async function resolvable(db: Db, actor: Actor, id: string, input: Resolution, index?: number) {
  const ex = await findException(db, actor.orgId, id);
  const which = index === undefined ? 'This exception' : `Exception ${id}`;
  const isKind = (kind: string) => `${index === undefined ? 'this one' : `exception ${id}`} is ${kind}`;
  if (!ex || !inStationScope(actor, ex.station_id)) throw notFound(index === undefined ? 'Exception' : which);
  if (ex.status === 'resolved') throw conflict(`${which} is already resolved.`);
  const refuse = (message: string) =>
    badRequest(message, [{ path: index === undefined ? 'resolution' : `ids.${index}`, message }]);
  if (input.resolution === 'corrected') await checkCorrection(db, actor.orgId, ex, input.correctionId);
  if (input.resolution === 'premium' && ex.kind !== 'meal' && ex.kind !== 'rest')
    throw refuse(`Only a meal or rest exception owes a premium; ${isKind(ex.kind)}.`);
  if (input.resolution === 'answered' && ex.kind !== DA_QUESTION)
    throw refuse(`Only a DA’s question is answered; ${isKind(ex.kind)}.`);
  return ex;
}

async function settleOne(trx: Db, actor: Actor, ex: PayrollExceptionsTable, input: Resolution) {
  const now = nowIso();
  const resolved: PayrollExceptionsTable = {
    ...ex,
    status: 'resolved',
    resolution: input.resolution,
    resolution_reason: input.reason,
    correction_id: input.resolution === 'corrected' ? (input.correctionId ?? null) : null,
    resolved_by: byOf(actor),
    resolved_at: now,
    updated_at: now,
  };
  const { org_id: _o, id: _i, ...set } = resolved;
  await updateException(trx, actor.orgId, ex.id, set);
  await recordAudit(trx, actor, {
    entity: 'payroll_exception',
    entityId: ex.id,
    before: ex,
    after: resolved,
  });
  if (input.resolution === 'premium') await owePremium(trx, actor, ex, input.reason, now);
  return resolved;
}

async function owePremium(trx: Db, actor: Actor, ex: PayrollExceptionsTable, reason: string, now: string) {
  const premium = {
    org_id: actor.orgId,
    id: newId(),
    station_id: ex.station_id,
    driver_id: ex.driver_id,
    workday: ex.workday,
    kind: ex.kind as 'meal' | 'rest',
    hours: PREMIUM_HOURS,
    exception_id: ex.id,
    reason,
    paid_at: null,
    paid_period_id: null,
    created_by: byOf(actor),
    created_at: now,
  };
  await insertPremium(trx, premium);
  await recordAudit(trx, actor, {
    entity: 'payroll_premium',
    entityId: premium.id,
    before: null,
    after: premium,
  });
}

async function checkCorrection(db: Db, orgId: string, ex: PayrollExceptionsTable, correctionId?: string) {
  const punch = correctionId ? await findPunch(db, orgId, correctionId) : undefined;
  if (punch && punch.source === 'manager' && punch.driver_id === ex.driver_id && punch.workday === ex.workday)
    return;
  const message = 'Name a manager’s punch of this DA’s workday (added or corrected) that settles it.';
  throw badRequest(message, [{ path: 'correctionId', message }]);
}
