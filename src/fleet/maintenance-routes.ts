import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { FileOut } from '../files/schemas.js';
import { PastDate } from '../shared/date-schemas.js';
import { Cents } from '../shared/money.js';
import { VAN_TYPES } from '../shared/vans.js';
import { IdParams } from '../tenancy/schemas.js';
import { VAN_STATUSES } from './domain/van.js';
import { fleetDue, recordService, vanMaintenance } from './maintenance.js';
import {
  changeFleetSettings,
  changeSchedule,
  createSchedule,
  listSchedules,
  readFleetSettings,
  removeSchedule,
} from './schedules.js';

const Text = (max: number) => z.string().trim().min(1, 'Required.').max(max, `At most ${max} characters.`);

const DueItemOut = z.object({
  scheduleId: z.string(),
  name: z.string(),
  critical: z.boolean(),
  state: z.enum(['ok', 'due_soon', 'overdue']),
  everyMiles: z.number().nullable(),
  everyDays: z.number().nullable(),
  lastService: z.object({ date: z.string(), odometerMiles: z.number() }).nullable(),
  dueAtMiles: z.number().nullable(),
  milesLeft: z.number().nullable(),
  dueDate: z.string().nullable(),
  daysLeft: z.number().nullable(),
});

const ServiceOut = z.object({
  id: z.string(),
  vanId: z.string(),
  scheduleId: z.string().nullable(),
  scheduleName: z.string().nullable(),
  serviceDate: z.string(),
  odometerMiles: z.number(),
  vendor: z.string(),
  description: z.string().nullable(),
  costCents: z.number(),
  invoice: FileOut.nullable(),
  notes: z.string().nullable(),
  recordedBy: z.string(),
  createdAt: z.string(),
});

const ScheduleOut = z.object({
  id: z.string(),
  name: z.string(),
  vanTypes: z.array(z.enum(VAN_TYPES)),
  everyMiles: z.number().nullable(),
  everyDays: z.number().nullable(),
  critical: z.boolean(),
  retiredAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const ScheduleFields = {
  name: Text(80),
  vanTypes: z.array(z.enum(VAN_TYPES)).min(1, 'Pick at least one van type.').max(4),
  everyMiles: z.number().int().min(100).max(500_000).nullable(),
  everyDays: z.number().int().min(1).max(3_650).nullable(),
  critical: z.boolean(),
};

const Settings = z.strictObject({ groundOnOverdueCritical: z.boolean() });

export function maintenanceRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['fleet'];
  const read = { permission: 'fleet.read' } as const;
  const write = { permission: 'fleet.write' } as const;

  app.get(
    '/vans/:id/maintenance',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'A van’s maintenance today (overdue first) and its service records (newest first)',
        params: IdParams,
        response: { 200: z.object({ items: z.array(DueItemOut), services: z.array(ServiceOut) }) },
      },
    },
    async (req) => vanMaintenance(db, actorOf(req), req.params.id),
  );

  app.post(
    '/vans/:id/services',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Record a service (scheduled item or ad-hoc repair) with its vendor invoice',
        params: IdParams,
        body: z.strictObject({
          scheduleId: z.string().min(1).max(100).nullable(),
          serviceDate: PastDate,
          odometerMiles: z.number().int().min(0).max(2_000_000),
          vendor: Text(80),
          description: Text(200).nullable().optional(),
          costCents: Cents,
          invoiceFileId: z.string().min(1).max(100).nullable().optional(),
          notes: Text(2000).nullable().optional(),
        }),
        response: { 201: ServiceOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await recordService(db, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/maintenance/due',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Every overdue or due-soon maintenance item of the fleet (or one station), overdue first',
        querystring: z.object({ stationId: z.string().max(100).optional() }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                van: z.object({
                  id: z.string(),
                  fleetNumber: z.string(),
                  vanType: z.enum(VAN_TYPES),
                  status: z.enum(VAN_STATUSES),
                  stationId: z.string(),
                  odometerMiles: z.number().nullable(),
                }),
                item: DueItemOut,
              }),
            ),
          }),
        },
      },
    },
    async (req) => ({ items: await fleetDue(db, actorOf(req), req.query.stationId) }),
  );

  app.get(
    '/maintenance/schedules',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'The org’s maintenance schedules (Stationhand’s defaults until changed)',
        querystring: z.object({ retired: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ items: z.array(ScheduleOut) }) },
      },
    },
    async (req) => ({ items: await listSchedules(db, actorOf(req).orgId, req.query.retired === 'true') }),
  );

  app.post(
    '/maintenance/schedules',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Add a maintenance schedule (every so many miles and/or days, for some van types)',
        body: z.strictObject(ScheduleFields),
        response: { 201: ScheduleOut },
      },
    },
    async (req, reply) => reply.status(201).send(await createSchedule(db, actorOf(req), req.body)),
  );

  app.patch(
    '/maintenance/schedules/:id',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Change a schedule; retired: true stops it being due, false brings it back',
        params: IdParams,
        body: z.strictObject({ ...ScheduleFields, retired: z.boolean() }).partial(),
        response: { 200: ScheduleOut },
      },
    },
    async (req) => changeSchedule(db, actorOf(req), req.params.id, req.body),
  );

  app.delete(
    '/maintenance/schedules/:id',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Delete a schedule, or retire it when service records name it',
        params: IdParams,
        response: { 200: z.object({ outcome: z.enum(['deleted', 'retired']) }) },
      },
    },
    async (req) => ({ outcome: await removeSchedule(db, actorOf(req), req.params.id) }),
  );

  app.get(
    '/fleet/settings',
    {
      config: { access: read },
      schema: { tags, summary: 'The org’s fleet settings', response: { 200: Settings } },
    },
    async (req) => readFleetSettings(db, actorOf(req).orgId),
  );

  app.put(
    '/fleet/settings',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Change the fleet settings; grounding on overdue critical maintenance applies at once',
        body: Settings,
        response: { 200: Settings },
      },
    },
    async (req) => changeFleetSettings(db, actorOf(req), req.body),
  );
}
