import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { LicenseState } from '../people/domain/driver.js';
import { TermDate } from '../shared/date-schemas.js';
import { localDate } from '../shared/dates.js';
import { Cents } from '../shared/money.js';
import { PageQuery, pageSchema } from '../shared/pagination.js';
import { VAN_TYPES } from '../shared/vans.js';
import { IdParams } from '../tenancy/schemas.js';
import { modelYearRange, OWNERSHIPS, STATUS_SOURCES, VAN_STATUSES } from './domain/van.js';
import { Vin } from './domain/vin-schema.js';
import { enforceOnRead } from './enforce.js';
import { EXPORT_FORMATS, exportVans } from './export.js';
import { vanSummary, withMaintenanceCounts } from './maintenance.js';
import { findVanRow, listVanStatusChanges, listVans, toVan } from './store.js';
import { changeVan, changeVanStatus, createVan, visibleVan } from './vans.js';

const Optional = <T extends z.ZodType>(t: T) => t.nullable().optional();
const Text = (max: number) => z.string().trim().min(1, 'Required.').max(max, `At most ${max} characters.`);
const [firstYear, lastYear] = modelYearRange(localDate('UTC'));

const VanFields = {
  stationId: z.string().min(1),
  fleetNumber: Text(20),
  vin: Vin,
  plate: Optional(
    Text(10)
      .transform((s) => s.toUpperCase())
      .pipe(z.string().regex(/^[A-Z0-9 -]+$/, 'Letters, digits, spaces and dashes only.')),
  ),
  plateState: Optional(LicenseState),
  make: Optional(Text(40)),
  model: Optional(Text(40)),
  year: Optional(z.number().int().min(firstYear).max(lastYear)),
  vanType: z.enum(VAN_TYPES),
  ownership: z.enum(OWNERSHIPS),
  lessor: Optional(Text(80)),
  ownershipStart: Optional(TermDate),
  ownershipEnd: Optional(TermDate),
  monthlyRateCents: Optional(Cents),
  odometerMiles: Optional(z.number().int().min(0).max(2_000_000)),
  telematicsId: Optional(Text(80)),
  cameraId: Optional(Text(80)),
};

export const VanOut = z.object({
  id: z.string(),
  stationId: z.string(),
  fleetNumber: z.string(),
  vin: z.string(),
  plate: z.string().nullable(),
  plateState: z.string().nullable(),
  make: z.string().nullable(),
  model: z.string().nullable(),
  year: z.number().nullable(),
  vanType: z.enum(VAN_TYPES),
  ownership: z.enum(OWNERSHIPS),
  lessor: z.string().nullable(),
  ownershipStart: z.string().nullable(),
  ownershipEnd: z.string().nullable(),
  monthlyRateCents: z.number().nullable(),
  odometerMiles: z.number().nullable(),
  odometerAt: z.string().nullable(),
  telematicsId: z.string().nullable(),
  cameraId: z.string().nullable(),
  status: z.enum(VAN_STATUSES),
  statusReason: z.string().nullable(),
  statusSince: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  maintenance: z.object({ overdue: z.number(), dueSoon: z.number() }),
});

const StatusHistory = z.array(
  z.object({
    status: z.enum(VAN_STATUSES),
    reason: z.string().nullable(),
    source: z.enum(STATUS_SOURCES).or(z.string()),
    changedBy: z.string(),
    at: z.string(),
  }),
);

const ListFilter = {
  stationId: z.string().max(100).optional(),
  status: z.enum(VAN_STATUSES).optional(),
  vanType: z.enum(VAN_TYPES).optional(),
  q: z.string().trim().max(40).optional(),
};

export function vanRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['fleet'];
  const read = { permission: 'fleet.read' } as const;
  const write = { permission: 'fleet.write' } as const;

  app.get(
    '/vans',
    {
      config: { access: read, keepAnswer: true },
      schema: {
        tags,
        summary: 'Vans, by fleet number, each with how many maintenance items are overdue or due soon',
        querystring: PageQuery.extend(ListFilter),
        response: { 200: pageSchema(VanOut) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await enforceOnRead(db, actor.orgId, req.query.stationId ? { stationId: req.query.stationId } : {});
      const page = await listVans(db, actor, { ...req.query, search: req.query.q });
      return { items: await withMaintenanceCounts(db, actor.orgId, page.items), nextCursor: page.nextCursor };
    },
  );

  app.post(
    '/vans',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Add a van (active from now)',
        body: z.strictObject(VanFields),
        response: { 201: VanOut },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const van = await createVan(db, actor, req.body);
      return reply.status(201).send(await vanSummary(db, actor.orgId, van));
    },
  );

  app.get(
    '/vans/export',
    {
      config: { access: read },
      schema: {
        tags,
        summary:
          'Vans as a CSV or XLSX file (the list’s filters), with the headers the vehicles import reads',
        querystring: z.object({ format: z.enum(EXPORT_FORMATS).default('csv'), ...ListFilter }),
      },
    },
    async (req, reply) => {
      const { format, q, ...filter } = req.query;
      const file = exportVans(db, actorOf(req), format, { ...filter, search: q }, localDate('UTC'));
      return reply
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .type(file.contentType)
        .send(file.body);
    },
  );

  app.get(
    '/vans/:id',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'One van with its status history',
        params: IdParams,
        response: { 200: VanOut.extend({ statusHistory: StatusHistory }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const row = await visibleVan(db, actor, req.params.id);
      await enforceOnRead(db, actor.orgId, { vanIds: [row.id] });
      const van = toVan((await findVanRow(db, actor.orgId, row.id)) ?? row);
      return {
        ...(await vanSummary(db, actor.orgId, van)),
        statusHistory: await listVanStatusChanges(db, actor.orgId, van.id),
      };
    },
  );

  app.patch(
    '/vans/:id',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Change a van’s record',
        params: IdParams,
        body: z.strictObject(VanFields).partial(),
        response: { 200: VanOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const van = await changeVan(db, actor, req.params.id, req.body);
      return vanSummary(db, actor.orgId, van);
    },
  );

  app.post(
    '/vans/:id/status',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Put a van on or off the road (a reason is needed for grounded, in shop and returned)',
        params: IdParams,
        body: z.strictObject({
          status: z.enum(VAN_STATUSES),
          reason: z.string().trim().max(500).nullable().optional(),
        }),
        response: { 200: VanOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const van = await changeVanStatus(db, actor, req.params.id, req.body);
      return vanSummary(db, actor.orgId, van);
    },
  );
}
