import { z } from 'zod';
import type { PayPeriodExportsTable, PayPeriodsTable } from '../db/schema.js';
import { CalendarDate, dateIn, PLANNING } from '../shared/date-schemas.js';
import { PROVIDER_INFO } from './domain/exports/index.js';
import { PAY_FREQUENCIES, PAY_ITEMS, PROVIDERS } from './domain/pay-periods.js';

const Reason = z.string().trim().min(1, 'Required.').max(500);
/** An org's own code at its provider: ADP takes ASCII 32–122 only (no backslash, no braces). */
const Code = z
  .string()
  .trim()
  .max(30)
  .regex(/^[ -z]*$/, 'Use letters, digits, spaces and plain punctuation.')
  .refine((s) => !s.includes('\\'), 'No backslash.');

const ProviderSettingsIn = z.strictObject({
  companyCode: Code,
  codes: z.strictObject({ REG: Code, OT: Code, DT: Code, MEAL: Code, REST: Code }),
});

export const PayrollSettingsIn = z.strictObject({
  frequency: z.enum(PAY_FREQUENCIES),
  firstPeriodStart: CalendarDate.pipe(dateIn(PLANNING)),
  providers: z.strictObject({
    adp_wfn: ProviderSettingsIn,
    adp_run: ProviderSettingsIn,
    paychex: ProviderSettingsIn,
    gusto: ProviderSettingsIn,
    paycom: ProviderSettingsIn,
  }),
  /** 0 Sunday … 6 Saturday; left out: unchanged. */
  workweekStartsOn: z.number().int().min(0).max(6).optional(),
  /** Left out: unchanged. */
  caps: z
    .strictObject({
      maxDayMinutes: z
        .number()
        .int()
        .min(60, 'At least 1 hour.')
        .max(16 * 60, 'At most 16 hours.'),
      maxRolling7DaysMinutes: z
        .number()
        .int()
        .min(60, 'At least 1 hour.')
        .max(84 * 60, 'At most 84 hours.'),
      maxDaysIn7: z.number().int().min(1).max(7),
      overtimeNeedsApproval: z.boolean(),
    })
    .optional(),
});

export const PayrollSettingsOut = z.object({
  settings: PayrollSettingsIn.required({ workweekStartsOn: true, caps: true }),
  updatedBy: z.string().nullable(),
  updatedAt: z.string().nullable(),
  /** Each provider's name, the items it takes under the org's own code, and its company code's name. */
  providers: z.array(
    z.object({
      id: z.enum(PROVIDERS),
      label: z.string(),
      coded: z.array(z.enum(PAY_ITEMS)),
      companyCode: z.string().nullable(),
    }),
  ),
});

export const providerList = () =>
  PROVIDERS.map((id) => ({
    id,
    label: PROVIDER_INFO[id].label,
    coded: PROVIDER_INFO[id].coded as (typeof PAY_ITEMS)[number][],
    companyCode: PROVIDER_INFO[id].companyCode,
  }));

export const CloseIn = z.strictObject({
  start: CalendarDate,
  /** Owner only: closes over open exceptions, saying why. */
  overrideReason: Reason.optional(),
});

export const ReopenIn = z.strictObject({ reason: Reason });
export const ExportIn = z.strictObject({ provider: z.enum(PROVIDERS) });

export const ExportOut = z.object({
  id: z.string(),
  periodId: z.string(),
  provider: z.enum(PROVIDERS),
  fileName: z.string(),
  sha256: z.string(),
  bytes: z.number(),
  createdBy: z.string(),
  createdAt: z.string(),
});

export const exportView = (
  e: Omit<PayPeriodExportsTable, 'org_id' | 'content'>,
): z.infer<typeof ExportOut> => ({
  id: e.id,
  periodId: e.period_id,
  provider: e.provider as (typeof PROVIDERS)[number],
  fileName: e.file_name,
  sha256: e.sha256,
  bytes: e.bytes,
  createdBy: e.created_by,
  createdAt: e.created_at,
});

const Minutes = z.object({
  REG: z.number(),
  OT: z.number(),
  DT: z.number(),
  MEAL: z.number(),
  REST: z.number(),
});

export const PeriodRecordOut = z.object({
  id: z.string(),
  start: z.string(),
  end: z.string(),
  status: z.enum(['closed', 'reopened']),
  openExceptionsAtClose: z.number(),
  overrideReason: z.string().nullable(),
  closedBy: z.string(),
  closedAt: z.string(),
  reopenedBy: z.string().nullable(),
  reopenedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
});

export const periodRecordView = (p: PayPeriodsTable): z.infer<typeof PeriodRecordOut> => ({
  id: p.id,
  start: p.start_date,
  end: p.end_date,
  status: p.status,
  openExceptionsAtClose: p.open_exceptions,
  overrideReason: p.override_reason,
  closedBy: p.closed_by,
  closedAt: p.closed_at,
  reopenedBy: p.reopened_by,
  reopenedAt: p.reopened_at,
  reopenReason: p.reopen_reason,
});

export const PeriodOut = z.object({
  start: z.string(),
  end: z.string(),
  status: z.enum(['open', 'closed', 'reopened']),
  /** Over in every station: it may be closed. */
  canClose: z.boolean(),
  openExceptions: z.number(),
  das: z.number(),
  /** Minutes by pay code (MEAL and REST: premium hours × 60): frozen when closed. */
  minutes: Minutes,
  record: PeriodRecordOut.nullable(),
  exports: z.array(ExportOut),
});

export const PeriodsOut = z.object({
  frequency: z.enum(PAY_FREQUENCIES),
  today: z.string(),
  items: z.array(PeriodOut),
});
