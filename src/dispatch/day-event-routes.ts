import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { IdParams } from '../tenancy/schemas.js';
import {
  CalloutIn,
  DISPATCH_READ,
  DISPATCH_WRITE,
  ReplacementsOut,
  RescueCountsOut,
  RescueCountsQuery,
  RescueIn,
} from './board-schemas.js';
import { markCallout, replacementsFor } from './callouts.js';
import { recordRescue, removeRescue, rescueCounts } from './rescues.js';
import { ShiftOut } from './schemas.js';
import { checkIn } from './shifts.js';

/** What happens during the day: callouts and who could replace them, arrivals, rescues. */
export function dayEventRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['dispatch'];

  app.post(
    '/dispatch/callouts',
    {
      config: { access: DISPATCH_WRITE, refuses: [409] },
      schema: {
        tags,
        summary:
          'Mark a callout or no-show: logged in attendance, the shift marked, the DA’s route back to uncovered',
        body: CalloutIn,
        response: {
          200: z.object({
            version: z.number(),
            attendanceEventId: z.string(),
            uncoveredRouteIds: z.array(z.string()),
          }),
        },
      },
    },
    async (req) => markCallout(db, actorOf(req), req.body),
  );

  app.get(
    '/dispatch/routes/:id/replacements',
    {
      config: { access: DISPATCH_READ, refuses: [409] },
      schema: {
        tags,
        summary:
          'Who could take this route now: standbys first, then DAs off today who are available, with overtime',
        params: IdParams,
        response: { 200: ReplacementsOut },
      },
    },
    async (req) => replacementsFor(db, actorOf(req), req.params.id),
  );

  app.post(
    '/dispatch/shifts/:id/check-in',
    {
      config: { access: DISPATCH_WRITE, refuses: [409] },
      schema: {
        tags,
        summary: 'Mark a DA arrived at the station',
        params: IdParams,
        response: { 200: ShiftOut },
      },
    },
    async (req) => checkIn(db, actorOf(req), req.params.id),
  );

  app.post(
    '/dispatch/rescues',
    {
      config: { access: DISPATCH_WRITE, refuses: [409] },
      schema: {
        tags,
        summary: 'Record a rescue: who took how many stops and packages off which route, and when',
        body: RescueIn,
        response: { 201: z.object({ id: z.string() }) },
      },
    },
    async (req, reply) => reply.status(201).send({ id: (await recordRescue(db, actorOf(req), req.body)).id }),
  );

  app.delete(
    '/dispatch/rescues/:id',
    {
      config: { access: DISPATCH_WRITE },
      schema: { tags, summary: 'Remove a rescue recorded by mistake', params: IdParams },
    },
    async (req, reply) => {
      await removeRescue(db, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/dispatch/rescues/summary',
    {
      config: { access: DISPATCH_READ, refuses: [409] },
      schema: {
        tags,
        summary: 'Rescues per DA at a station over a period: given (stops and packages taken) and received',
        querystring: RescueCountsQuery,
        response: { 200: RescueCountsOut },
      },
    },
    async (req) => ({
      items: await rescueCounts(db, actorOf(req), req.query.stationId, req.query.from, req.query.to),
    }),
  );
}
