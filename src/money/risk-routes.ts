import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { stationRisk } from './risk.js';

const Line = z.object({ minutes: z.number().int(), cents: z.number().int() });
const RouteRiskOut = z.object({
  code: z.string(),
  runs: z.number().int(),
  overruns: z.number().int(),
  overrunMinutes: z.number().int(),
  cents: z.number().int(),
});

export const RiskOut = z.object({
  stationId: z.string(),
  weeks: z.array(
    z.object({
      weekStart: z.string(),
      overrun: Line.extend({ routes: z.number().int() }),
      rescue: Line.extend({ count: z.number().int() }),
      damage: z.object({ count: z.number().int(), cents: z.number().int() }),
      /** Waiting for late trucks (the board's delays); reimbursed null: the week has no invoice yet. */
      waiting: Line.extend({
        routes: z.number().int(),
        reimbursedCents: z.number().int().nullable(),
        amazonMinutes: z.number().nullable(),
      }),
      /** Staffed routes Amazon cancelled late: the DAs' paid shifts, and the invoice's late cancel lines. */
      lateCancel: Line.extend({
        count: z.number().int(),
        reimbursedCents: z.number().int().nullable(),
        paid: z.number().nullable(),
      }),
      /** Meal and rest premiums owed on days whose route ran past its plan. */
      premium: z.object({ count: z.number().int(), hours: z.number(), cents: z.number().int() }),
      unpricedMinutes: z.number().int(),
      totalCents: z.number().int(),
      /** What Amazon paid for any of it (waiting and late cancels only: nothing pays overruns or rescues). */
      reimbursedCents: z.number().int(),
      byRoute: z.array(RouteRiskOut),
    }),
  ),
  /** Over every week shown, the costliest route codes first. */
  routes: z.array(RouteRiskOut),
});

const RiskQuery = z.object({
  stationId: z.string().min(1).max(100),
  weeks: z.coerce.number().int().min(1).max(26).default(12),
});

/** The risk ledger (issue 16 item 9): what a station's weeks cost the DSP because of upstream plans. */
export function riskRoutes(app: App, { handle }: AppContext): void {
  app.get(
    '/money/risk',
    {
      config: { access: { permission: 'money.read' } },
      schema: {
        tags: ['money'],
        summary:
          'A station’s risk ledger in cents, week by week: route overruns, rescues, damage, waiting for late trucks, late cancels and long days’ premiums, beside what Amazon paid',
        querystring: RiskQuery,
        response: { 200: RiskOut },
      },
    },
    async (req) => stationRisk(handle.db, actorOf(req), req.query.stationId, req.query.weeks),
  );
}
