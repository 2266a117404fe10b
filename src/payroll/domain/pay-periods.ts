import { addDays, daysBetween, weekday } from '../../shared/days.js';
import { DEFAULT_ORG_CAPS } from './rule-sets.js';
import type { OrgCaps } from './types.js';

/** What a pay period pays, by the org's own code at its provider: hours by pay code and the premiums. */
export const PAY_ITEMS = ['REG', 'OT', 'DT', 'MEAL', 'REST'] as const;
export type PayItem = (typeof PAY_ITEMS)[number];

export const PAY_FREQUENCIES = ['weekly', 'biweekly'] as const;
export type PayFrequency = (typeof PAY_FREQUENCIES)[number];

export const PROVIDERS = ['adp_wfn', 'adp_run', 'paychex', 'gusto', 'paycom'] as const;
export type Provider = (typeof PROVIDERS)[number];

export interface ProviderSettings {
  /** ADP WFN's Co Code, ADP RUN's IID, Paychex's CLIENT ID; unused by Gusto and Paycom. */
  companyCode: string;
  /** The org's own earnings code (pay component) for each item; '' when not set up. */
  codes: Record<PayItem, string>;
}

export interface PayrollSettings {
  frequency: PayFrequency;
  /** The first day of the first pay period: a workweek start, so periods hold whole workweeks. */
  firstPeriodStart: string;
  providers: Record<Provider, ProviderSettings>;
  /** The workweek's first day, 0 Sunday … 6 Saturday: overtime, the 7th day and the periods count from it. */
  workweekStartsOn: number;
  /**
   * The org's caps. The longest day, the most in any 7 days and overtime needing approval are shared
   * with scheduling (its rules are where they are kept); the days in 7 are payroll's own.
   */
  caps: OrgCaps;
}

const codes = (c: Partial<Record<PayItem, string>>): Record<PayItem, string> => ({
  REG: '',
  OT: '',
  DT: '',
  MEAL: '',
  REST: '',
  ...c,
});

/**
 * Until the owner sets them: weekly periods from a Sunday, and only the codes the providers document
 * as their own (ADP RUN's REG/OVT, Paychex's Regular/Overtime/Doubletime); a tenant's codes for double
 * time and premiums are left blank so an export says what is missing instead of guessing.
 */
export const DEFAULT_PAYROLL_SETTINGS: PayrollSettings = {
  frequency: 'weekly',
  firstPeriodStart: '2026-01-04',
  providers: {
    adp_wfn: { companyCode: '', codes: codes({}) },
    adp_run: { companyCode: '', codes: codes({ REG: 'REG', OT: 'OVT' }) },
    paychex: { companyCode: '', codes: codes({ REG: 'Regular', OT: 'Overtime', DT: 'Doubletime' }) },
    gusto: { companyCode: '', codes: codes({}) },
    paycom: { companyCode: '', codes: codes({}) },
  },
  workweekStartsOn: 0,
  caps: DEFAULT_ORG_CAPS,
};

export interface PeriodDates {
  start: string;
  end: string;
}

const lengthOf = (f: PayFrequency): number => (f === 'weekly' ? 7 : 14);

/** The pay period a business date falls in: the anchor plus whole periods, before or after it. */
export function periodOf(settings: Pick<PayrollSettings, 'frequency' | 'firstPeriodStart'>, date: string) {
  const length = lengthOf(settings.frequency);
  const index = Math.floor(daysBetween(settings.firstPeriodStart, date) / length);
  const start = addDays(settings.firstPeriodStart, index * length);
  return { start, end: addDays(start, length - 1) };
}

/** The `count` periods up to and including the one holding `today`, newest first, none before the first. */
export function recentPeriods(
  settings: Pick<PayrollSettings, 'frequency' | 'firstPeriodStart'>,
  today: string,
  count: number,
): PeriodDates[] {
  const length = lengthOf(settings.frequency);
  const current = periodOf(settings, today);
  return Array.from({ length: count }, (_, i) => {
    const start = addDays(current.start, -i * length);
    return { start, end: addDays(start, length - 1) };
  }).filter((p) => p.start >= settings.firstPeriodStart);
}

/** The workweeks (their first days) of a period: periods start on the workweek's day and hold whole weeks. */
export const weeksOf = (period: PeriodDates): string[] =>
  Array.from({ length: (daysBetween(period.start, period.end) + 1) / 7 }, (_, i) =>
    addDays(period.start, i * 7),
  );

/** A period anchor must start a workweek (the org's day, Sunday by default): else it splits one. */
export const startsWorkweek = (date: string, workweekStartsOn = 0): boolean =>
  weekday(date) === workweekStartsOn;
