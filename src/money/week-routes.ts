import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { weekStartOf } from '../dispatch/domain/calendar.js';
import { CalendarDate } from '../shared/date-schemas.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { moneyWeek } from './money-week.js';
import { reconcileWeek } from './reconcile-week.js';
import { read, tags, write } from './routes.js';

const CellOut = z.object({ quantity: z.number(), cents: z.number().nullable() });
const TotalOut = z.object({ cents: z.number(), partial: z.boolean() }).nullable();
const FoundOut = z.object({
  id: z.string(),
  kind: z.string(),
  date: z.string().nullable(),
  description: z.string(),
  differenceCents: z.number().nullable(),
  status: z.string(),
});
const WeekOut = z.object({
  stationId: z.string(),
  stationCode: z.string(),
  week: z.string(),
  files: z.object({ invoice: z.string().nullable(), wst: z.string().nullable() }),
  lines: z.array(
    z.object({
      key: z.string(),
      category: z.enum(['route', 'training', 'ride-along', 'late-cancel', 'unplanned-delay', 'packages']),
      title: z.string(),
      records: CellOut,
      wst: CellOut.nullable(),
      wstNote: z.string().nullable(),
      invoiced: CellOut.nullable(),
      discrepancies: z.array(FoundOut),
    }),
  ),
  total: z.object({
    records: TotalOut,
    wst: TotalOut,
    invoiced: z.number().nullable(),
    deposited: z.number().nullable(),
    discrepancies: z.array(FoundOut),
  }),
  other: z.array(FoundOut),
});
const WeekQuery = z.object({ stationId: z.string().min(1).max(100), week: CalendarDate });

/** The Money week page: expected (our records) vs WST vs invoiced vs deposited (issue 16 items 4, 10). */
export function moneyWeekRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;

  app.get(
    '/money/week',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'A station’s week: expected from our records vs WST vs invoiced vs deposited, per line',
        querystring: WeekQuery,
        response: { 200: WeekOut },
      },
    },
    async (req) => moneyWeek(db, actorOf(req), req.query.stationId, weekStartOf(req.query.week)),
  );

  app.post(
    '/money/week/check',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Run the week’s checks again on what is recorded now (day closes, late cancels, delays)',
        body: z.strictObject({ stationId: z.string().min(1).max(100), week: CalendarDate }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const station = await visibleStation(db, actor, req.body.stationId);
      await reconcileWeek(db, actor.orgId, station.id, weekStartOf(req.body.week));
      return reply.status(204).send();
    },
  );
}
