import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { addDays } from '../dispatch/domain/calendar.js';
import { createDispute, recordOutcome, visibleDispute } from './disputes.js';
import { disputePacket } from './packet.js';
import { read, tags, write } from './routes.js';
import { DisputeIn, DisputeOut, disputeView, OutcomeIn } from './schemas.js';
import { listDiscrepancies, listDisputes } from './store.js';

/** Disputes (item 8): approve, download the packet, record the outcome; and the headline figures. */
export function disputeRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;

  app.post(
    '/money/disputes',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Approve a dispute of open discrepancies of one station',
        body: DisputeIn,
        response: { 201: DisputeOut },
      },
    },
    async (req, reply) =>
      reply.status(201).send(disputeView(await createDispute(db, actorOf(req), req.body.discrepancyIds))),
  );

  app.get(
    '/money/disputes',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Disputes, newest first',
        response: { 200: z.object({ items: z.array(DisputeOut) }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      return { items: (await listDisputes(db, actor.orgId, actor.stationIds)).map(disputeView) };
    },
  );

  app.get(
    '/money/disputes/:id/packet',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'The dispute packet, CSV or PDF, with each line’s evidence and its files’ SHA-256',
        params: z.object({ id: z.string().min(1).max(100) }),
        querystring: z.object({ format: z.enum(['csv', 'pdf']).default('pdf') }),
      },
    },
    async (req, reply) => {
      const dispute = await visibleDispute(db, actorOf(req), req.params.id);
      const file = await disputePacket(db, dispute, req.query.format);
      return reply
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .type(file.contentType)
        .send(file.body);
    },
  );

  app.post(
    '/money/disputes/:id/outcome',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Record what the next invoice paid: each line recovered (amount) or written off (reason)',
        params: z.object({ id: z.string().min(1).max(100) }),
        body: OutcomeIn,
        response: { 200: DisputeOut },
      },
    },
    async (req) => disputeView(await recordOutcome(db, actorOf(req), req.params.id, req.body)),
  );

  app.get(
    '/money/summary',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Recovered to date, still open, and discrepancies whose dispute window closes within 3 days',
        querystring: z.object({ today: z.iso.date().optional() }),
        response: {
          200: z.object({
            recoveredCents: z.number(),
            openCents: z.number(),
            openCount: z.number(),
            dueSoonCount: z.number(),
            dueSoonCents: z.number(),
          }),
        },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const all = await listDiscrepancies(db, actor.orgId, { stationIds: actor.stationIds });
      const today = req.query.today ?? new Date().toISOString().slice(0, 10);
      const owed = (d: { difference_cents: number | null }) => Math.max(0, d.difference_cents ?? 0);
      const open = all.filter((d) => d.status === 'open');
      const dueSoon = open.filter((d) => d.deadline >= today && d.deadline <= addDays(today, 3));
      return {
        recoveredCents: all.reduce((sum, d) => sum + (d.recovered_cents ?? 0), 0),
        openCents: open.reduce((sum, d) => sum + owed(d), 0),
        openCount: open.length,
        dueSoonCount: dueSoon.length,
        dueSoonCents: dueSoon.reduce((sum, d) => sum + owed(d), 0),
      };
    },
  );
}
