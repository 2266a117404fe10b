import { type Answer, answer, BASE, type Body, client } from '../app/api.js';

export type PayPeriod = Answer<'/payroll/pay-periods', 'get'>['items'][number];
export type PeriodExport = PayPeriod['exports'][number];
export type PayrollSettings = Body<'/payroll/settings', 'put'>;
export type SettingsAnswer = Answer<'/payroll/settings', 'get'>;
export type Provider = PeriodExport['provider'];

export const PERIODS_KEY = ['payroll', 'pay-periods'] as const;
export const SETTINGS_KEY = ['payroll', 'settings'] as const;

export const periodsApi = {
  list: () => answer(client.GET('/payroll/pay-periods', { params: { query: { count: 8 } } })),
  settings: () => answer(client.GET('/payroll/settings')),
  saveSettings: (body: PayrollSettings) => answer(client.PUT('/payroll/settings', { body })),
  close: (start: string, overrideReason?: string) =>
    answer(
      client.POST('/payroll/pay-periods/close', {
        body: { start, ...(overrideReason ? { overrideReason } : {}) },
      }),
    ),
  reopen: (id: string, reason: string) =>
    answer(client.POST('/payroll/pay-periods/{id}/reopen', { params: { path: { id } }, body: { reason } })),
  export: (id: string, provider: Provider) =>
    answer(
      client.POST('/payroll/pay-periods/{id}/exports', { params: { path: { id } }, body: { provider } }),
    ),
  fileUrl: (exportId: string) => `${BASE}/payroll/pay-period-exports/${encodeURIComponent(exportId)}/file`,
};

/** Minutes as hours to two decimals, as the files carry them. */
export const hours = (minutes: number): string => (Math.round((minutes * 100) / 60) / 100).toFixed(2);
