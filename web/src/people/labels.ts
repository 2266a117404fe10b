import { type Driver, type DriverStatus, type Language, VAN_TYPES, type VanType } from './api.js';

export const STATUS_LABELS: Record<DriverStatus, string> = {
  applicant: 'Applicant',
  onboarding: 'Onboarding',
  active: 'Active',
  inactive: 'Inactive',
  terminated: 'Terminated',
};

export const STATUS_TONES: Record<DriverStatus, 'good' | 'bad' | 'neutral' | 'warn'> = {
  applicant: 'neutral',
  onboarding: 'neutral',
  active: 'good',
  inactive: 'warn',
  terminated: 'bad',
};

export const VAN_TYPE_LABELS: Record<VanType, string> = {
  edv: 'EDV',
  cdv: 'CDV',
  step_van: 'Step van',
  rental: 'Rental',
};

/** What each van type is, for people who do not know the abbreviations yet (glossary). */
export const VAN_TYPE_HINTS: Record<VanType, string> = {
  edv: 'Rivian electric delivery van',
  cdv: 'Custom delivery van, e.g. Ram ProMaster, Ford Transit',
  step_van: 'Over 10,000 lb: needs a DOT medical card',
  rental: 'Rented van',
};

export const LANGUAGE_LABELS: Record<Language, string> = { en: 'English', es: 'Español' };

export const fullName = (d: Pick<Driver, 'firstName' | 'lastName'>) => `${d.firstName} ${d.lastName}`;

/** Van types in their usual order (EDV, CDV, step van, rental), e.g. "EDV, CDV". */
export const vanTypesLabel = (types: VanType[]) =>
  types.length
    ? VAN_TYPES.filter((t) => types.includes(t))
        .map((t) => VAN_TYPE_LABELS[t])
        .join(', ')
    : 'None';

/** A US number as people write it, "(512) 555-0123"; other numbers as stored (E.164). */
export function formatPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  const us = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(phone);
  return us ? `(${us[1]}) ${us[2]}-${us[3]}` : phone;
}

const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

/** Integer cents as dollars, "$21.50". */
export function formatMoney(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '—' : money.format(cents / 100);
}

/** Cents as the dollars a form shows, "21.50"; nothing for no amount. */
export function centsToDollars(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '' : (cents / 100).toFixed(2);
}

/**
 * Dollars typed in a form ("21.50", "$21.5", "21") as integer cents; `null` for blank, `undefined` when it
 * is not an amount of dollars and cents.
 */
export function dollarsToCents(text: string): number | null | undefined {
  const t = text
    .trim()
    .replace(/^\$\s*/, '')
    .replace(/,/g, '');
  if (!t) return null;
  const m = /^(\d+)(?:\.(\d{0,2}))?$/.exec(t);
  if (!m) return undefined;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
