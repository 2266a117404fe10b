import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { PastDate, TermDate } from '../shared/date-schemas.js';
import { localDate } from '../shared/dates.js';
import { Cents } from '../shared/money.js';
import { PageQuery, pageSchema } from '../shared/pagination.js';
import { VAN_TYPES } from '../shared/vans.js';
import { IdParams } from '../tenancy/schemas.js';
import { attendanceSummaries } from './attendance-counts.js';
import { clearanceIn, loadClearanceContext } from './clearance.js';
import type { AttendanceSummary } from './domain/attendance.js';
import { CLEARANCE_CAUSES } from './domain/cleared.js';
import { DRIVER_STATUSES, LicenseState, Phone, TransporterId } from './domain/driver.js';
import { changeDriver, changeDriverStatus, createDriver, visibleDriver } from './drivers.js';
import { expiringTest } from './expiring-documents.js';
import { EXPORT_FORMATS, exportDrivers } from './export.js';
import { AttendanceBrief, attendanceBrief } from './records-schemas.js';
import { listStatusChanges } from './status-changes-store.js';
import { type Driver, listDrivers, toDriver } from './store.js';

const Name = z.string().trim().min(1, 'Required.').max(80);
const Optional = <T extends z.ZodType>(t: T) => t.nullable().optional();

const DriverFields = {
  firstName: Name,
  lastName: Name,
  employeeId: Optional(z.string().trim().min(1).max(40)),
  transporterId: Optional(TransporterId),
  phone: Optional(Phone),
  email: Optional(z.string().trim().pipe(z.email().max(320))),
  language: z.enum(['en', 'es']).optional(),
  smsConsent: z.boolean().optional(),
  homeStationId: z.string().min(1),
  hourlyRateCents: Optional(Cents),
  hireDate: Optional(PastDate),
  vanTypes: z.array(z.enum(VAN_TYPES)).max(4).optional(),
  licenseNumber: Optional(z.string().trim().min(1).max(40)),
  licenseState: Optional(LicenseState),
  licenseExpiry: Optional(TermDate),
  dotMedicalExpiry: Optional(TermDate),
};

const DriverIn = z.strictObject({
  ...DriverFields,
  status: z.enum(['applicant', 'onboarding', 'active']).optional(),
});
const DriverPatch = z.strictObject(DriverFields).partial();

export const DriverOut = z.object({
  id: z.string(),
  userId: z.string().nullable(),
  firstName: z.string(),
  lastName: z.string(),
  employeeId: z.string().nullable(),
  transporterId: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  language: z.enum(['en', 'es']),
  smsConsentAt: z.string().nullable(),
  homeStationId: z.string(),
  hourlyRateCents: z.number().nullable(),
  hireDate: z.string().nullable(),
  vanTypes: z.array(z.enum(VAN_TYPES)),
  licenseNumber: z.string().nullable(),
  licenseState: z.string().nullable(),
  licenseExpiry: z.string().nullable(),
  dotMedicalExpiry: z.string().nullable(),
  status: z.enum(DRIVER_STATUSES),
  statusReason: z.string().nullable(),
  statusSince: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  clearance: z.object({
    cleared: z.boolean(),
    reasons: z.array(z.string()),
    causes: z.array(z.object({ code: z.enum(CLEARANCE_CAUSES), value: z.string().nullable() })),
    vanTypes: z.array(z.enum(VAN_TYPES)),
  }),
});

export function driverRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['people'];
  const read = { permission: 'people.read' } as const;
  const write = { permission: 'people.write' } as const;

  app.get(
    '/drivers',
    {
      config: { access: read, keepAnswer: true },
      schema: {
        tags,
        summary:
          'DAs, by last name, each with whether they are cleared to drive today and their attendance points',
        querystring: PageQuery.extend({
          status: z.enum(DRIVER_STATUSES).optional(),
          stationId: z.string().max(100).optional(),
          q: z.string().trim().max(80).optional(),
          cleared: z.enum(['true', 'false']).optional(),
          /** A document (license, DOT card, …) expired or expiring within 30 days. */
          expiring: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: pageSchema(DriverOut.extend({ attendance: AttendanceBrief })) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const { cleared, expiring } = req.query;
      // Filtering by clearance or expiry asks of every DA; a plain page only of its own.
      const orgCtx = cleared || expiring ? await loadClearanceContext(db, actor.orgId) : undefined;
      const expiringNow =
        orgCtx && expiring ? await expiringTest(db, actor.orgId, orgCtx.todayAt) : undefined;
      const wanted =
        orgCtx &&
        ((d: Driver) =>
          (!cleared || String(clearanceIn(orgCtx, d).cleared) === cleared) &&
          (!expiringNow || expiringNow(d) === (expiring === 'true')));
      const page = await listDrivers(db, actor, { ...req.query, search: req.query.q }, wanted);
      const ctx =
        orgCtx ??
        (await loadClearanceContext(
          db,
          actor.orgId,
          page.items.map((d) => d.id),
        ));
      const { summaries } = await attendanceSummaries(db, actor.orgId, page.items, ctx.todayAt);
      return {
        items: page.items.map((d) => ({
          ...d,
          clearance: clearanceIn(ctx, d),
          attendance: attendanceBrief(summaries.get(d.id) as AttendanceSummary),
        })),
        nextCursor: page.nextCursor,
      };
    },
  );

  app.post(
    '/drivers',
    {
      config: { access: write, refuses: [409] },
      schema: { tags, summary: 'Add a DA', body: DriverIn, response: { 201: DriverOut } },
    },
    async (req, reply) => reply.status(201).send(await createDriver(db, actorOf(req), req.body)),
  );

  app.get(
    '/drivers/export',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'DAs as a CSV or XLSX file (the list’s filters), with the headers the drivers import reads',
        querystring: z.object({
          format: z.enum(EXPORT_FORMATS).default('csv'),
          status: z.enum(DRIVER_STATUSES).optional(),
          stationId: z.string().max(100).optional(),
          q: z.string().trim().max(80).optional(),
        }),
      },
    },
    async (req, reply) => {
      const { format, ...filter } = req.query;
      const file = exportDrivers(db, actorOf(req), format, filter, localDate('UTC'));
      return reply
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .type(file.contentType)
        .send(file.body);
    },
  );

  app.get(
    '/drivers/:id',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'One DA with their status history',
        params: IdParams,
        response: {
          200: DriverOut.extend({
            attendance: AttendanceBrief,
            statusHistory: z.array(
              z.object({
                status: z.enum(DRIVER_STATUSES),
                reason: z.string().nullable(),
                effectiveDate: z.string(),
                changedBy: z.string(),
                at: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const da = toDriver(await visibleDriver(db, actor, req.params.id));
      const ctx = await loadClearanceContext(db, actor.orgId, [da.id]);
      const { summaries } = await attendanceSummaries(db, actor.orgId, [da], ctx.todayAt);
      return {
        ...da,
        clearance: clearanceIn(ctx, da),
        attendance: attendanceBrief(summaries.get(da.id) as AttendanceSummary),
        statusHistory: await listStatusChanges(db, actor.orgId, da.id),
      };
    },
  );

  app.patch(
    '/drivers/:id',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Change a DA’s profile',
        params: IdParams,
        body: DriverPatch,
        response: { 200: DriverOut },
      },
    },
    async (req) => changeDriver(db, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/drivers/:id/status',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary:
          'Move a DA to another status (a reason is needed for inactive and terminated; a new hire becomes active once onboarding is done, or with checksOnFile and a reason)',
        params: IdParams,
        body: z.strictObject({
          status: z.enum(DRIVER_STATUSES),
          reason: z.string().trim().max(500).nullable().optional(),
          effectiveDate: PastDate.optional(),
          checksOnFile: z.boolean().optional(),
        }),
        response: { 200: DriverOut },
      },
    },
    async (req) => changeDriverStatus(db, actorOf(req), req.params.id, req.body),
  );
}
