import type { RateItem } from '../../db/schema.js';
import { between, type Discrepancy } from './discrepancy.js';
import type { Invoice } from './invoice.js';
import { formatDollars, formatQuantity, lineAmountCents } from './money.js';
import type { BlockRates } from './route-check.js';
import { typeKey } from './route-check.js';

/** A line of a station's rate card (issue 16 item 1): a price from a day on, until a later line replaces it. */
export interface RateLine {
  item: RateItem;
  /** Service type, tier or van class; '' when the item has none. */
  variant: string;
  blockHours: number;
  effectiveFrom: string;
  rateCents: number;
}

export const RATE_ITEMS = [
  'route',
  'nursery',
  'ride-along',
  'training',
  'late-cancel',
  'unplanned-delay',
  'per-package',
  'branding',
  'pickup',
  'incentive',
  'fleet',
] as const satisfies readonly RateItem[];

/** The rate in force on a day: of the matching lines begun by then, the latest; null when none has begun. */
export function rateOn(
  card: readonly RateLine[],
  want: { item: RateItem; variant: string; blockHours: number },
  date: string,
): number | null {
  const variant = typeKey(want.variant);
  let found: RateLine | null = null;
  for (const line of card) {
    if (line.item !== want.item || line.blockHours !== want.blockHours || line.effectiveFrom > date) continue;
    if (typeKey(line.variant) !== variant) continue;
    if (!found || line.effectiveFrom > found.effectiveFrom) found = line;
  }
  return found?.rateCents ?? null;
}

/** The card's route blocks as the WST check prices them. */
export const blockRates =
  (card: readonly RateLine[]): BlockRates =>
  (serviceType, hours, date) =>
    rateOn(card, { item: 'route', variant: serviceType, blockHours: hours }, date);

/**
 * Each dated route line paid at another rate than the card's on its day (a card that changed mid-week
 * prices each day by the line then in force). Lines the card has no rate for are not judged.
 */
export function checkRouteRates(invoice: Invoice, card: readonly RateLine[]): Discrepancy[] {
  const rates = blockRates(card);
  return invoice.lines.flatMap((line) => {
    if (line.item.kind !== 'route' || line.date === null) return [];
    const rate = rates(line.item.serviceType, line.item.blockHours, line.date);
    if (rate === null || rate === line.rateCents) return [];
    return [
      between(
        {
          kind: 'route-rate',
          date: line.date,
          description: `${line.description}: ${formatQuantity(line.quantity)} paid at ${formatDollars(line.rateCents)}, the rate card says ${formatDollars(rate)} from that day`,
          evidence: [{ file: 'invoice', row: line.row }],
        },
        lineAmountCents(line.quantity, rate),
        lineAmountCents(line.quantity, line.rateCents),
      ),
    ];
  });
}

/** Item 6: what arrived for the week against the invoice's Total Due. */
export function checkDeposit(
  invoice: Invoice,
  deposits: readonly { row: number; amountCents: number }[],
): Discrepancy[] {
  const arrived = deposits.reduce((sum, d) => sum + d.amountCents, 0);
  const due = invoice.totalDue.amountCents;
  if (deposits.length === 0 || arrived === due) return [];
  return [
    between(
      {
        kind: 'deposit',
        date: null,
        description: `Deposited ${formatDollars(arrived)} for the week, the invoice's Total Due is ${formatDollars(due)}`,
        evidence: [
          { file: 'invoice', row: invoice.totalDue.row },
          ...deposits.map((d) => ({ file: 'deposit' as const, row: d.row })),
        ],
      },
      due,
      arrived,
    ),
  ];
}
