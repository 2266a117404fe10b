import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { MoneyDiscrepanciesTable } from '../db/schema.js';
import { createDispute, recordOutcome, settleDiscrepancy } from '../money/disputes.js';
import { updateDispute } from '../money/store.js';
import { addDays } from '../shared/days.js';
import { LEAK_KINDS, type PlantedLeak } from './money-plan.js';

/**
 * What became of a planted leak, done as the owner does it through the money slice: disputed (the
 * packet filed ten days after the week), then recovered in full or denied when the next invoice came a
 * week later; or written off without a dispute.
 */

/** The discrepancy the checks found for a planted leak: the demo fails if they missed it. */
async function foundFor(db: Db, orgId: string, stationId: string, week: string, planted: PlantedLeak) {
  const found = await db
    .selectFrom('money_discrepancies')
    .selectAll()
    .where('org_id', '=', orgId)
    .where('station_id', '=', stationId)
    .where('week_start', '=', week)
    .where('kind', 'in', [...LEAK_KINDS[planted.leak.kind]])
    .executeTakeFirst();
  if (!found) throw new Error(`The checks missed the demo's ${planted.leak.kind} of the week of ${week}.`);
  return found;
}

/** The instant, at noon UTC, of a day after the week, never later than now. */
const dayAfter = (week: string, days: number, now: Date) => {
  const at = new Date(`${addDays(week, days)}T12:00:00.000Z`);
  return (at < now ? at : now).toISOString();
};

async function dispute(db: Db, owner: Actor, d: MoneyDiscrepanciesTable, planted: PlantedLeak, now: Date) {
  const approvedAt = dayAfter(d.week_start, 16, now);
  const filed = await createDispute(db, owner, [d.id], approvedAt.slice(0, 10));
  await updateDispute(db, owner.orgId, filed.id, { approved_at: approvedAt });
  const { fate } = planted;
  if (fate.is !== 'recovered' && fate.is !== 'denied') return;
  const line =
    fate.is === 'recovered'
      ? { discrepancyId: d.id, status: 'recovered' as const, recoveredCents: d.difference_cents ?? 0 }
      : { discrepancyId: d.id, status: 'written_off' as const, reason: fate.reason };
  const note =
    fate.is === 'recovered' ? 'Paid as an adjustment on the next Variable invoice.' : 'Denied by Amazon.';
  await recordOutcome(db, owner, filed.id, { note, lines: [line] });
  await updateDispute(db, owner.orgId, filed.id, { outcome_at: dayAfter(d.week_start, 23, now) });
}

export async function settlePlanted(
  db: Db,
  owner: Actor,
  at: { stationId: string; week: string; planted: PlantedLeak; now?: Date | undefined },
): Promise<void> {
  const { planted } = at;
  const found = await foundFor(db, owner.orgId, at.stationId, at.week, planted);
  const { fate } = planted;
  if (fate.is === 'open') return;
  if (fate.is === 'written-off')
    await settleDiscrepancy(db, owner, found.id, { status: 'written_off', reason: fate.reason });
  else await dispute(db, owner, found, planted, at.now ?? new Date());
}
