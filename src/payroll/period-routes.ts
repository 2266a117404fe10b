import { z } from 'zod';
import { actorOf } from '../app/access.js';
import type { App, AppContext } from '../app/context.js';
import { IdParams } from '../tenancy/schemas.js';
import type { PayItem } from './domain/pay-periods.js';
import { closePayPeriod, listPayPeriods, reopenPayPeriod } from './pay-periods.js';
import { changePayrollSettings, payrollSettings } from './payroll-settings.js';
import { exportedFile, exportPayPeriod } from './period-exports.js';
import {
  CloseIn,
  ExportIn,
  ExportOut,
  exportView,
  PayrollSettingsIn,
  PayrollSettingsOut,
  PeriodRecordOut,
  PeriodsOut,
  periodRecordView,
  providerList,
  ReopenIn,
} from './period-schemas.js';

const read = { permission: 'payroll.read' } as const;
const write = { permission: 'payroll.write' } as const;

/** Pay periods (issue 15 item 8): the org's payroll settings, close and reopen, exports and their history. */
export function periodRoutes(app: App, { handle }: AppContext): void {
  const { db } = handle;
  const tags = ['payroll'];

  app.get(
    '/payroll/settings',
    {
      config: { access: read },
      schema: {
        tags,
        summary:
          'Pay frequency, first period, the org’s pay codes per provider, the workweek’s first day and the org’s caps',
        response: { 200: PayrollSettingsOut },
      },
    },
    async (req) => ({ ...(await payrollSettings(db, actorOf(req).orgId)), providers: providerList() }),
  );

  app.put(
    '/payroll/settings',
    {
      config: { access: { permission: 'org.settings' } },
      schema: {
        tags,
        summary:
          'Change the payroll settings (owner); the caps shared with scheduling are saved to its rules',
        body: PayrollSettingsIn,
        response: { 200: PayrollSettingsOut },
      },
    },
    async (req) => ({
      ...(await changePayrollSettings(db, actorOf(req), req.body)),
      providers: providerList(),
    }),
  );

  app.get(
    '/payroll/pay-periods',
    {
      config: { access: read },
      schema: {
        tags,
        summary:
          'The latest pay periods with their status, open exceptions, DAs, hours by pay code and exports',
        querystring: z.object({ count: z.coerce.number().int().min(1).max(26).default(6) }),
        response: { 200: PeriodsOut },
      },
    },
    async (req) => {
      const { settings, today, items } = await listPayPeriods(db, actorOf(req), req.query.count);
      return {
        frequency: settings.frequency,
        today,
        items: items.map((p) => ({
          start: p.start,
          end: p.end,
          status: p.row?.status ?? ('open' as const),
          canClose: p.canClose,
          openExceptions: p.openExceptions,
          das: p.das,
          minutes: p.minutes as Record<PayItem, number>,
          record: p.row ? periodRecordView(p.row) : null,
          exports: p.exports.map(exportView),
        })),
      };
    },
  );

  app.post(
    '/payroll/pay-periods/close',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary:
          'Close a pay period (409 while exceptions are open, unless an owner closes over them with a reason)',
        body: CloseIn,
        response: { 200: PeriodRecordOut },
      },
    },
    async (req) => periodRecordView(await closePayPeriod(db, actorOf(req), req.body)),
  );

  app.post(
    '/payroll/pay-periods/:id/reopen',
    {
      config: { access: write, refuses: [409] },
      schema: {
        tags,
        summary: 'Reopen a closed pay period (owner, with a reason)',
        params: IdParams,
        body: ReopenIn,
        response: { 200: PeriodRecordOut },
      },
    },
    async (req) => periodRecordView(await reopenPayPeriod(db, actorOf(req), req.params.id, req.body.reason)),
  );

  app.post(
    '/payroll/pay-periods/:id/exports',
    {
      config: { access: write, refuses: [409, 422] },
      schema: {
        tags,
        summary:
          'Export a closed pay period to a payroll provider’s file (recorded; 422 names what is missing)',
        params: IdParams,
        body: ExportIn,
        response: { 201: ExportOut },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(exportView(await exportPayPeriod(db, actorOf(req), req.params.id, req.body.provider))),
  );

  app.get(
    '/payroll/pay-period-exports/:id/file',
    {
      config: { access: read },
      schema: { tags, summary: 'Download a recorded export again, byte for byte', params: IdParams },
    },
    async (req, reply) => {
      const row = await exportedFile(db, actorOf(req), req.params.id);
      return reply
        .header('content-disposition', `attachment; filename="${row.file_name}"`)
        .header('cache-control', 'no-store')
        .type('text/csv; charset=utf-8')
        .send(row.content);
    },
  );
}
