import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { TermDate } from '../shared/date-schemas.js';
import { attendanceOf } from './attendance-counts.js';
import { clearanceIn, loadClearanceContext } from './clearance.js';
import { RENEWABLE_BY_DA } from './domain/documents.js';
import { myDocuments, submitMyDocument } from './my-documents.js';
import { ownDriver, setMyLanguage } from './own-driver.js';
import {
  DocumentOut,
  EventOut,
  eventOut,
  PolicyOut,
  policyOut,
  SummaryOut,
  summaryOut,
} from './records-schemas.js';
import { DriverOut } from './routes.js';
import { findDriverOfUser, toDriver } from './store.js';

/**
 * A DA's own records, for their phone pages: only ever their own, whatever their role. None of these
 * take a DA id, so there is no other DA's id to try.
 */
export function myDriverRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['people'];

  app.get(
    '/me/driver',
    {
      schema: {
        tags,
        summary: 'My own DA record (null when this login has none), with whether I am cleared to drive today',
        response: { 200: z.object({ driver: DriverOut.nullable() }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const row = actor.userId ? await findDriverOfUser(db, actor.orgId, actor.userId) : undefined;
      if (!row) return { driver: null };
      const da = toDriver(row);
      const ctx = await loadClearanceContext(db, actor.orgId, [da.id]);
      return { driver: { ...da, clearance: clearanceIn(ctx, da) } };
    },
  );

  app.put(
    '/me/driver/language',
    {
      schema: {
        tags,
        summary: 'Choose the language of my phone pages and of the messages sent to me',
        body: z.strictObject({ language: z.enum(['en', 'es']) }),
        response: { 200: z.object({ language: z.enum(['en', 'es']) }) },
      },
    },
    async (req) => {
      const after = await setMyLanguage(db, actorOf(req), req.body.language);
      return { language: after.language };
    },
  );

  app.get(
    '/me/documents',
    {
      schema: {
        tags,
        summary: 'My documents, newest first, and the license and DOT card expiries on my profile',
        response: {
          200: z.object({
            today: z.string(),
            licenseExpiry: z.string().nullable(),
            dotMedicalExpiry: z.string().nullable(),
            needsDotMedical: z.boolean(),
            items: z.array(DocumentOut),
          }),
        },
      },
    },
    async (req) => {
      const { documents, ...rest } = await myDocuments(db, actorOf(req));
      return { ...rest, items: documents };
    },
  );

  app.post(
    '/me/documents',
    {
      schema: {
        tags,
        summary: 'Send my renewed license or DOT medical card (upload the file first); a manager reviews it',
        body: z.strictObject({
          type: z.enum(RENEWABLE_BY_DA),
          fileId: z.string().min(1).max(100),
          expiry: TermDate,
          note: z.string().trim().max(500).nullable().optional(),
        }),
        response: { 201: DocumentOut },
      },
    },
    async (req, reply) => reply.status(201).send(await submitMyDocument(db, actorOf(req), req.body)),
  );

  app.get(
    '/me/attendance',
    {
      schema: {
        tags,
        summary: 'My attendance events, my points in the last 30 and 90 days, and the points policy',
        response: {
          200: z.object({
            today: z.string(),
            items: z.array(EventOut),
            summary: SummaryOut,
            policy: PolicyOut.omit({ updatedBy: true, updatedAt: true }),
          }),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const a = await attendanceOf(db, actor.orgId, await ownDriver(db, actor), false);
      return {
        today: a.today,
        items: a.events.map(eventOut),
        summary: summaryOut(a.summary, a.policy),
        policy: policyOut(a.policy),
      };
    },
  );
}
