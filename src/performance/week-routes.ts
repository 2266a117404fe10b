import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { IdParams } from '../tenancy/schemas.js';
import { NeedleOut, ScorecardOut, StationWeekOut, TrendOut, WeekQuery } from './schemas.js';
import { needleWeek, scorecardWeek } from './scorecard.js';
import { stationWeek } from './station-week.js';
import { driverTrend } from './trend.js';

const StationWeekQuery = z.object({ stationId: z.string().min(1).max(100), week: WeekQuery.optional() });

/** A station's weeks for managers and dispatchers: the DAs, the categories, what moves the needle. */
export function weekRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['performance'];
  const config = { access: { permission: 'performance.read' } } as const;

  app.get(
    '/performance/week',
    {
      config,
      schema: {
        tags,
        summary:
          'A station’s week (default: its newest with data): each DA’s metrics, Amazon’s tiers as given, our tier, score and rank, and 12-week trend',
        querystring: StationWeekQuery,
        response: { 200: StationWeekOut },
      },
    },
    async (req) => stationWeek(db, actorOf(req), req.query.stationId, req.query.week),
  );

  app.get(
    '/performance/scorecard',
    {
      config,
      schema: {
        tags,
        summary:
          'The DSP’s week at a station by scorecard category: our estimate of each metric and of the week, never Amazon’s score',
        querystring: StationWeekQuery,
        response: { 200: ScorecardOut },
      },
    },
    async (req) => scorecardWeek(db, actorOf(req), req.query.stationId, req.query.week),
  );

  app.get(
    '/performance/needle',
    {
      config,
      schema: {
        tags,
        summary:
          'What moves the needle: the DAs and metrics that would most raise our estimate of the week if each reached its next tier, in estimated points',
        querystring: StationWeekQuery.extend({ limit: z.coerce.number().int().min(1).max(100).default(10) }),
        response: { 200: NeedleOut },
      },
    },
    async (req) => needleWeek(db, actorOf(req), req.query.stationId, req.query.week, req.query.limit),
  );

  app.get(
    '/performance/drivers/:id/trend',
    {
      config,
      schema: {
        tags,
        summary: 'A DA’s 12 weeks up to a week (default: their newest with data)',
        params: IdParams,
        querystring: z.object({ week: WeekQuery.optional() }),
        response: { 200: TrendOut },
      },
    },
    async (req) => driverTrend(db, actorOf(req), req.params.id, req.query.week),
  );
}
