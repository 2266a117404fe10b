import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { badRequest, conflict, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import { inStationScope } from '../auth/domain/permissions.js';
import { CalendarDate } from '../shared/date-schemas.js';
import { newId, nowIso } from '../shared/ids.js';
import { IdParams } from '../tenancy/schemas.js';
import { visibleStation } from '../tenancy/visible-station.js';
import { listFiles } from './amazon-files-store.js';
import { settleDiscrepancy } from './disputes.js';
import { rateLineIssue } from './domain/rate-line.js';
import { deleteRate, findRate, findRateLine, insertRate, listRates, updateRate } from './rate-card-store.js';
import { reconcileStation } from './reconcile-week.js';
import {
  DiscrepancyOut,
  DiscrepancyQuery,
  discrepancyView,
  discrepancyViewOn,
  FileOut,
  fileView,
  RateIn,
  RateOut,
  rateView,
  SettleIn,
  serverToday,
} from './schemas.js';
import { listDiscrepancies } from './store.js';

export const read = { permission: 'money.read' } as const;
export const write = { permission: 'money.write' } as const;
export const tags = ['money'];

/** The rate card, the files brought in and the discrepancies found (issue 16 items 1, 2, 7). */
export function moneyRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;

  app.get(
    '/money/rates',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'A station’s rate card: every line with the day it takes effect',
        querystring: z.object({ stationId: z.string().min(1).max(100) }),
        response: { 200: z.object({ items: z.array(RateOut) }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const station = await visibleStation(db, actor, req.query.stationId);
      return { items: (await listRates(db, actor.orgId, station.id)).map(rateView) };
    },
  );

  app.post(
    '/money/rates',
    {
      config: { access: write, refuses: [409] },
      schema: { tags, summary: 'Add a rate-card line', body: RateIn, response: { 201: RateOut } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const station = await visibleStation(db, actor, req.body.stationId);
      const b = req.body;
      const issue = rateLineIssue(b);
      if (issue) throw badRequest(issue.message, [{ path: issue.field, message: issue.message }]);
      const line = {
        station_id: station.id,
        effective_from: b.effectiveFrom,
        item: b.item,
        variant: b.variant,
        block_hours: b.blockHours,
      };
      if (await findRateLine(db, actor.orgId, line))
        throw conflict('The card already has this line from that day: change its rate instead.');
      const row = {
        org_id: actor.orgId,
        id: newId(),
        ...line,
        rate_cents: b.rateCents,
        import_id: null,
        updated_by: actor.label,
        updated_at: nowIso(),
      };
      await db.transaction().execute(async (trx) => {
        await insertRate(trx, row);
        await recordAudit(trx, actor, { entity: 'money_rate', entityId: row.id, before: null, after: row });
      });
      await reconcileStation(db, actor.orgId, station.id);
      return reply.status(201).send(rateView(row));
    },
  );

  app.patch(
    '/money/rates/:id',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Correct a rate-card line: its rate, and the day it takes effect',
        params: IdParams,
        body: z.object({
          rateCents: RateIn.shape.rateCents,
          effectiveFrom: RateIn.shape.effectiveFrom.optional(),
        }),
        response: { 200: RateOut },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const before = await findRate(db, actor.orgId, req.params.id);
      if (!before || !inStationScope(actor, before.station_id)) throw notFound('Rate');
      const effectiveFrom = req.body.effectiveFrom ?? before.effective_from;
      const taken = await findRateLine(db, actor.orgId, { ...before, effective_from: effectiveFrom });
      if (taken && taken.id !== before.id)
        throw conflict(
          'The card already has this line from that day: change that one instead.',
          'effectiveFrom',
        );
      const after = {
        ...before,
        effective_from: effectiveFrom,
        rate_cents: req.body.rateCents,
        updated_by: actor.label,
        updated_at: nowIso(),
      };
      await db.transaction().execute(async (trx) => {
        await updateRate(trx, actor.orgId, before.id, after);
        await recordAudit(trx, actor, { entity: 'money_rate', entityId: before.id, before, after });
      });
      await reconcileStation(db, actor.orgId, before.station_id);
      return rateView(after);
    },
  );

  app.delete(
    '/money/rates/:id',
    { config: { access: write }, schema: { tags, summary: 'Remove a rate-card line', params: IdParams } },
    async (req, reply) => {
      const actor = actorOf(req);
      const before = await findRate(db, actor.orgId, req.params.id);
      if (!before || !inStationScope(actor, before.station_id)) throw notFound('Rate');
      await db.transaction().execute(async (trx) => {
        await deleteRate(trx, actor.orgId, before.id);
        await recordAudit(trx, actor, { entity: 'money_rate', entityId: before.id, before, after: null });
      });
      await reconcileStation(db, actor.orgId, before.station_id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/money/files',
    {
      config: { access: read },
      schema: {
        tags,
        summary: 'Files brought in (rate cards, invoices, WST, deposits), each with its SHA-256',
        querystring: z.object({
          stationId: z.string().max(100).optional(),
          weekStart: CalendarDate.optional(),
        }),
        response: { 200: z.object({ items: z.array(FileOut) }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const files = await listFiles(db, actor.orgId, { stationIds: actor.stationIds, ...req.query });
      return { items: files.map(fileView) };
    },
  );

  app.get(
    '/money/discrepancies',
    {
      config: { access: read },
      schema: {
        tags,
        summary:
          'Discrepancies found, by station, week, status (open ones past their dispute window apart: window closed) and kind',
        querystring: DiscrepancyQuery,
        response: { 200: z.object({ items: z.array(DiscrepancyOut) }) },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const today = req.query.today ?? serverToday();
      const rows = await listDiscrepancies(db, actor.orgId, {
        stationIds: actor.stationIds,
        ...req.query,
        today,
      });
      return { items: rows.map(discrepancyViewOn(today)) };
    },
  );

  app.post(
    '/money/discrepancies/:id/settle',
    {
      config: { access: write },
      schema: {
        tags,
        summary: 'Mark a discrepancy recovered (with the amount) or written off (with the reason)',
        params: IdParams,
        body: SettleIn,
        response: { 200: DiscrepancyOut },
      },
    },
    async (req) => discrepancyView(await settleDiscrepancy(db, actorOf(req), req.params.id, req.body)),
  );
}
