import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { CalendarDate } from '../shared/date-schemas.js';
import { VAN_TYPES } from '../shared/vans.js';
import { stationReadiness } from './readiness.js';

const VAN_STATES = [
  'ready',
  'inspection_missing',
  'maintenance_due',
  'grounded',
  'in_shop',
  'returned',
] as const;

const ReadinessOut = z.object({
  station: z.object({ id: z.string(), code: z.string(), name: z.string(), timeZone: z.string() }),
  date: z.string(),
  summary: z.object({
    vans: z.record(z.enum(VAN_STATES), z.number()),
    dispatchableVans: z.number(),
    clearedDrivers: z.number(),
    notClearedDrivers: z.number(),
  }),
  vans: z.array(
    z.object({
      van: z.object({
        id: z.string(),
        fleetNumber: z.string(),
        vanType: z.enum(VAN_TYPES),
        status: z.enum(['active', 'grounded', 'in_shop', 'returned']),
        odometerMiles: z.number().nullable(),
      }),
      state: z.enum(VAN_STATES),
      dispatchable: z.boolean(),
      reasons: z.array(z.string()),
    }),
  ),
  drivers: z.array(
    z.object({
      driver: z.object({
        id: z.string(),
        firstName: z.string(),
        lastName: z.string(),
        transporterId: z.string().nullable(),
      }),
      vanTypes: z.array(z.enum(VAN_TYPES)),
      cleared: z.boolean(),
      reasons: z.array(z.string()),
      warnings: z.array(z.string()),
    }),
  ),
});

export function readinessRoutes(app: App, { handle }: AppContext): void {
  app.get(
    '/readiness',
    {
      config: { access: { permission: 'fleet.read' }, keepAnswer: true },
      schema: {
        tags: ['readiness'],
        summary:
          'Every van and every active DA of a station on a business date (default: today there), ready or why not',
        querystring: z.object({ stationId: z.string().min(1).max(100), date: CalendarDate.optional() }),
        response: { 200: ReadinessOut },
      },
    },
    async (req) => stationReadiness(handle.db, actorOf(req), req.query.stationId, req.query.date),
  );
}
