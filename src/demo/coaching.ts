import type { Actor } from '../auth/domain/permissions.js';
import type { Step } from '../coaching/domain/steps.js';
import { takeStep } from '../coaching/items.js';
import { sendWarning } from '../coaching/review.js';
import { runCoaching, tellDas } from '../coaching/run.js';
import type { Db } from '../db/database.js';
import type { CoachingItemsTable } from '../db/schema.js';
import { addDays } from '../dispatch/domain/calendar.js';
import { weekEnd } from '../performance/domain/weeks.js';
import { localDate } from '../shared/dates.js';
import { atUtcHour } from './clock.js';
import type { StationHistory } from './performance-history.js';
import { seededRandom } from './random.js';

/**
 * The coaching loop over the demo's twelve weeks, told as it would have happened: the suggested rules
 * run each Tuesday after a week's files arrive, the items reach the DAs, most acknowledge, a few
 * dispute (a manager upholds some and dismisses others), managers hold most 1:1s. Last week's items
 * are left as they are now: some open, some waiting for the DA's next shift.
 */
export async function createCoachingDemo(
  db: Db,
  histories: readonly StationHistory[],
  manager: Actor,
  seed: number,
  now: Date = new Date(),
): Promise<number> {
  let opened = 0;
  for (const h of histories) {
    const today = localDate(h.station.timeZone, now);
    for (const week of h.weeks) {
      const arrived = addDays(weekEnd(week), 3);
      const asOf = arrived < today ? arrived : today;
      opened += (await runCoaching(db, manager.orgId, h.station.id, 'Coaching rules', asOf)).created;
    }
    const latest = h.weeks[h.weeks.length - 1] ?? '';
    await respond(db, h.station.id, latest, manager, seed);
  }
  await db.transaction().execute((trx) => backdate(trx, manager.orgId, now));
  return opened;
}

const at = (date: string, hourUtc: number, now: Date) => {
  const t = atUtcHour(date, hourUtc);
  return t < now.toISOString() ? t : now.toISOString();
};

/**
 * The loop ran in seconds; the story took weeks. Each item is dated the Tuesday its week's files
 * arrived, the DA's answer that evening, a manager's decision two days on, the meeting three.
 */
async function backdate(trx: Db, orgId: string, now: Date): Promise<void> {
  const items = await trx.selectFrom('coaching_items').selectAll().where('org_id', '=', orgId).execute();
  for (const item of items) {
    const opened = addDays(weekEnd(item.week_start), 3);
    const times = {
      opened: at(opened, 15, now),
      answered: at(addDays(opened, 1), 2, now),
      decided: at(addDays(opened, 2), 18, now),
      held: at(addDays(opened, 3), 17, now),
    };
    const when = (value: string | null, time: string) => (value ? time : null);
    await trx
      .updateTable('coaching_items')
      .set({
        created_at: times.opened,
        notified_at: when(item.notified_at, times.opened),
        acknowledged_at: when(item.acknowledged_at, item.resolved_at ? times.held : times.answered),
        disputed_at: when(item.disputed_at, times.answered),
        resolved_at: when(item.resolved_at, times.decided),
        held_at: when(item.held_at, times.held),
        updated_at: times.held,
      })
      .where('org_id', '=', orgId)
      .where('id', '=', item.id)
      .execute();
    for (const [prefix, time] of STEP_TIMES) {
      await trx
        .updateTable('coaching_steps')
        .set({ at: times[time] })
        .where('org_id', '=', orgId)
        .where('item_id', '=', item.id)
        .where('what', 'like', `${prefix}%`)
        .execute();
    }
    await trx
      .updateTable('messages')
      .set({ created_at: times.opened })
      .where('org_id', '=', orgId)
      .where('dedupe_key', 'in', [`coaching:${item.id}`, `coaching:${item.id}:sms`])
      .execute();
  }
}

/** Which of an item's times each history line takes, by how the line starts. */
const STEP_TIMES: readonly [string, 'opened' | 'answered' | 'decided' | 'held'][] = [
  ['Opened', 'opened'],
  ['Sent to the DA', 'opened'],
  ['Disputed', 'answered'],
  ['Acknowledged', 'answered'],
  ['Dispute resolved', 'decided'],
  ['Held', 'held'],
];

async function respond(
  db: Db,
  stationId: string,
  latest: string,
  manager: Actor,
  seed: number,
): Promise<void> {
  const earlier = await db
    .selectFrom('coaching_items')
    .selectAll()
    .where('org_id', '=', manager.orgId)
    .where('station_id', '=', stationId)
    .where('week_start', '<', latest)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  // A manager sent each earlier written warning; last week's wait for review.
  for (const item of earlier.filter((i) => i.notify === 'review')) {
    await sendWarning(db, manager, item.id, undefined);
  }
  // Before last week, every DA had a shift since their item opened: they were told.
  await db.transaction().execute((trx) =>
    tellDas(
      trx,
      manager.orgId,
      earlier.filter((i) => i.notify === 'waiting'),
    ),
  );
  const rand = seededRandom(seed * 7919 + earlier.length);
  for (const item of earlier) await respondTo(db, item, manager, rand);
}

async function respondTo(
  db: Db,
  item: CoachingItemsTable,
  manager: Actor,
  rand: () => number,
): Promise<void> {
  const da = await db
    .selectFrom('drivers')
    .select(['user_id', 'first_name', 'last_name'])
    .where('org_id', '=', item.org_id)
    .where('id', '=', item.driver_id)
    .executeTakeFirstOrThrow();
  const fullName = `${da.first_name} ${da.last_name}`;
  const daActor: Actor = {
    orgId: item.org_id,
    userId: da.user_id,
    role: 'driver',
    stationIds: null,
    label: fullName,
  };
  const step = async (actor: Actor, s: Step, note: string | null) => {
    const now = await db
      .selectFrom('coaching_items')
      .selectAll()
      .where('org_id', '=', item.org_id)
      .where('id', '=', item.id)
      .executeTakeFirstOrThrow();
    await takeStep(db, actor, now, s, note);
  };
  const roll = rand();
  if (item.action !== 'recognition' && roll < 0.12) {
    await step(daActor, { kind: 'dispute', text: 'The camera flagged a car that cut in front of me.' }, null);
    const dismissed = rand() < 0.5;
    await step(
      manager,
      { kind: 'resolve', resolution: dismissed ? 'dismissed' : 'upheld' },
      dismissed
        ? 'Video reviewed: the other car cut in. Dismissed.'
        : 'Video reviewed: the gap was too short.',
    );
    if (dismissed) return;
  }
  if (roll < 0.85) await step(daActor, { kind: 'acknowledge', signature: fullName, fullName }, null);
  if (['one_on_one', 'ride_along', 'written_warning'].includes(item.action) && rand() < 0.8) {
    await step(manager, { kind: 'hold' }, 'Talked through the events and the video together.');
  }
}
