import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { conflict } from '../app/problems.js';
import { listDriverMessages, markMessagesRead, toMessage } from '../messaging/store.js';
import { ownDriver } from '../people/own-driver.js';
import { CalendarDate } from '../shared/date-schemas.js';
import { IdParams } from '../tenancy/schemas.js';
import { availabilityOf, setPattern } from './availability.js';
import { myRoutesPastPlan } from './my-past-plan.js';
import { confirmMyShift, mySchedule } from './my-schedule.js';
import { AvailabilityOut, PatternIn, PatternOut, ShiftOut, TimeOffIn, TimeOffOut } from './schemas.js';
import { checkIn } from './shifts.js';
import { cancelTimeOff, requestTimeOff } from './time-off.js';

/** A route as the DA's phone shows it: where, when and which van. */
const RouteCardOut = z.object({
  date: z.string(),
  code: z.string(),
  waveTime: z.string(),
  stagingLocation: z.string().nullable(),
  plannedMinutes: z.number(),
  stops: z.number().nullable(),
  packages: z.number().nullable(),
  van: z.object({ id: z.string(), fleetNumber: z.string(), vanType: z.string() }).nullable(),
});

const MessageOut = z.object({
  id: z.string(),
  topic: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

/**
 * A DA's own week and day on their phone: schedule, today's route, confirming shifts, checking in,
 * availability, time off and messages. None of these take a DA id: there is no other DA to try.
 */
export function myScheduleRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['schedule'];
  const own = async (req: Parameters<typeof actorOf>[0]) => {
    const actor = actorOf(req);
    return { actor, da: await ownDriver(db, actor) };
  };

  app.get(
    '/me/schedule',
    {
      schema: {
        tags,
        summary:
          'My published shifts this week and next, and today’s (and my next) route, van, staging and wave once out',
        querystring: z.object({ date: CalendarDate.optional() }),
        response: {
          200: z.object({
            today: z.string(),
            weekStart: z.string(),
            language: z.enum(['en', 'es']),
            shifts: z.array(ShiftOut),
            todayShift: ShiftOut.nullable(),
            todayRoute: RouteCardOut.nullable(),
            nextRoute: RouteCardOut.nullable(),
          }),
        },
      },
    },
    async (req) => mySchedule(db, actorOf(req), req.query.date),
  );

  app.post(
    '/me/shifts/:id/confirm',
    {
      config: { refuses: [409] },
      schema: {
        tags,
        summary: 'Confirm one of my published shifts',
        params: IdParams,
        response: { 200: ShiftOut },
      },
    },
    async (req) => confirmMyShift(db, actorOf(req), req.params.id),
  );

  app.post(
    '/me/shifts/:id/check-in',
    {
      config: { refuses: [409] },
      schema: {
        tags,
        summary: 'Check in at the station for today’s shift',
        params: IdParams,
        response: { 200: ShiftOut },
      },
    },
    async (req) => {
      const { actor, da } = await own(req);
      const { today, todayShift } = await mySchedule(db, actor);
      if (todayShift?.id !== req.params.id)
        throw conflict({ code: 'shift.onlyToday', args: { today } }, 'id');
      return checkIn(db, actor, req.params.id, da.id);
    },
  );

  app.get(
    '/me/availability',
    {
      schema: {
        tags,
        summary: 'My weekly availability, exceptions and time-off requests',
        response: { 200: AvailabilityOut },
      },
    },
    async (req) => {
      const { actor, da } = await own(req);
      return availabilityOf(db, actor, da.id);
    },
  );

  app.put(
    '/me/availability',
    {
      schema: {
        tags,
        summary: 'Set the days I can work, the days I prefer and how many days a week I want',
        body: PatternIn,
        response: { 200: PatternOut },
      },
    },
    async (req) => {
      const { actor, da } = await own(req);
      return setPattern(db, actor, da.id, req.body);
    },
  );

  app.post(
    '/me/time-off',
    {
      config: { refuses: [409] },
      schema: {
        tags,
        summary: 'Ask for time off; a manager approves or denies it',
        body: TimeOffIn,
        response: { 201: TimeOffOut },
      },
    },
    async (req, reply) => {
      const { actor, da } = await own(req);
      return reply.status(201).send(await requestTimeOff(db, actor, da.id, req.body));
    },
  );

  app.post(
    '/me/time-off/:id/cancel',
    {
      config: { refuses: [409] },
      schema: {
        tags,
        summary: 'Withdraw my time-off request',
        params: IdParams,
        response: { 200: TimeOffOut },
      },
    },
    async (req) => {
      const { actor, da } = await own(req);
      return cancelTimeOff(db, actor, da.id, req.params.id);
    },
  );

  app.get(
    '/me/messages',
    {
      schema: {
        tags,
        summary: 'My messages, newest first (the latest 100)',
        response: { 200: z.object({ items: z.array(MessageOut), unread: z.number() }) },
      },
    },
    async (req) => {
      const { actor, da } = await own(req);
      const items = (await listDriverMessages(db, actor.orgId, da.id, 100)).map(toMessage);
      return { items, unread: items.filter((m) => m.readAt === null).length };
    },
  );

  app.post(
    '/me/messages/read',
    {
      schema: {
        tags,
        summary: 'Mark some of my messages read',
        body: z.strictObject({ ids: z.array(z.string().max(100)).max(200) }),
      },
    },
    async (req, reply) => {
      const { actor, da } = await own(req);
      await markMessagesRead(db, actor.orgId, da.id, req.body.ids);
      return reply.status(204).send();
    },
  );

  app.get(
    '/me/routes/past-plan',
    {
      schema: {
        tags,
        summary: 'My routes of the last twelve weeks that ran past their plan: planned, actual, minutes over',
        response: {
          200: z.object({
            from: z.string(),
            to: z.string(),
            routes: z.array(
              z.object({
                date: z.string(),
                code: z.string(),
                plannedMinutes: z.number().int(),
                actualMinutes: z.number().int(),
                minutesOver: z.number().int(),
              }),
            ),
          }),
        },
      },
    },
    async (req) => myRoutesPastPlan(db, actorOf(req)),
  );
}
