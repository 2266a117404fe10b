import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { CalendarDate } from '../shared/date-schemas.js';
import { IdParams } from '../tenancy/schemas.js';
import { CloseIn, DISPATCH_WRITE, RouteIn, RouteOut, Version } from './board-schemas.js';
import { closeRoute } from './closing.js';
import { addRoute, changeRoute, removeRoute } from './delivery-routes.js';
import { assignRoute } from './roster.js';

/** Changing the day's routes: add, change, remove, put a DA and a van on one, close it. */
export function routeEditRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['dispatch'];

  app.post(
    '/dispatch/routes',
    {
      config: { access: DISPATCH_WRITE, refuses: [409] },
      schema: {
        tags,
        summary: 'Add a route to a station’s day by hand',
        querystring: z.object({ stationId: z.string().min(1).max(100), date: CalendarDate }),
        body: RouteIn,
        response: { 201: RouteOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addRoute(db, actorOf(req), req.query.stationId, req.query.date, req.body)),
  );

  app.put(
    '/dispatch/routes/:id',
    {
      config: { access: DISPATCH_WRITE, refuses: [409] },
      schema: {
        tags,
        summary: 'Change a route’s plan; refused (409) if it changed since the version you were shown',
        params: IdParams,
        body: RouteIn.extend(Version.shape),
        response: { 200: RouteOut },
      },
    },
    async (req) => {
      const { version, ...input } = req.body;
      return changeRoute(db, actorOf(req), req.params.id, version, input);
    },
  );

  app.delete(
    '/dispatch/routes/:id',
    {
      config: { access: DISPATCH_WRITE, refuses: [409] },
      schema: {
        tags,
        summary: 'Remove a route Amazon took back (not once closed)',
        params: IdParams,
        querystring: z.object({ version: z.coerce.number().int().min(0) }),
      },
    },
    async (req, reply) => {
      await removeRoute(db, actorOf(req), req.params.id, req.query.version);
      return reply.status(204).send();
    },
  );

  app.post(
    '/dispatch/routes/:id/assign',
    {
      config: { access: DISPATCH_WRITE, refuses: [409] },
      schema: {
        tags,
        summary:
          'Put a DA and a van on a route (null leaves it open); refused when not cleared, not qualified or the van is out of service, or when the route changed since your version',
        params: IdParams,
        body: z.strictObject({
          driverId: z.string().min(1).max(100).nullable(),
          vanId: z.string().min(1).max(100).nullable(),
          version: z.number().int().min(0),
          pinned: z.boolean().optional(),
        }),
        response: { 200: z.object({ version: z.number(), warnings: z.array(z.string()) }) },
      },
    },
    async (req) => assignRoute(db, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/dispatch/routes/:id/close',
    {
      config: { access: DISPATCH_WRITE, refuses: [409] },
      schema: {
        tags,
        summary:
          'Close a route: actual start and end (local times), stops completed, packages delivered and returned',
        params: IdParams,
        body: CloseIn,
        response: { 200: RouteOut },
      },
    },
    async (req) => {
      const { version, ...input } = req.body;
      return closeRoute(db, actorOf(req), req.params.id, version, input);
    },
  );
}
