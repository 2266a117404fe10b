import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { findVanRow } from '../fleet/store.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { fleetMonth } from './fleet-month.js';
import { FLEET_KINDS, linkFleetRows, listFleetFiles } from './fleet-store.js';
import { reconcileFleet } from './reconcile-fleet.js';
import { read, tags, write } from './routes.js';
import { DiscrepancyOut, FileOut } from './schemas.js';

const Id = z.string().min(1).max(100);
const Cents = z.number();

const FleetMonthOut = z.object({
  month: z.string(),
  months: z.array(z.string()),
  files: z.array(FileOut),
  days: z.array(
    z.object({
      date: z.string(),
      afs: z.number().nullable(),
      paidVans: z.number(),
      paidCents: Cents,
      lines: z.array(
        z.object({
          row: z.number(),
          vanClass: z.string(),
          quantity: z.number(),
          rateCents: Cents,
          amountCents: Cents,
        }),
      ),
    }),
  ),
  bills: z.array(
    z.object({
      fileId: z.string(),
      row: z.number(),
      lessor: z.string(),
      reference: z.string().nullable(),
      vin: z.string().nullable(),
      plate: z.string().nullable(),
      van: z.object({ id: z.string(), fleetNumber: z.string(), status: z.string() }).nullable(),
      periodStart: z.string(),
      periodEnd: z.string(),
      days: z.number(),
      vanClass: z.string().nullable(),
      rateCents: Cents.nullable(),
      amountCents: Cents,
    }),
  ),
  discrepancies: z.array(DiscrepancyOut),
});

const LinkIn = z
  .object({
    stationId: Id,
    vin: z.string().trim().max(40).nullable(),
    plate: z.string().trim().max(40).nullable(),
    vanId: Id,
  })
  .refine((b) => b.vin || b.plate, { message: 'Name the billed van by its VIN or plate.', path: ['vin'] });

/** Fleet bills (issue 16 item 5): a month's Fixed Monthly against the AFS, lessors' lines against our vans. */
export function fleetRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;

  app.get(
    '/money/fleet',
    {
      config: { access: read },
      schema: {
        tags,
        summary:
          'A station’s fleet bills of a month: Fixed Monthly beside the AFS, lessors’ lines, discrepancies',
        querystring: z.object({
          stationId: Id,
          month: z
            .string()
            .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'A month such as 2026-09.')
            .optional(),
        }),
        response: { 200: FleetMonthOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const station = await visibleStation(db, actor, req.query.stationId);
      return fleetMonth(db, actor.orgId, station.id, req.query.month);
    },
  );

  app.post(
    '/money/fleet/link',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Link a billed van no VIN or plate matched to one of our vans; its bills are checked again',
        body: LinkIn,
        response: { 200: z.object({ linked: z.number() }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const station = await visibleStation(db, actor, req.body.stationId);
      const van = await findVanRow(db, actor.orgId, req.body.vanId);
      if (!van) throw notFound('Van');
      const files = await listFleetFiles(db, actor.orgId, station.id, FLEET_KINDS);
      const key = { vin: req.body.vin?.toUpperCase() || null, plate: req.body.plate || null };
      const linked = await db.transaction().execute(async (trx) => {
        const n = await linkFleetRows(
          trx,
          actor.orgId,
          files.map((f) => f.id),
          key,
          van.id,
        );
        await recordAudit(trx, actor, {
          entity: 'money_fleet_link',
          entityId: van.id,
          before: null,
          after: { stationId: station.id, ...key, vanId: van.id, rows: n },
        });
        return n;
      });
      await reconcileFleet(db, actor.orgId, station.id);
      return { linked };
    },
  );
}
