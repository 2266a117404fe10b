import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { TermDate } from '../shared/date-schemas.js';
import { IdParams } from '../tenancy/schemas.js';
import {
  addDocument,
  approveDocument,
  listDriverDocuments,
  pendingDocuments,
  rejectDocument,
  removeDocument,
} from './documents.js';
import { DOCUMENT_TYPES } from './domain/documents.js';
import { EXPIRY_WINDOWS, type ExpiryWindow } from './domain/expiry.js';
import { expiringDocuments } from './expiring-documents.js';
import { DocumentOut, DriverBrief, ExpiringOut } from './records-schemas.js';

/** A DA's documents: filed by managers, or sent from the DA's phone for review; and what expires soon. */
export function documentRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['people'];
  const read = { permission: 'people.read' } as const;
  const write = { permission: 'people.write' } as const;

  app.get(
    '/drivers/:id/documents',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'A DA’s documents, newest first, with their files',
        params: IdParams,
        response: { 200: z.object({ items: z.array(DocumentOut) }) },
      },
    },
    async (req) => ({ items: await listDriverDocuments(db, actorOf(req), req.params.id) }),
  );

  app.post(
    '/drivers/:id/documents',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary:
          'File a document for a DA (approved as filed; a license or DOT card puts its expiry on the profile)',
        params: IdParams,
        body: z.strictObject({
          type: z.enum(DOCUMENT_TYPES),
          fileId: z.string().min(1).max(100).nullable().optional(),
          expiry: TermDate.nullable().optional(),
          note: z.string().trim().max(500).nullable().optional(),
        }),
        response: { 201: DocumentOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addDocument(db, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/documents/:id/approve',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Approve a document waiting for review (optionally correcting its expiry)',
        params: IdParams,
        body: z.strictObject({ expiry: TermDate.nullable().optional() }),
        response: { 200: DocumentOut },
      },
    },
    async (req) => approveDocument(db, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/documents/:id/reject',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Send a document back to the DA with the reason',
        params: IdParams,
        body: z.strictObject({ reason: z.string().trim().min(1, 'Required.').max(500) }),
        response: { 200: DocumentOut },
      },
    },
    async (req) => rejectDocument(db, actorOf(req), req.params.id, req.body.reason),
  );

  app.delete(
    '/documents/:id',
    {
      config: { access: write },
      schema: { tags, summary: 'Remove a document filed by mistake', params: IdParams },
    },
    async (req, reply) => {
      await removeDocument(db, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/documents/expiring',
    {
      config: { access: read },
      schema: {
        tags,
        summary:
          'What expires within 30, 14 or 7 days or has expired (profile license and DOT card included), on each station’s calendar',
        querystring: z.object({
          within: z.enum(EXPIRY_WINDOWS.map(String) as ['30', '14', '7']).default('30'),
          stationId: z.string().max(100).optional(),
        }),
        response: { 200: z.object({ items: z.array(ExpiringOut) }) },
      },
    },
    async (req) => ({
      items: await expiringDocuments(
        db,
        actorOf(req),
        Number(req.query.within) as ExpiryWindow,
        req.query.stationId,
      ),
    }),
  );

  app.get(
    '/documents/pending',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Documents DAs sent that wait for a manager’s review, oldest first',
        querystring: z.object({ stationId: z.string().max(100).optional() }),
        response: { 200: z.object({ items: z.array(DocumentOut.extend({ driver: DriverBrief })) }) },
      },
    },
    async (req) => ({ items: await pendingDocuments(db, actorOf(req), req.query.stationId) }),
  );
}
