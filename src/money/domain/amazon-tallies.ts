import type { Evidence } from './discrepancy.js';
import { blockOf, dayTally, type Tally } from './expected.js';
import { type Invoice, type InvoiceLine, isRideAlong } from './invoice.js';
import type { ServiceDetailsRow } from './service-details.js';

// The week as Amazon counts it: WST's routes and shipments, and the invoice's lines at their amounts.

/** WST's routes (whole blocks only, excluded rows left out) and shipments delivered as tallies. */
export function wstTallies(rows: readonly ServiceDetailsRow[]): Omit<Tally, 'cents'>[] {
  return rows
    .filter((r) => !r.excluded)
    .flatMap((r) => {
      const ev: Evidence[] = [{ file: 'wst', row: r.row }];
      const hours = blockOf(r.plannedMinutes);
      const route = isRideAlong(r.serviceType)
        ? [dayTally('ride-along', r.date, 1, ev)]
        : hours === null
          ? []
          : [
              {
                category: 'route' as const,
                serviceType: r.serviceType,
                blockHours: hours,
                date: r.date,
                quantity: 1,
                evidence: ev,
              },
            ];
      const shipments =
        r.shipmentsDelivered === null ? [] : [dayTally('packages', r.date, r.shipmentsDelivered, ev)];
      return [...route, ...shipments];
    });
}

function invoiceTally(line: InvoiceLine): Tally | null {
  const base = {
    serviceType: '',
    blockHours: 0,
    date: line.date,
    quantity: line.quantity,
    cents: line.amountCents,
  };
  const evidence: Evidence[] = [{ file: 'invoice', row: line.row }];
  const { item } = line;
  if (item.kind === 'route' && isRideAlong(item.serviceType))
    return { ...base, category: 'ride-along', evidence };
  if (item.kind === 'route')
    return {
      ...base,
      category: 'route',
      serviceType: item.serviceType,
      blockHours: item.blockHours,
      evidence,
    };
  if (item.kind === 'training')
    return { ...base, category: 'training', blockHours: item.blockHours, evidence };
  if (item.kind === 'late-cancel') return { ...base, category: 'late-cancel', evidence };
  if (item.kind === 'unplanned-delay') return { ...base, category: 'unplanned-delay', evidence };
  if (item.kind === 'per-piece-deliveries') return { ...base, category: 'packages', evidence };
  return null;
}

/** The invoice's lines of the categories we count, at their amounts. */
export const invoiceTallies = (invoice: Invoice): Tally[] =>
  invoice.lines.map(invoiceTally).filter((t): t is Tally => t !== null);
