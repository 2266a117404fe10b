import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { CalendarDate } from '../shared/date-schemas.js';
import { PageQuery, pageSchema } from '../shared/pagination.js';
import { VAN_TYPES } from '../shared/vans.js';
import { IdParams } from '../tenancy/schemas.js';
import { stationIdsOfOrg } from '../tenancy/store.js';
import { visibleVan } from './damage.js';
import { inspectableVans, listVisibleInspections, staffInspector, visibleInspection } from './inspections.js';
import {
  flag,
  InspectableVanOut,
  InspectionIn,
  InspectionListQuery,
  InspectionOut,
  InspectionSummaryOut,
  TemplateItemSchema,
  TemplateOut,
} from './schemas.js';
import { submitInspection } from './submit-inspection.js';
import { listTemplates, saveTemplate } from './templates.js';
import { inspectionView } from './views.js';

/** Inspections as staff see them: per van, per station and day, one in full; and staff inspecting a van. */
export function inspectionRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['inspections'];
  const read = { permission: 'fleet.read' } as const;

  app.get(
    '/vans/:id/inspections',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'A van’s inspections, newest first',
        params: IdParams,
        querystring: PageQuery.extend(InspectionListQuery.shape),
        response: { 200: pageSchema(InspectionSummaryOut) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const van = await visibleVan(db, actor, req.params.id);
      const { passed, rushed, ...q } = req.query;
      return listVisibleInspections(db, actor, {
        ...q,
        vanId: van.id,
        passed: flag(passed),
        rushed: flag(rushed),
      });
    },
  );

  app.get(
    '/inspections',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Inspections of a station and day (or all in scope), newest first; filter failed or rushed',
        querystring: PageQuery.extend(InspectionListQuery.shape).extend({
          stationId: z.string().max(100).optional(),
          date: CalendarDate.optional(),
        }),
        response: { 200: pageSchema(InspectionSummaryOut) },
      },
    },
    async (req) => {
      const { passed, rushed, ...q } = req.query;
      return listVisibleInspections(db, actorOf(req), { ...q, passed: flag(passed), rushed: flag(rushed) });
    },
  );

  app.get(
    '/inspections/today',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Every van in scope with whether it has a passed pre-trip today (its station’s date)',
        querystring: z.object({ stationId: z.string().max(100).optional() }),
        response: { 200: z.object({ items: z.array(InspectableVanOut) }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const all = actor.stationIds ?? (await stationIdsOfOrg(db, actor.orgId));
      const wanted = req.query.stationId;
      return {
        items: await inspectableVans(db, actor.orgId, wanted ? all.filter((s) => s === wanted) : all),
      };
    },
  );

  app.get(
    '/inspections/:id',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'One inspection in full, with its photos',
        params: IdParams,
        response: { 200: InspectionOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return inspectionView(db, actor.orgId, await visibleInspection(db, actor, req.params.id));
    },
  );

  app.post(
    '/inspections',
    {
      config: { access: { permission: 'damage.write' }, refuses: [409] },
      schema: {
        tags,
        summary: 'A staff member’s inspection of a van (the same body as a DA’s; a resend answers 200)',
        body: InspectionIn,
        response: { 200: InspectionOut, 201: InspectionOut },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const done = await submitInspection(db, actor, staffInspector(actor), req.body);
      return reply
        .status(done.created ? 201 : 200)
        .send(await inspectionView(db, actor.orgId, done.inspection));
    },
  );

  app.get(
    '/inspection-templates',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'The DVIC checklist of each van type (the default until one is saved)',
        response: { 200: z.object({ items: z.array(TemplateOut) }) },
      },
    },
    async (req) => ({ items: await listTemplates(db, actorOf(req).orgId) }),
  );

  app.put(
    '/inspection-templates/:vanType',
    {
      config: { access: { permission: 'fleet.write' } },
      schema: {
        tags,
        summary: 'Replace a van type’s DVIC checklist (inspections done keep the checks they answered)',
        params: z.object({ vanType: z.enum(VAN_TYPES) }),
        body: z.strictObject({ items: z.array(TemplateItemSchema).max(60) }),
        response: { 200: TemplateOut },
      },
    },
    async (req) => saveTemplate(db, actorOf(req), req.params.vanType, req.body.items),
  );
}
