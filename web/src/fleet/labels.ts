import type { DueItem, DueState, Ownership, VanStatus } from './api.js';

export { VAN_TYPE_LABELS } from '../people/labels.js';

export const VAN_STATUS_LABELS: Record<VanStatus, string> = {
  active: 'Active',
  grounded: 'Grounded',
  in_shop: 'In shop',
  returned: 'Returned',
};

export const VAN_STATUS_TONES: Record<VanStatus, 'good' | 'bad' | 'neutral' | 'warn'> = {
  active: 'good',
  grounded: 'bad',
  in_shop: 'warn',
  returned: 'neutral',
};

export const OWNERSHIP_LABELS: Record<Ownership, string> = {
  amazon_fleet: 'Amazon fleet program',
  leased: 'Leased',
  rental: 'Rental',
  owned: 'Owned',
};

export const DUE_LABELS: Record<DueState, string> = { ok: 'OK', due_soon: 'Due soon', overdue: 'Overdue' };
export const DUE_TONES: Record<DueState, 'good' | 'bad' | 'warn'> = {
  ok: 'good',
  due_soon: 'warn',
  overdue: 'bad',
};

/** Where a status change came from, as the history shows it. */
export const SOURCE_LABELS: Record<string, string> = {
  manual: 'By hand',
  inspection: 'Inspection',
  damage: 'Damage report',
  maintenance: 'Maintenance rule',
  import: 'Import',
};

const miles = new Intl.NumberFormat('en-US');

/** "45,210 mi"; a dash when unknown. */
export const formatMiles = (n: number | null | undefined): string =>
  n === null || n === undefined ? '—' : `${miles.format(n)} mi`;

/** Whole miles, days or a year as typed ("45,210"); null for blank, NaN when it is not a whole number. */
export const wholeNumber = (s: string): number | null => {
  const t = s.replace(/[,\s]/g, '');
  if (!t) return null;
  return /^\d+$/.test(t) ? Number(t) : Number.NaN;
};

/** How often a schedule comes round: "every 7,500 mi or 180 days, whichever first". */
export function intervalLabel(s: { everyMiles: number | null; everyDays: number | null }): string {
  const parts = [
    s.everyMiles !== null ? `${miles.format(s.everyMiles)} mi` : null,
    s.everyDays !== null ? `${s.everyDays} days` : null,
  ].filter(Boolean);
  return parts.length === 2 ? `Every ${parts.join(' or ')}, whichever first` : `Every ${parts[0] ?? '—'}`;
}

const left = (n: number, unit: string) =>
  n < 0 ? `${miles.format(-n)} ${unit} overdue` : n === 0 ? 'due now' : `${miles.format(n)} ${unit} left`;

/** What is left before an item falls due (or how far past it is), by miles and days. */
export function dueDetail(i: Pick<DueItem, 'milesLeft' | 'daysLeft'>): string {
  const parts = [
    i.milesLeft !== null ? left(i.milesLeft, 'mi') : null,
    i.daysLeft !== null ? left(i.daysLeft, i.daysLeft === 1 || i.daysLeft === -1 ? 'day' : 'days') : null,
  ].filter(Boolean);
  return parts.join(' · ') || 'No odometer reading yet';
}
