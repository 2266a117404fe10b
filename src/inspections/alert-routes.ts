import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { PageQuery, pageSchema } from '../shared/pagination.js';
import { IdParams } from '../tenancy/schemas.js';
import { acknowledge, alertsFor } from './alerts.js';
import { AlertOut } from './schemas.js';

/** Alerts to managers (vans grounded by an inspection, new damage), open until someone acknowledges them. */
export function alertRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['alerts'];
  // Whoever may see the fleet sees its alerts, and saying "seen" is part of seeing them.
  const read = { permission: 'fleet.read' } as const;

  app.get(
    '/alerts',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Alerts of my stations, newest first (open=true: not yet acknowledged)',
        querystring: PageQuery.extend({
          stationId: z.string().max(100).optional(),
          open: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: pageSchema(AlertOut) },
      },
    },
    async (req) => {
      const { open, ...q } = req.query;
      return alertsFor(db, actorOf(req), { ...q, ...(open ? { open: open === 'true' } : {}) });
    },
  );

  app.post(
    '/alerts/:id/acknowledge',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Mark an alert as seen (once; again changes nothing)',
        params: IdParams,
        response: { 200: AlertOut },
      },
    },
    async (req) => acknowledge(db, actorOf(req), req.params.id),
  );
}
