import { addDays } from '../../dispatch/domain/calendar.js';
import { type Discrepancy, inOrder } from './discrepancy.js';
import type { Invoice } from './invoice.js';
import { checkInvoice } from './invoice-checks.js';
import { blockRates, checkDeposit, checkRouteRates, type RateLine } from './rate-card.js';
import { checkRoutes } from './route-check.js';
import type { ServiceDetailsRow } from './service-details.js';

/**
 * Days after a service week's Saturday that a discrepancy may still be disputed: the settlement comes
 * about a week after the week (shared domain/money.md: paid 5–10 business days after it) and Amazon takes
 * disputes for about a week after the statement. The invoice CSV carries no date of its own to go by.
 */
export const DISPUTE_WINDOW_DAYS = 14;

export const disputeDeadline = (weekStart: string): string => addDays(weekStart, 6 + DISPUTE_WINDOW_DAYS);

/**
 * An open discrepancy past its dispute window can no longer be disputed (it may still be written off).
 * Derived, not stored: it follows the calendar, and nothing needs to run at midnight.
 */
export const windowClosed = (d: { status: string; deadline: string }, today: string): boolean =>
  d.status === 'open' && d.deadline < today;

/** What is known of a station's week: its latest Variable invoice, WST rows, deposits and rate card. */
export interface WeekFiles {
  invoice: Invoice | null;
  wst: ServiceDetailsRow[] | null;
  deposits: { row: number; amountCents: number }[];
  card: RateLine[];
}

/**
 * Every check that can run on a week's files: the invoice on its own (item 3), its route lines against
 * the rate card, WST against the invoice priced by the card (item 4) and the deposit (item 6). Without an
 * invoice nothing is compared.
 */
export function weekDiscrepancies(week: WeekFiles): Discrepancy[] {
  const { invoice, wst, deposits, card } = week;
  if (!invoice) return [];
  return inOrder([
    ...checkInvoice(invoice),
    ...checkRouteRates(invoice, card),
    ...(wst ? checkRoutes(wst, invoice, blockRates(card)) : []),
    ...checkDeposit(invoice, deposits),
  ]);
}

/** The same discrepancy found again: a disputed or settled one is not recorded a second time. */
type Finding = { kind: string; date: string | null; description: string };
export const sameFinding = (a: Finding, b: Finding) =>
  a.kind === b.kind && a.date === b.date && a.description === b.description;
