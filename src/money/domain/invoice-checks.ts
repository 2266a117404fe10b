import { between, type Discrepancy, type EvidenceFile } from './discrepancy.js';
import type { Invoice, InvoiceLine, LineItem } from './invoice.js';
import { amountMatches, formatDollars, formatQuantity, lineAmountCents } from './money.js';

/**
 * Item 3: each invoice on its own. Every line's quantity × rate is its amount, each section's lines add
 * up to its total, and the section totals (with any line before the first section) to Total Due. Each
 * level is checked against the one below as the invoice states it, so a mistake is counted once.
 */
export function checkInvoice(invoice: Invoice, file: EvidenceFile = 'invoice'): Discrepancy[] {
  const found: Discrepancy[] = [];
  for (const line of invoice.lines) {
    if (amountMatches(line.quantity, line.rateCents, line.amountCents)) continue;
    found.push(
      between(
        {
          kind: 'line-amount',
          date: line.date,
          description: `${line.description}: ${formatQuantity(line.quantity)} × ${formatDollars(line.rateCents)} is not ${formatDollars(line.amountCents)}`,
          evidence: [{ file, row: line.row }],
        },
        lineAmountCents(line.quantity, line.rateCents),
        line.amountCents,
      ),
    );
  }
  const sum = (lines: InvoiceLine[]) => lines.reduce((total, l) => total + l.amountCents, 0);
  invoice.sections.forEach((section, index) => {
    const lines = invoice.lines.filter((l) => l.section === index);
    const linesCents = sum(lines);
    if (linesCents === section.amountCents) return;
    found.push(
      between(
        {
          kind: 'section-total',
          date: null,
          description: `${section.name}: its lines add up to ${formatDollars(linesCents)}, its total says ${formatDollars(section.amountCents)}`,
          evidence: [{ file, row: section.row }, ...lines.map((l) => ({ file, row: l.row }))],
        },
        linesCents,
        section.amountCents,
      ),
    );
  });
  const outside = invoice.lines.filter((l) => l.section === null);
  const stated = invoice.sections.reduce((total, s) => total + s.amountCents, 0) + sum(outside);
  if (stated !== invoice.totalDue.amountCents) {
    const what = invoice.sections.length > 0 ? 'the sections' : 'the lines';
    found.push(
      between(
        {
          kind: 'total-due',
          date: null,
          description: `Total Due is ${formatDollars(invoice.totalDue.amountCents)}, ${what} add up to ${formatDollars(stated)}`,
          evidence: [
            { file, row: invoice.totalDue.row },
            ...invoice.sections.map((s) => ({ file, row: s.row })),
            ...outside.map((l) => ({ file, row: l.row })),
          ],
        },
        stated,
        invoice.totalDue.amountCents,
      ),
    );
  }
  return found;
}

/** The scorecard incentive per delivered package by tier, in cents, keyed by the tier's name in lower case. */
export type TierRates = Record<string, number>;

/**
 * What working DSPs' invoices show (shared domain/money.md, [C]): Fantastic Plus $0.15 a package,
 * Fantastic $0.07, any other tier nothing. The station's rate card (not built yet) will replace it.
 */
export const COMMUNITY_TIER_RATES: TierRates = {
  'fantastic plus': 15,
  fantastic: 7,
  great: 0,
  fair: 0,
  poor: 0,
};

const linesOf = (invoice: Invoice, kind: LineItem['kind']) =>
  invoice.lines.filter((l) => l.item.kind === kind);
const quantityOf = (lines: InvoiceLine[]) => lines.reduce((total, l) => total + l.quantity, 0);
const rowsOf = (file: EvidenceFile, lines: InvoiceLine[]) => lines.map((l) => ({ file, row: l.row }));

/**
 * Item 3, the Incentive invoice against the Variable one (shared payroll-and-money.md §3): its delivered
 * packages are the Variable invoice's per-piece deliveries (the branding lines count the same packages
 * again), its pickups the Variable pickups, and its rate the tier's: the tier the scorecard gave
 * (`tier`), or else the one the line names.
 */
export function checkIncentive(
  variable: Invoice,
  incentive: Invoice,
  { tierRates = COMMUNITY_TIER_RATES, tier }: { tierRates?: TierRates; tier?: string } = {},
): Discrepancy[] {
  const found: Discrepancy[] = [];
  const tierOf = (line: InvoiceLine) =>
    tier ?? (line.item.kind === 'delivery-incentive' ? line.item.tier : '');
  const rateOf = (line: InvoiceLine) => tierRates[tierOf(line).toLowerCase()];
  /** Counts priced at the rate due, so that a count and a rate both wrong add up to the whole difference. */
  const counted = (
    kind: 'incentive-packages' | 'incentive-pickups',
    paid: InvoiceLine[],
    base: InvoiceLine[],
    unit: string,
    rate: number | undefined,
  ) => {
    const [baseQuantity, paidQuantity] = [quantityOf(base), quantityOf(paid)];
    // A Variable invoice with no such lines states no count to hold the Incentive one to.
    if (base.length === 0 || baseQuantity === paidQuantity || rate === undefined) return;
    found.push(
      between(
        {
          kind,
          date: null,
          description: `Incentive pays ${formatQuantity(paidQuantity)} ${unit}, the Variable invoice ${formatQuantity(baseQuantity)}`,
          evidence: [...rowsOf('incentive', paid), ...rowsOf('invoice', base)],
        },
        lineAmountCents(baseQuantity, rate),
        lineAmountCents(paidQuantity, rate),
      ),
    );
  };
  const deliveries = linesOf(incentive, 'delivery-incentive');
  const pickups = linesOf(incentive, 'pickup-incentive');
  const first = deliveries[0];
  const deliveryRate = first && (rateOf(first) ?? first.rateCents);
  counted(
    'incentive-packages',
    deliveries,
    linesOf(variable, 'per-piece-deliveries'),
    'delivered packages',
    deliveryRate,
  );
  counted('incentive-pickups', pickups, linesOf(variable, 'pickups'), 'pickups', pickups[0]?.rateCents);
  for (const line of deliveries) {
    const rate = rateOf(line);
    const evidence = [{ file: 'incentive' as const, row: line.row }];
    if (rate === undefined)
      found.push(
        between(
          {
            kind: 'not-comparable',
            date: line.date,
            description: `No incentive rate known for tier “${tierOf(line)}”`,
            evidence,
          },
          null,
          null,
        ),
      );
    else if (rate !== line.rateCents)
      found.push(
        between(
          {
            kind: 'incentive-rate',
            date: line.date,
            description: `${line.description}: ${formatDollars(line.rateCents)} a package, ${tierOf(line)} pays ${formatDollars(rate)}`,
            evidence,
          },
          lineAmountCents(line.quantity, rate),
          lineAmountCents(line.quantity, line.rateCents),
        ),
      );
  }
  return found;
}
