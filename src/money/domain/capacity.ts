import type { Discrepancy, Evidence } from './discrepancy.js';
import { formatDollars } from './money.js';
import { blockRates, type RateLine } from './rate-card.js';
import type { ServiceDetailsRow } from './service-details.js';

/**
 * Amazon's Capacity & Reliability report against WST (issue 16 item 2; shared money.md "What real
 * invoices look like" and payroll-and-money.md §3): Amazon counts each day's completed routes; WST's
 * Service Details rows that are submitted, not excluded and have a route code are the routes worked.
 * More of those than Amazon's completed count is an undercount to dispute; routes the DSP dropped are
 * for review.
 */

/** A day of the report: columns A (date), E, F, H, J and L. */
export interface CapacityDay {
  row: number;
  date: string;
  finalScheduled: number;
  completed: number;
  amazonPaidCancels: number;
  target: number | null;
  dspDropped: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a WST route is paid as: a block of its whole planned hours, at the card's rate that day. */
function rateOfRoute(route: ServiceDetailsRow, card: readonly RateLine[]): number | null {
  if (route.plannedMinutes % 60 !== 0) return null;
  return blockRates(card)(route.serviceType, route.plannedMinutes / 60, route.date);
}

/**
 * The price of the routes Amazon did not count, when it is known: the day's WST routes all pay the one
 * rate (one service type and block, or several the card prices alike), so whichever were left out cost
 * that. Otherwise null: the report does not say which routes it left out.
 */
function oneRate(routes: readonly ServiceDetailsRow[], card: readonly RateLine[]): number | null {
  const rates = new Set(routes.map((r) => rateOfRoute(r, card)));
  const [rate] = rates;
  return rates.size === 1 && rate !== undefined ? rate : null;
}

function undercount(day: CapacityDay, routes: ServiceDetailsRow[], card: readonly RateLine[]): Discrepancy[] {
  const short = routes.length - day.completed;
  if (short <= 0) return [];
  const rate = oneRate(routes, card);
  const counted = `WST has ${plural(routes.length, 'route')} submitted with a route code, Capacity & Reliability counts ${day.completed} completed`;
  const evidence: Evidence[] = [
    { file: 'capacity-reliability', row: day.row },
    ...routes.map((r) => ({ file: 'wst' as const, row: r.row })),
  ];
  if (rate === null)
    return [
      {
        kind: 'capacity-undercount',
        date: day.date,
        description: `${counted}: ${plural(short, 'route')} not counted, not priced (the day's routes pay different rates or the rate card has none, and the report does not say which were left out)`,
        expected: null,
        invoiced: null,
        differenceCents: null,
        evidence,
      },
    ];
  return [
    {
      kind: 'capacity-undercount',
      date: day.date,
      description: `${counted}: ${plural(short, 'route')} not counted, at ${formatDollars(rate)} each`,
      expected: routes.length * rate,
      invoiced: day.completed * rate,
      differenceCents: short * rate,
      evidence,
    },
  ];
}

/** Each day's undercount against WST (when the week has WST) and the routes the DSP dropped. */
export function checkCapacity(
  days: readonly CapacityDay[],
  wst: readonly ServiceDetailsRow[] | null,
  card: readonly RateLine[],
): Discrepancy[] {
  return days.flatMap((day) => {
    const routes = (wst ?? []).filter(
      (r) => r.date === day.date && !r.excluded && (r.route ?? '').trim() !== '',
    );
    const dropped: Discrepancy[] =
      day.dspDropped > 0
        ? [
            {
              kind: 'capacity-dropped',
              date: day.date,
              description: `${plural(day.dspDropped, 'route')} dropped by the DSP (Capacity & Reliability): review, Amazon pays none of them`,
              expected: null,
              invoiced: null,
              differenceCents: null,
              evidence: [{ file: 'capacity-reliability', row: day.row }],
            },
          ]
        : [];
    return [...(wst ? undercount(day, routes, card) : []), ...dropped];
  });
}
