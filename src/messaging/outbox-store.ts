import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from '../db/database.js';
import type { Database, MessagesTable } from '../db/schema.js';
import type { AttemptResult, OutboxPlan } from './domain/outbox.js';

// The queries of the worker. Queued rows are always texts (in-app rows are delivered as written).
// `queued` is written as a literal so both databases use the partial index on queued rows.
const QUEUED = sql.lit<'queued'>('queued');

/**
 * Due and free: queued, its time come, and held by no worker (never claimed, or the claim ran out
 * because its worker stopped mid-send).
 */
const dueWhere = (now: string) => (eb: ExpressionBuilder<Database, 'messages'>) =>
  eb.and([
    eb('status', '=', QUEUED),
    eb('next_attempt_at', '<=', now),
    eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<=', now)]),
  ]);

/** Orgs with texts due now that no worker holds. */
export async function orgsWithDueTexts(db: Db, now: string): Promise<string[]> {
  const rows = await db.selectFrom('messages').select('org_id').distinct().where(dueWhere(now)).execute();
  return rows.map((r) => r.org_id);
}

export type DueText = Pick<MessagesTable, 'id' | 'driver_id' | 'to_phone'>;

/** An org's due texts, oldest first. */
export const dueTexts = (db: Db, orgId: string, now: string, limit: number): Promise<DueText[]> =>
  db
    .selectFrom('messages')
    .select(['id', 'driver_id', 'to_phone'])
    .where('org_id', '=', orgId)
    .where(dueWhere(now))
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute();

/** Texts an org's workers took to send since `since`: what its rate limit counts. */
export async function textsAttemptedSince(db: Db, orgId: string, since: string): Promise<number> {
  const row = await db
    .selectFrom('messages')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('org_id', '=', orgId)
    .where('last_attempt_at', '>', since)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Settles and defers what the plan says, on rows still queued and unclaimed. */
export async function applyPlan(db: Db, orgId: string, plan: OutboxPlan, now: string): Promise<void> {
  const row = (id: string) =>
    db.updateTable('messages').where('org_id', '=', orgId).where('id', '=', id).where(dueWhere(now));
  for (const s of plan.settle) {
    await row(s.id).set({ status: s.status, last_error: s.error, next_attempt_at: null }).execute();
  }
  for (const d of plan.defer) await row(d.id).set({ next_attempt_at: d.until }).execute();
}

/**
 * Claims texts for one worker: only rows still due and unclaimed are taken, in one UPDATE, so two workers
 * never both hold a row; each then reads back exactly the rows its token won. The attempt is counted here,
 * so a worker that dies mid-send still uses one up.
 */
export async function claimTexts(
  db: Db,
  orgId: string,
  ids: string[],
  claim: { token: string; now: string; until: string },
): Promise<MessagesTable[]> {
  if (ids.length === 0) return [];
  await db
    .updateTable('messages')
    .set((eb) => ({
      claim_token: claim.token,
      claimed_until: claim.until,
      last_attempt_at: claim.now,
      attempts: eb('attempts', '+', 1),
    }))
    .where('org_id', '=', orgId)
    .where('id', 'in', ids)
    .where(dueWhere(claim.now))
    .execute();
  return db
    .selectFrom('messages')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('claim_token', '=', claim.token)
    .orderBy('next_attempt_at')
    .orderBy('id')
    .execute();
}

/** Records a send's result and lets go of the row; only the worker still holding it may. */
export async function finishText(
  db: Db,
  row: Pick<MessagesTable, 'org_id' | 'id' | 'claim_token'>,
  result: AttemptResult & { provider: string },
  now: string,
): Promise<void> {
  await db
    .updateTable('messages')
    .set({
      status: result.status,
      provider: result.provider,
      provider_id: result.providerId,
      next_attempt_at: result.nextAttemptAt,
      last_error: result.lastError,
      sent_at: result.status === 'sent' ? now : null,
      claimed_until: null,
      claim_token: null,
    })
    .where('org_id', '=', row.org_id)
    .where('id', '=', row.id)
    .where('claim_token', '=', row.claim_token)
    .execute();
}

export const findTextByProviderId = (db: Db, provider: string, providerId: string) =>
  db
    .selectFrom('messages')
    .selectAll()
    .where('provider_id', '=', providerId)
    .where('provider', '=', provider)
    .executeTakeFirst();

/** A delivery report: only a sent text moves on (reports may arrive out of order or twice). */
export async function settleSentText(
  db: Db,
  row: Pick<MessagesTable, 'org_id' | 'id'>,
  v: { status: 'delivered' | 'failed' | 'blocked'; at: string; error: string | null },
): Promise<boolean> {
  const res = await db
    .updateTable('messages')
    .set({
      status: v.status,
      delivered_at: v.status === 'delivered' ? v.at : null,
      last_error: v.error,
    })
    .where('org_id', '=', row.org_id)
    .where('id', '=', row.id)
    .where('status', '=', 'sent')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}
