import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { notFound } from '../app/problems.js';
import { inStationScope } from '../auth/domain/permissions.js';
import { findDriver, findDriversByIds } from '../people/store.js';
import { IdParams } from '../tenancy/schemas.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { resolveException, resolveExceptions } from './resolve.js';
import {
  BulkResolveIn,
  ExceptionOut,
  ExceptionsQuery,
  exceptionView,
  PremiumOut,
  premiumView,
  ResolveIn,
} from './schemas.js';
import { listExceptions, listPremiums } from './store.js';

const read = { permission: 'payroll.read' } as const;
const write = { permission: 'payroll.write' } as const;

/** The exceptions queue (issue 15 item 7) and the premiums owed to a DA. */
export function exceptionRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['payroll'];

  app.get(
    '/payroll/exceptions',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'A station’s exceptions of a workday, or by status',
        querystring: ExceptionsQuery,
        response: { 200: z.object({ items: z.array(ExceptionOut.extend({ driverName: z.string() })) }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const station = await visibleStation(db, actor, req.query.stationId);
      const rows = await listExceptions(db, actor.orgId, { ...req.query, stationId: station.id });
      const names = new Map(
        (
          await findDriversByIds(
            db,
            actor.orgId,
            rows.map((r) => r.driver_id),
          )
        ).map((d) => [d.id, `${d.firstName} ${d.lastName}`]),
      );
      return { items: rows.map((r) => ({ ...exceptionView(r), driverName: names.get(r.driver_id) ?? '' })) };
    },
  );

  app.post(
    '/payroll/exceptions/:id/resolve',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary:
          'Resolve an exception: the punch corrected, a waiver on file, a premium owed or overtime approved',
        params: IdParams,
        body: ResolveIn,
        response: { 200: ExceptionOut },
      },
    },
    async (req) => exceptionView(await resolveException(db, actorOf(req), req.params.id, req.body)),
  );

  app.post(
    '/payroll/exceptions/resolve',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary:
          'Resolve several open exceptions with one resolution and one reason (e.g. all overtime of a week for some DAs), each audited; all or none',
        body: BulkResolveIn,
        response: { 200: z.object({ items: z.array(ExceptionOut) }) },
      },
    },
    async (req) => ({
      items: (await resolveExceptions(db, actorOf(req), req.body)).map(exceptionView),
    }),
  );

  app.get(
    '/payroll/premiums',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'The premium hours owed to a DA, a ledger line each until paid',
        querystring: z.object({ driverId: z.string().min(1).max(100) }),
        response: { 200: z.object({ items: z.array(PremiumOut), unpaidHours: z.number() }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const da = await findDriver(db, actor.orgId, req.query.driverId);
      if (!da || !inStationScope(actor, da.home_station_id)) throw notFound('DA');
      const items = (await listPremiums(db, actor.orgId, da.id)).map(premiumView);
      return {
        items,
        unpaidHours: items.filter((p) => p.paidAt === null).reduce((sum, p) => sum + p.hours, 0),
      };
    },
  );
}
