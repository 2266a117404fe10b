import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { boardView } from './board.js';
import { BoardOut, DISPATCH_READ } from './board-schemas.js';
import { dayAsked } from './day-asked.js';
import { dayStandbyPlan } from './day-standby.js';
import { StandbyPlanOut, StationDayQuery } from './schemas.js';

/** Reading a station's day: the board and its standby plan. */
export function boardRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['dispatch'];

  app.get(
    '/dispatch/board',
    {
      config: { access: DISPATCH_READ, keepAnswer: true },
      schema: {
        tags,
        summary:
          'The dispatch board of a station’s day (default today there); with `since`, only `{changed: false}` while the board is unchanged',
        querystring: StationDayQuery.extend({ since: z.coerce.number().int().min(0).optional() }),
        response: { 200: BoardOut },
      },
    },
    async (req) => boardView(db, actorOf(req), req.query.stationId, req.query.date, req.query.since),
  );

  app.get(
    '/dispatch/standby',
    {
      config: { access: DISPATCH_READ },
      schema: {
        tags,
        summary:
          'The day’s standby plan: the chance today’s scheduled DAs cover every route (station’s own callout history) and standbys needed for the target',
        querystring: StationDayQuery,
        response: { 200: z.object({ target: z.number(), plan: StandbyPlanOut }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return dayStandbyPlan(db, actor, req.query.stationId, await dayAsked(db, actor, req.query));
    },
  );
}
