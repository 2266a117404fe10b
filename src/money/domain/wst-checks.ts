import type { RateItem, WstFactKind } from '../../db/schema.js';
import { between, type Discrepancy, type DiscrepancyKind } from './discrepancy.js';
import type { Invoice, InvoiceLine, LineItem } from './invoice.js';
import { formatDollars, formatQuantity, lineAmountCents } from './money.js';
import { type RateLine, rateOn } from './rate-card.js';
import type { WstFact } from './wst-files.js';

/** The facts of a week's WST files, by file; a file not imported for the week is absent. */
export type WeekFacts = Partial<Record<WstFactKind, WstFact[]>>;

interface CountCheck {
  kind: DiscrepancyKind;
  file: WstFactKind;
  /** What the invoice pays for, and what WST counts of it. */
  item: LineItem['kind'];
  rateItem: RateItem;
  unit: string;
  /** The quantity WST says, from the facts that count. */
  quantity(facts: WstFact[]): number;
  counts(fact: WstFact): boolean;
}

const sum = (facts: WstFact[]) => facts.reduce((total, f) => total + f.quantity, 0);
/** Hours to the hundredth, as the invoice writes them (22 minutes: 0.37 hours). */
const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

/**
 * Item 4, the invoice's lines other than routes against WST's own files (payroll-and-money.md §3): the
 * trainings WST marks DSP-payment-eligible against the training blocks paid, Amazon's late cancels of
 * the Weekly Report against the late-cancel lines, the delay minutes (in hours) against the unplanned
 * delay hours, and the Delivered Packages against the per-piece deliveries. Each over the whole week
 * (the invoice's package lines carry no day).
 */
const CHECKS: CountCheck[] = [
  {
    kind: 'training-count',
    file: 'wst-training',
    item: 'training',
    rateItem: 'training',
    unit: 'eligible trainings',
    quantity: (facts) => facts.length,
    counts: (f) => f.eligible === true,
  },
  {
    kind: 'late-cancel-count',
    file: 'wst-weekly-report',
    item: 'late-cancel',
    rateItem: 'late-cancel',
    unit: 'AMZL late cancels',
    quantity: sum,
    counts: (f) => f.quantity > 0,
  },
  {
    kind: 'delay-hours',
    file: 'wst-unplanned-delay',
    item: 'unplanned-delay',
    rateItem: 'unplanned-delay',
    unit: 'hours of unplanned delay',
    quantity: (facts) => hoursOf(sum(facts)),
    counts: (f) => f.quantity > 0,
  },
  {
    kind: 'package-count',
    file: 'wst-delivered-packages',
    item: 'per-piece-deliveries',
    rateItem: 'per-package',
    unit: 'delivered packages',
    quantity: sum,
    counts: (f) => f.quantity > 0,
  },
];

/**
 * The rate a count is priced at: the station's card on the week's first day (training by its block),
 * else the rate the invoice's own line has; null when neither says.
 */
function rateFor(check: CountCheck, lines: InvoiceLine[], card: readonly RateLine[], weekStart: string) {
  const first = lines[0];
  const blockHours =
    first?.item.kind === 'training' ? first.item.blockHours : check.item === 'training' ? 8 : 0;
  const carded = rateOn(card, { item: check.rateItem, variant: '', blockHours }, weekStart);
  return carded ?? first?.rateCents ?? null;
}

export function checkWstFiles(
  invoice: Invoice,
  facts: WeekFacts,
  card: readonly RateLine[],
  weekStart: string,
): Discrepancy[] {
  return CHECKS.flatMap((check) => {
    const rows = facts[check.file];
    if (!rows) return [];
    const counted = rows.filter(check.counts);
    const lines = invoice.lines.filter((l) => l.item.kind === check.item);
    const [wst, paid] = [check.quantity(counted), lines.reduce((total, l) => total + l.quantity, 0)];
    if (wst === paid) return [];
    const rate = rateFor(check, lines, card, weekStart);
    const priced = rate === null ? '' : ` at ${formatDollars(rate)}`;
    return [
      between(
        {
          kind: check.kind,
          date: null,
          description: `WST counts ${formatQuantity(wst)} ${check.unit}, the invoice pays ${formatQuantity(paid)}${priced}`,
          evidence: [
            ...counted.map((f) => ({ file: check.file, row: f.row })),
            ...lines.map((l) => ({ file: 'invoice' as const, row: l.row })),
          ],
        },
        rate === null ? null : lineAmountCents(wst, rate),
        rate === null ? null : lineAmountCents(paid, rate),
      ),
    ];
  });
}
