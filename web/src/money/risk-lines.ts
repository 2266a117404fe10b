import type { RiskWeek } from './risk-api.js';

/** "2 h 05 min" */
export const hoursMinutes = (minutes: number) =>
  minutes < 60
    ? `${minutes} min`
    : `${Math.floor(minutes / 60)} h ${String(minutes % 60).padStart(2, '0')} min`;

/**
 * The ledger's lines: what each cost the DSP in a week, what Amazon paid for it (null: paid by no one,
 * or not invoiced yet) and why the reimbursement is what it is.
 */
export interface RiskLine {
  label: string;
  cents: (w: RiskWeek) => number;
  reimbursed: ((w: RiskWeek) => number | null) | null;
  why: string;
}

export const RISK_LINES: readonly RiskLine[] = [
  {
    label: 'Route overruns',
    cents: (w) => w.overrun.cents,
    reimbursed: null,
    why: 'Amazon pays a route by its planned block; nothing pays the time past it.',
  },
  {
    label: 'Rescues',
    cents: (w) => w.rescue.cents,
    reimbursed: null,
    why: 'The rescued route is paid once, as one block; the rescuer’s time is not paid.',
  },
  {
    label: 'Waiting for late trucks',
    cents: (w) => w.waiting.cents,
    reimbursed: (w) => w.waiting.reimbursedCents,
    why: 'The invoice’s Unplanned Delay lines, for the delay WST recognised.',
  },
  {
    label: 'Late cancels',
    cents: (w) => w.lateCancel.cents,
    reimbursed: (w) => w.lateCancel.reimbursedCents,
    why: 'The invoice’s AMZL Late Cancel lines.',
  },
  {
    label: 'Premiums of long days',
    cents: (w) => w.premium.cents,
    reimbursed: null,
    why: 'Meal and rest premiums are the employer’s: Amazon pays none.',
  },
  {
    label: 'Damage',
    cents: (w) => w.damage.cents,
    reimbursed: null,
    why: 'Damage is charged to the DSP, not paid back.',
  },
];

/** Over the weeks: a line's cost, what Amazon paid, and how many weeks had no invoice to say. */
export function lineTotals(line: RiskLine, weeks: readonly RiskWeek[]) {
  const cents = weeks.reduce((sum, w) => sum + line.cents(w), 0);
  if (!line.reimbursed) return { cents, reimbursed: null, uninvoiced: 0 };
  const paid = weeks.map(line.reimbursed);
  return {
    cents,
    reimbursed: paid.reduce<number>((sum, p) => sum + (p ?? 0), 0),
    uninvoiced: weeks.filter((w, i) => paid[i] === null && line.cents(w) > 0).length,
  };
}
