import { formatMoney } from '../people/labels.js';

/**
 * The statuses a discrepancy moves through, as the Money page names them; "window closed" is an open
 * one past its dispute window (the server says which): it can only be written off now.
 */
export const STATUS_LABELS = {
  open: 'Open',
  window_closed: 'Window closed',
  disputed: 'Disputed',
  recovered: 'Recovered',
  written_off: 'Written off',
} as const;
export type Status = keyof typeof STATUS_LABELS;

/** The kinds the checks find; a kind added later reads from its name ("route-paid-short" → "Route paid short"). */
const KIND_LABELS: Record<string, string> = {
  'line-amount': 'Line amount',
  'section-total': 'Section total',
  'total-due': 'Total Due',
  'route-missing': 'Route missing',
  'route-paid-short': 'Route paid short',
  'block-length': 'Block paid short',
  'route-count': 'Count difference',
  'route-rate': 'Wrong rate',
  deposit: 'Deposit',
  'capacity-undercount': 'Capacity & Reliability undercount',
  'capacity-dropped': 'Routes the DSP dropped',
  'not-comparable': 'Not comparable',
};
export const kindLabel = (kind: string) => {
  const named = KIND_LABELS[kind];
  if (named) return named;
  const words = kind.replace(/[-_]+/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** Cents as dollars; "not comparable" where no variance is made up. */
export const dollars = (cents: number | null) => (cents === null ? 'not comparable' : formatMoney(cents));
