import type { Db } from '../db/database.js';
import { recordDelay, recordLateCancel } from '../dispatch/amazon-events.js';
import { listStationRoutes } from '../dispatch/day-store.js';
import { localDate } from '../shared/dates.js';
import { addDays, weekday } from '../shared/days.js';
import { ownerActor } from './performance-store.js';
import { seededRandom } from './random.js';

/**
 * Amazon's decisions on the board this week (issue 16 items 4 and 9), at every station: a late line-haul
 * truck that kept a few of yesterday's routes waiting, and one of today's staffed routes cancelled at
 * load-out. They land in the week not yet invoiced, so the money demo's planted weeks stay as planned
 * and the risk ledger shows them as "not invoiced yet".
 */
export async function createAmazonEventsDemo(db: Db, opts: { orgId: string; seed: number; now?: Date }) {
  const owner = await ownerActor(db, opts.orgId);
  const rand = seededRandom(opts.seed * 53 + 9);
  const stations = await db
    .selectFrom('stations')
    .select(['id', 'time_zone'])
    .where('org_id', '=', opts.orgId)
    .orderBy('code')
    .execute();
  for (const s of stations) {
    const today = localDate(s.time_zone, opts.now ?? new Date());
    const sunday = addDays(today, -weekday(today));
    const routes = await listStationRoutes(db, opts.orgId, s.id, sunday, today);
    const closed = routes.filter((r) => r.closed_at !== null && r.business_date < today);
    const lastDay = closed
      .map((r) => r.business_date)
      .sort()
      .at(-1);
    const delayed = closed
      .filter((r) => r.business_date === lastDay)
      .sort((a, b) => a.code.localeCompare(b.code))
      .slice(0, 3 + Math.floor(rand() * 3));
    if (delayed.length > 0)
      await recordDelay(db, owner, {
        routeIds: delayed.map((r) => r.id),
        minutes: 30 + 5 * Math.floor(rand() * 6),
        note: 'Line-haul truck late to the station',
      });
    const staffed = routes.find((r) => r.business_date === today && r.driver_id && r.closed_at === null);
    if (staffed)
      await recordLateCancel(db, owner, staffed.id, {
        time: '09:35',
        note: 'Amazon cut the route at load-out',
      });
  }
}
