import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { createDispute, recordOutcome, visibleDispute } from './disputes.js';
import { disputePacket } from './packet.js';
import { read, tags, write } from './routes.js';
import { DisputeIn, DisputeOut, disputeView, OutcomeIn } from './schemas.js';
import { listDisputes } from './store.js';

/** Disputes (item 8): approve, download the packet, record the outcome. */
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
}
