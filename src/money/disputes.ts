import type { z } from 'zod';
import { conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { type Actor, inStationScope } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { MoneyDiscrepanciesTable, MoneyDisputesTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import { windowClosed } from './domain/week.js';
import type { StoredEvidence } from './reconcile-week.js';
import { type OutcomeIn, type SettleIn, serverToday } from './schemas.js';
import {
  findDiscrepancies,
  findDispute,
  insertDispute,
  listDisputeDiscrepancies,
  updateDiscrepancy,
  updateDispute,
} from './store.js';

const auditActor = (actor: Actor) => ({ orgId: actor.orgId, userId: actor.userId, label: actor.label });

/** Discrepancies of the actor's org and stations; any other id answers 404. */
async function visibleDiscrepancies(db: Db, actor: Actor, ids: readonly string[]) {
  const found = await findDiscrepancies(db, actor.orgId, ids);
  const visible = found.filter((d) => inStationScope(actor, d.station_id));
  const missing = ids.find((id) => !visible.some((d) => d.id === id));
  if (missing) throw notFound(`Discrepancy ${missing}`);
  return visible;
}

/** Recovered with the amount that came back, or written off with why (item 7). */
async function settle(
  trx: Db,
  actor: Actor,
  d: MoneyDiscrepanciesTable,
  how: z.output<typeof SettleIn>,
): Promise<MoneyDiscrepanciesTable> {
  const patch =
    how.status === 'recovered'
      ? { status: 'recovered' as const, recovered_cents: how.recoveredCents, written_off_reason: null }
      : { status: 'written_off' as const, recovered_cents: null, written_off_reason: how.reason };
  const after = { ...d, ...patch, updated_at: nowIso() };
  await updateDiscrepancy(trx, actor.orgId, d.id, after);
  await recordAudit(trx, auditActor(actor), {
    entity: 'money_discrepancy',
    entityId: d.id,
    before: d,
    after,
  });
  return after;
}

export async function settleDiscrepancy(db: Db, actor: Actor, id: string, how: z.output<typeof SettleIn>) {
  const [d] = await visibleDiscrepancies(db, actor, [id]);
  if (!d) throw notFound('Discrepancy');
  return db.transaction().execute((trx) => settle(trx, actor, d, how));
}

/**
 * A person approves a dispute of open discrepancies of one station (item 8): they become disputed, and
 * the dispute names the files their evidence comes from, for the packet. One whose window closed by
 * `today` (the approval's day) is refused: Amazon takes disputes only within the window.
 */
export async function createDispute(
  db: Db,
  actor: Actor,
  ids: readonly string[],
  today = serverToday(),
): Promise<MoneyDisputesTable> {
  const chosen = await visibleDiscrepancies(db, actor, [...new Set(ids)]);
  const notOpen = chosen.find((d) => d.status !== 'open');
  if (notOpen) throw conflict(`Discrepancy ${notOpen.id} is ${notOpen.status.replace('_', ' ')}, not open.`);
  const closed = chosen.find((d) => windowClosed(d, today));
  if (closed)
    throw conflict(
      `Discrepancy ${closed.id}'s dispute window closed on ${closed.deadline}: Amazon no longer takes it; write it off instead.`,
    );
  const stations = new Set(chosen.map((d) => d.station_id));
  if (stations.size !== 1)
    throw conflict('A dispute is filed for one station: choose discrepancies of one station.');
  const fileIds = [
    ...new Set(
      chosen.flatMap((d) =>
        (JSON.parse(d.evidence) as StoredEvidence[]).flatMap((e) => (e.fileId ? [e.fileId] : [])),
      ),
    ),
  ];
  const dispute: MoneyDisputesTable = {
    org_id: actor.orgId,
    id: newId(),
    station_id: chosen[0]?.station_id ?? '',
    approved_by: actor.label,
    approved_at: nowIso(),
    file_ids: JSON.stringify(fileIds),
    claimed_cents: chosen.reduce((sum, d) => sum + Math.max(0, d.difference_cents ?? 0), 0),
    recovered_cents: null,
    outcome_note: null,
    outcome_at: null,
  };
  await db.transaction().execute(async (trx) => {
    await insertDispute(trx, dispute);
    for (const d of chosen) {
      const after = { ...d, status: 'disputed' as const, dispute_id: dispute.id, updated_at: nowIso() };
      await updateDiscrepancy(trx, actor.orgId, d.id, after);
      await recordAudit(trx, auditActor(actor), {
        entity: 'money_discrepancy',
        entityId: d.id,
        before: d,
        after,
      });
    }
    await recordAudit(trx, auditActor(actor), {
      entity: 'money_dispute',
      entityId: dispute.id,
      before: null,
      after: dispute,
    });
  });
  return dispute;
}

export async function visibleDispute(db: Db, actor: Actor, id: string): Promise<MoneyDisputesTable> {
  const dispute = await findDispute(db, actor.orgId, id);
  if (!dispute || !inStationScope(actor, dispute.station_id)) throw notFound('Dispute');
  return dispute;
}

/** The outcome once the next invoice pays it (or does not): each line recovered or written off. */
export async function recordOutcome(db: Db, actor: Actor, id: string, outcome: z.output<typeof OutcomeIn>) {
  const dispute = await visibleDispute(db, actor, id);
  const lines = await listDisputeDiscrepancies(db, actor.orgId, dispute.id);
  return db.transaction().execute(async (trx) => {
    for (const line of outcome.lines) {
      const d = lines.find((l) => l.id === line.discrepancyId);
      if (!d) throw notFound(`Discrepancy ${line.discrepancyId} of this dispute`);
      await settle(trx, actor, d, line);
    }
    const settled = await listDisputeDiscrepancies(trx, actor.orgId, dispute.id);
    const after = {
      ...dispute,
      recovered_cents: settled.reduce((sum, d) => sum + (d.recovered_cents ?? 0), 0),
      outcome_note: outcome.note ?? dispute.outcome_note,
      outcome_at: nowIso(),
    };
    await updateDispute(trx, actor.orgId, dispute.id, after);
    await recordAudit(trx, auditActor(actor), {
      entity: 'money_dispute',
      entityId: dispute.id,
      before: dispute,
      after,
    });
    return after;
  });
}
