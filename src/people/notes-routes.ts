import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { IdParams } from '../tenancy/schemas.js';
import { addNote, driverNotes, driverRatings, rateDriver, removeNote } from './notes.js';
import { NoteOut, RatingOut } from './records-schemas.js';

/** The manager's internal rating of a DA and the notes timeline. */
export function notesRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['people'];
  const read = { permission: 'people.read' } as const;
  const write = { permission: 'people.write' } as const;

  app.get(
    '/drivers/:id/ratings',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'A DA’s rating (the newest) and its history',
        params: IdParams,
        response: { 200: z.object({ current: RatingOut.nullable(), history: z.array(RatingOut) }) },
      },
    },
    async (req) => driverRatings(db, actorOf(req), req.params.id),
  );

  app.post(
    '/drivers/:id/ratings',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Rate a DA 1–5 with a comment (earlier ratings stay as history)',
        params: IdParams,
        body: z.strictObject({
          rating: z.number().int().min(1, 'From 1 to 5.').max(5, 'From 1 to 5.'),
          comment: z.string().trim().max(1000).nullable().optional(),
        }),
        response: { 201: RatingOut },
      },
    },
    async (req, reply) => reply.status(201).send(await rateDriver(db, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/drivers/:id/notes',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'A DA’s notes, newest first',
        params: IdParams,
        response: { 200: z.object({ items: z.array(NoteOut) }) },
      },
    },
    async (req) => ({ items: await driverNotes(db, actorOf(req), req.params.id) }),
  );

  app.post(
    '/drivers/:id/notes',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Add a note to a DA’s timeline',
        params: IdParams,
        body: z.strictObject({ body: z.string().trim().min(1, 'Required.').max(4000) }),
        response: { 201: NoteOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addNote(db, actorOf(req), req.params.id, req.body.body)),
  );

  app.delete(
    '/notes/:id',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Remove a note written in error (the audit trail keeps it)',
        params: IdParams,
      },
    },
    async (req, reply) => {
      await removeNote(db, actorOf(req), req.params.id);
      return reply.status(204).send();
    },
  );
}
