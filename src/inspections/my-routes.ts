import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { badRequest, fieldProblem } from '../app/problems.js';
import { PageQuery, pageSchema } from '../shared/pagination.js';
import { IdParams } from '../tenancy/schemas.js';
import {
  driverInspector,
  inspectableVans,
  inspectionStart,
  listVisibleInspections,
  myDriver,
  myInspection,
} from './inspections.js';
import {
  InspectableVanOut,
  InspectionIn,
  InspectionOut,
  InspectionStartOut,
  InspectionSummaryOut,
} from './schemas.js';
import { submitInspection } from './submit-inspection.js';
import { inspectionView } from './views.js';

/**
 * A DA's own inspections, for the phone (issue 14): the vans they may inspect, what to check, sending one
 * (a resend of the same id answers 200), and their own history. Never another DA's.
 */
export function myInspectionRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['inspections'];

  app.get(
    '/me/inspections/vans',
    {
      schema: {
        tags,
        summary: 'Vans I may inspect (my stations), each with today’s pre-trip status and latest pre-trip',
        response: { 200: z.object({ items: z.array(InspectableVanOut) }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const inspector = driverInspector(actor, await myDriver(db, actor));
      return { items: await inspectableVans(db, actor.orgId, inspector.stationIds ?? []) };
    },
  );

  app.get(
    '/me/inspections/start',
    {
      schema: {
        tags,
        summary: 'What an inspection of this van asks: its checklist, damage already known, the rushed limit',
        querystring: z.object({ vanId: z.string().min(1).max(100) }),
        response: { 200: InspectionStartOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const inspector = driverInspector(actor, await myDriver(db, actor));
      const van = (await inspectableVans(db, actor.orgId, inspector.stationIds ?? [])).find(
        (v) => v.id === req.query.vanId,
      );
      if (!van)
        throw badRequest({ code: 'inspection.unknownVan' }, [
          fieldProblem('query.vanId', { code: 'inspection.unknownVan' }),
        ]);
      return inspectionStart(db, actor.orgId, van);
    },
  );

  app.post(
    '/me/inspections',
    {
      config: { refuses: [409] },
      schema: {
        tags,
        summary: 'Send my inspection (photos uploaded first, by id); sending the same id again answers 200',
        body: InspectionIn,
        response: { 200: InspectionOut, 201: InspectionOut },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const inspector = driverInspector(actor, await myDriver(db, actor));
      const done = await submitInspection(db, actor, inspector, req.body);
      return reply
        .status(done.created ? 201 : 200)
        .send(await inspectionView(db, actor.orgId, done.inspection, true));
    },
  );

  app.get(
    '/me/inspections',
    {
      schema: {
        tags,
        summary: 'My inspections, newest first',
        querystring: PageQuery,
        response: { 200: pageSchema(InspectionSummaryOut) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const da = await myDriver(db, actor);
      // My own records, wherever the van stands: the DA filter is the scope, not the station.
      return listVisibleInspections(db, { ...actor, stationIds: null }, { ...req.query, driverId: da.id });
    },
  );

  app.get(
    '/me/inspections/:id',
    {
      schema: { tags, summary: 'One of my inspections', params: IdParams, response: { 200: InspectionOut } },
    },
    async (req) => {
      const actor = actorOf(req);
      return inspectionView(db, actor.orgId, await myInspection(db, actor, req.params.id), true);
    },
  );
}
