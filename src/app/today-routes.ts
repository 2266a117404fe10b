import { z } from 'zod';
import type { Actor } from '../auth/domain/permissions.js';
import { ownDriver } from '../people/own-driver.js';
import { localDate } from '../shared/dates.js';
import { addDays } from '../shared/days.js';
import { listStations } from '../tenancy/store.js';
import { actorOf } from './access.js';
import type { App, AppContext } from './context.js';
import { isMessageCode, type Language, say } from './i18n.js';
import type { Slice, TodayContext, TodayItem, TodayScope, TodayStation } from './slice.js';
import { SLICES } from './slices.js';

const TodayItemOut = z.object({
  key: z.string(),
  count: z.number().int(),
  title: z.string(),
  severity: z.enum(['now', 'soon', 'info']),
  link: z.string(),
  stationId: z.string().optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const TodayOut = z.object({ items: z.array(TodayItemOut) });

/** The stations an actor works, each with its yesterday, today and tomorrow on its own clock. */
async function stationDays(ctx: AppContext, actor: Actor, at: Date): Promise<TodayStation[]> {
  const { items } = await listStations(ctx.handle.db, actor, 1000);
  return items.map((s) => {
    const today = localDate(s.timeZone, at);
    return { id: s.id, code: s.code, yesterday: addDays(today, -1), today, tomorrow: addDays(today, 1) };
  });
}

/**
 * Every slice's lines for the caller, asked in parallel; a line that counts nothing is left out.
 * Severest first, then by station code, so the page reads from what blocks the day.
 */
export async function todaysWork(
  slices: readonly Slice[],
  ctx: TodayContext,
  scope: TodayScope,
): Promise<TodayItem[]> {
  const answers = await Promise.all(slices.map((s) => s.today?.(ctx, scope) ?? []));
  const order = new Map(ctx.stations.map((s, i) => [s.id, i]));
  const rank = { now: 0, soon: 1, info: 2 } as const;
  return answers
    .flat()
    .filter((item) => item.count > 0)
    .sort(
      (a, b) =>
        (order.get(a.stationId ?? '') ?? -1) - (order.get(b.stationId ?? '') ?? -1) ||
        rank[a.severity] - rank[b.severity],
    );
}

/** A DA's line worded in their language from its key and facts, as the phone words it. */
function inLanguage(item: TodayItem, language: Language): TodayItem {
  const code = `today.${item.key}`;
  if (!isMessageCode(code)) return item;
  const args = { route: 'none', van: 'none', ...item.params, count: item.count };
  return { ...item, title: say(language, { code, args }) };
}

/** `GET /today` (staff: their stations' work) and `GET /me/today` (a DA: their own day). */
export function todayRoutes(app: App, ctx: AppContext): void {
  const { db } = ctx.handle;
  app.get(
    '/today',
    {
      config: { access: { permission: 'stations.read' } },
      schema: {
        tags: ['home'],
        summary:
          'What needs doing today at the stations you work, each line counted and linked to where it is done (only what you may act on)',
        response: { 200: TodayOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const stations = await stationDays(ctx, actor, new Date());
      return { items: await todaysWork(SLICES, { db, stations }, actor) };
    },
  );
  app.get(
    '/me/today',
    {
      schema: {
        tags: ['home'],
        summary:
          'My own day as a DA: my shift and van, the inspection to do, documents, coaching, schedule to confirm',
        response: { 200: TodayOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const da = await ownDriver(db, actor);
      const home = { ...actor, stationIds: [da.home_station_id] };
      const stations = await stationDays(ctx, home, new Date());
      const items = await todaysWork(SLICES, { db, stations }, { ...home, driverId: da.id });
      return { items: items.map((item) => inLanguage(item, da.language)) };
    },
  );
}
