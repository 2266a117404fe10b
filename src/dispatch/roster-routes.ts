import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { DISPATCH_READ, DISPATCH_WRITE, RosterBuildIn, RosterBuildOut } from './board-schemas.js';
import { dayAsked } from './day-asked.js';
import { publishRoster } from './roster.js';
import { buildRoster } from './roster-build.js';
import { exportRoster, ROSTER_FORMATS } from './roster-export.js';
import { StationDayQuery } from './schemas.js';

/** The day's roster: build it, publish it to the DAs, export it. */
export function rosterRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['dispatch'];

  app.post(
    '/dispatch/roster/build',
    {
      config: { access: DISPATCH_WRITE, refuses: [409] },
      schema: {
        tags,
        summary:
          'Build the day’s roster exactly: every route not pinned or closed gets the best DA and van the hard limits allow (coverage first, then no avoidable overtime, then pay and preferences), or says what is missing. Overtime past the org’s weekly line is the dispatcher’s decision: approve (up to the minutes shown) or decline',
        querystring: StationDayQuery,
        body: RosterBuildIn,
        response: { 200: RosterBuildOut },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { timing, ...built } = await buildRoster(
        db,
        actor,
        req.query.stationId,
        await dayAsked(db, actor, req.query),
        req.body ?? {},
      );
      const dur = (ms: number) => ms.toFixed(1);
      reply.header(
        'server-timing',
        `load;dur=${dur(timing.loadMs)}, solve;dur=${dur(timing.solveMs)}, save;dur=${dur(timing.saveMs)}`,
      );
      return built;
    },
  );

  app.post(
    '/dispatch/roster/publish',
    {
      config: { access: DISPATCH_WRITE },
      schema: {
        tags,
        summary: 'Publish the day’s roster: each DA is told their route, van, staging location and wave time',
        querystring: StationDayQuery,
        response: {
          200: z.object({
            version: z.number(),
            publishedAt: z.string(),
            dasNotified: z.number(),
            uncovered: z.number(),
          }),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return publishRoster(db, actor, req.query.stationId, await dayAsked(db, actor, req.query));
    },
  );

  app.get(
    '/dispatch/roster/export',
    {
      config: { access: DISPATCH_READ },
      schema: {
        tags,
        summary: 'The day’s roster as CSV, Excel or a printable PDF (one row per route, by wave)',
        querystring: StationDayQuery.extend({ format: z.enum(ROSTER_FORMATS).default('csv') }),
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const date = await dayAsked(db, actor, req.query);
      const file = await exportRoster(db, actor, req.query.stationId, date, req.query.format);
      return reply
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .type(file.contentType)
        .send(file.body);
    },
  );
}
