import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { addDays } from '../dispatch/domain/calendar.js';
import { STATUS_ORDER, statusFigures } from './domain/summary.js';
import { read, tags } from './routes.js';
import { serverToday } from './schemas.js';
import { dueBetween, filterChoices, statusTotals } from './summary-store.js';

/** Days before a dispute window closes that the owner is warned (issue 16, item 7). */
const WARN_DAYS = 3;

const Figure = z.object({ status: z.enum(STATUS_ORDER), count: z.number(), cents: z.number() });

/** The Money page's headline: recovered to date, each status's count and dollars, what is due soon. */
export function summaryRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;

  app.get(
    '/money/summary',
    {
      config: { access: read },
      schema: {
        tags,
        summary:
          'Recovered to date; open, window closed (open past its dispute window), disputed, recovered and written-off counts and dollars; discrepancies whose dispute window closes within 3 days; the weeks and kinds to filter by',
        querystring: z.object({
          today: z.iso.date().optional(),
          stationId: z.string().min(1).max(100).optional(),
        }),
        response: {
          200: z.object({
            recoveredCents: z.number(),
            openCents: z.number(),
            openCount: z.number(),
            statuses: z.array(Figure),
            dueSoonCount: z.number(),
            dueSoonCents: z.number(),
            weeks: z.array(z.string()),
            kinds: z.array(z.string()),
          }),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const scope = { stationIds: actor.stationIds, stationId: req.query.stationId };
      const today = req.query.today ?? serverToday();
      const [totals, dueSoon, choices] = await Promise.all([
        statusTotals(db, actor.orgId, scope, today),
        dueBetween(db, actor.orgId, scope, today, addDays(today, WARN_DAYS)),
        filterChoices(db, actor.orgId, scope),
      ]);
      const statuses = statusFigures(totals);
      const of = (status: string) => statuses.find((s) => s.status === status) ?? { count: 0, cents: 0 };
      return {
        recoveredCents: of('recovered').cents,
        openCents: of('open').cents,
        openCount: of('open').count,
        statuses,
        dueSoonCount: dueSoon.count,
        dueSoonCents: dueSoon.owedCents,
        ...choices,
      };
    },
  );
}
