import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { PlanningDate } from '../shared/date-schemas.js';
import { IdParams } from '../tenancy/schemas.js';
import { excuseAttendance, recordAttendance, removeAttendance } from './attendance.js';
import { driverAttendance } from './attendance-counts.js';
import { attendancePolicy, changeAttendancePolicy } from './attendance-policy.js';
import { ATTENDANCE_KINDS } from './domain/attendance.js';
import {
  EventOut,
  eventOut,
  PolicyIn,
  PolicyOut,
  policyIn,
  policyOut,
  SummaryOut,
  summaryOut,
} from './records-schemas.js';

/** Callouts, no-shows, lates, early leaves and sending home, with points under the org's policy. */
export function attendanceRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['people'];
  const read = { permission: 'people.read' } as const;

  app.get(
    '/drivers/:id/attendance',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'A DA’s attendance events (removed ones too) and rolling 30/90-day counts and points',
        params: IdParams,
        response: { 200: z.object({ today: z.string(), items: z.array(EventOut), summary: SummaryOut }) },
      },
    },
    async (req) => {
      const a = await driverAttendance(db, actorOf(req), req.params.id);
      return { today: a.today, items: a.events.map(eventOut), summary: summaryOut(a.summary, a.policy) };
    },
  );

  app.post(
    '/drivers/:id/attendance',
    {
      config: { access: { permission: 'attendance.write' }, refuses: [409] },
      schema: {
        tags,
        summary:
          'Log an attendance event (a callout needs its notice in hours, a late its minutes); points follow the policy',
        params: IdParams,
        body: z.strictObject({
          date: PlanningDate,
          kind: z.enum(ATTENDANCE_KINDS),
          noticeHours: z
            .number()
            .min(0)
            .max(24 * 30)
            .nullable()
            .optional(),
          lateMinutes: z
            .number()
            .int()
            .min(1)
            .max(24 * 60)
            .nullable()
            .optional(),
          reason: z.string().trim().max(500).nullable().optional(),
          excused: z.boolean().optional(),
        }),
        response: { 201: EventOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(eventOut(await recordAttendance(db, actorOf(req), req.params.id, req.body))),
  );

  app.post(
    '/attendance/:id/excuse',
    {
      config: { access: { permission: 'people.write' }, refuses: [409] },
      schema: {
        tags,
        summary: 'Excuse an event (no points) or take the excuse back',
        params: IdParams,
        body: z.strictObject({
          excused: z.boolean(),
          note: z.string().trim().max(500).nullable().optional(),
        }),
        response: { 200: EventOut },
      },
    },
    async (req) => eventOut(await excuseAttendance(db, actorOf(req), req.params.id, req.body)),
  );

  app.delete(
    '/attendance/:id',
    {
      config: { access: { permission: 'people.write' }, refuses: [409] },
      schema: {
        tags,
        summary: 'Remove an event logged by mistake, with the reason (kept, crossed out, no points)',
        params: IdParams,
        body: z.strictObject({ reason: z.string().trim().min(1, 'Required.').max(500) }),
        response: { 200: EventOut },
      },
    },
    async (req) => eventOut(await removeAttendance(db, actorOf(req), req.params.id, req.body.reason)),
  );

  app.get(
    '/attendance/policy',
    {
      config: { access: read },
      schema: { tags, summary: 'The org’s attendance points policy', response: { 200: PolicyOut } },
    },
    async (req) => {
      const p = await attendancePolicy(db, actorOf(req).orgId);
      return { ...policyOut(p.policy), updatedBy: p.updatedBy, updatedAt: p.updatedAt };
    },
  );

  app.put(
    '/attendance/policy',
    {
      config: { access: { permission: 'org.settings' } },
      schema: {
        tags,
        summary: 'Change the policy; events still in a counting window are given the new points',
        body: PolicyIn,
        response: { 200: PolicyOut.extend({ recomputed: z.number() }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const { recomputed } = await changeAttendancePolicy(db, actor, policyIn(req.body));
      const p = await attendancePolicy(db, actor.orgId);
      return { ...policyOut(p.policy), updatedBy: p.updatedBy, updatedAt: p.updatedAt, recomputed };
    },
  );
}
