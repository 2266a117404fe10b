import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { PageQuery, pageSchema } from '../shared/pagination.js';
import { listAudit } from './store.js';

export const IsoDateOrInstant = z
  .string()
  .regex(
    /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/,
    'Use a date (2026-11-21) or a UTC instant (2026-11-21T08:00:00Z).',
  )
  .transform((s) => (s.length === 10 ? `${s}T00:00:00.000Z` : new Date(s).toISOString()));

const AuditQuery = PageQuery.extend({
  entity: z.string().max(60).optional(),
  entityId: z.string().max(100).optional(),
  actorUserId: z.string().max(100).optional(),
  action: z.enum(['create', 'update', 'delete']).optional(),
  from: IsoDateOrInstant.optional(),
  to: IsoDateOrInstant.optional(),
});

const AuditEntryOut = z.object({
  id: z.string(),
  at: z.string(),
  actorUserId: z.string().nullable(),
  actorLabel: z.string(),
  entity: z.string(),
  entityId: z.string(),
  action: z.enum(['create', 'update', 'delete']),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })),
});

export function auditRoutes(app: App, { handle }: AppContext): void {
  app.get(
    '/audit',
    {
      config: { access: { permission: 'audit.read' } },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first (read-only; `to` is exclusive)',
        querystring: AuditQuery,
        response: { 200: pageSchema(AuditEntryOut) },
      },
    },
    async (req) => listAudit(handle.db, actorOf(req).orgId, req.query),
  );
}
