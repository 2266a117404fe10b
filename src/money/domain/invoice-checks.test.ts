import { describe, expect, it } from 'vitest';
import { owedCents } from './discrepancy.js';
import { checkIncentive, checkInvoice } from './invoice-checks.js';
import { invoiceOf, routeLine, totalDue } from './testing.js';

/**
 * The example week of shared domain/money.md ("What real invoices look like"): Total Due $88,556.70 =
 * routes 240 blocks / $78,886 + training 9 / $2,008.80 + late cancels 5 / $1,000 + unplanned delay
 * $12.02 + packages $6,649.88. Its route blocks are 234 at $325, 2 nursery 8-hour blocks at $260 and 4
 * ride-along / On-Road Experience blocks at $579; its packages 55,404 deliveries counted twice (branding
 * and per piece) and $1.40 of pickups.
 */
const RIVIAN = 'Standard Parcel Electric - Rivian MEDIUM';
const week = (over: { routes?: string; training?: string; due?: string; perPiece?: string[] } = {}) => [
  ['', 'Routes', '240', '', over.routes ?? '$78,886.00'],
  routeLine('2026-09-06', RIVIAN, 10, 234, '$325.00'),
  routeLine('2026-09-07', 'Nursery Route Level 2 - Electric Vehicle', 8, 2, '$260.00'),
  routeLine('2026-09-10', 'Standard Parcel - On-Road Experience: Driver', 10, 4, '$579.00'),
  ['', 'Training sessions', '9', '', over.training ?? '$2,008.80'],
  ['2026-09-07', 'Training - Block of 8 hours', '9', '$223.20', '$2,008.80'],
  ['', 'Late cancellations', '5', '', '$1,000.00'],
  ['2026-09-11', 'AMZL Late Cancel- weekday', '5', '$200.00', '$1,000.00'],
  ['', 'Unplanned delay', '', '', '$12.02'],
  ['2026-09-07', 'Unplanned Delay', '0.37', '$32.49', '$12.02'],
  ['', 'Packages', '55,428', '', '$6,649.88'],
  ['', 'Payment for branding - deliveries', '55,404', '$0.06', '$3,324.24'],
  over.perPiece ?? ['', 'Per piece payment - deliveries', '55,404', '$0.06', '$3,324.24'],
  ['', 'Per piece payment - pickups', '28', '$0.05', '$1.40'],
  totalDue(over.due ?? '$88,556.70'),
];

describe('checkInvoice (item 3: each invoice on its own)', () => {
  it('money.md example week: every line, section and Total Due adds up', () => {
    expect(checkInvoice(invoiceOf(...week()))).toEqual([]);
  });

  it('a line whose quantity × rate is not its amount', () => {
    const found = checkInvoice(
      invoiceOf(
        ...week({
          perPiece: ['', 'Per piece payment - deliveries', '55,404', '$0.06', '$3,314.24'],
          routes: undefined,
        }),
      ),
    );
    expect(found).toEqual([
      {
        kind: 'line-amount',
        date: null,
        description: 'Per piece payment - deliveries: 55,404 × $0.06 is not $3,314.24',
        expected: 332424,
        invoiced: 331424,
        differenceCents: 1000,
        evidence: [{ file: 'invoice', row: 14 }],
      },
      // The Packages total was written from the right amount: its lines no longer reach it.
      expect.objectContaining({
        kind: 'section-total',
        expected: 663988,
        invoiced: 664988,
        differenceCents: -1000,
      }),
    ]);
    expect(owedCents(found)).toBe(0); // the section's total and Total Due pay the right amount
  });

  it('a file whose lines do not sum: a section short of its lines, carried into Total Due', () => {
    const found = checkInvoice(invoiceOf(...week({ routes: '$78,561.00', due: '$88,231.70' })));
    expect(found).toEqual([
      {
        kind: 'section-total',
        date: null,
        description: 'Routes: its lines add up to $78,886.00, its total says $78,561.00',
        expected: 7888600,
        invoiced: 7856100,
        differenceCents: 32500,
        evidence: [2, 3, 4, 5].map((row) => ({ file: 'invoice', row })),
      },
    ]);
    expect(owedCents(found)).toBe(32500);
  });

  it('Total Due that is not the sum of the sections', () => {
    const found = checkInvoice(invoiceOf(...week({ due: '$88,000.00' })));
    expect(found).toEqual([
      expect.objectContaining({
        kind: 'total-due',
        description: 'Total Due is $88,000.00, the sections add up to $88,556.70',
        expected: 8855670,
        invoiced: 8800000,
        differenceCents: 55670,
      }),
    ]);
    expect(found[0]?.evidence[0]).toEqual({ file: 'invoice', row: 16 });
  });

  it('a mistyped section total under a right Total Due owes nothing on balance', () => {
    const found = checkInvoice(invoiceOf(...week({ training: '$2,000.00' })));
    expect(found.map((d) => [d.kind, d.differenceCents])).toEqual([
      ['section-total', 880],
      ['total-due', -880],
    ]);
    expect(owedCents(found)).toBe(0);
  });

  it('an invoice without sections: its lines add up to Total Due', () => {
    const lines = [
      routeLine('2026-09-06', RIVIAN, 10, 30, '$325.00'),
      ['2026-09-07', 'Unplanned Delay', '0.37', '$32.49', '$12.02'],
    ];
    expect(checkInvoice(invoiceOf(...lines, totalDue('$9,762.02')))).toEqual([]);
    expect(checkInvoice(invoiceOf(...lines, totalDue('$9,437.02')))).toEqual([
      expect.objectContaining({
        kind: 'total-due',
        description: 'Total Due is $9,437.02, the lines add up to $9,762.02',
        differenceCents: 32500,
      }),
    ]);
  });
});

describe('checkIncentive (item 3: the Incentive invoice against the Variable one)', () => {
  const variable = invoiceOf(...week());
  const incentive = (tier: string, quantity: string, rate: string, amount: string, pickups = '28') =>
    invoiceOf(
      ['', `Delivery Excellence Incentive (${tier})`, quantity, rate, amount],
      ['', 'Pickup Excellence Incentive', pickups, '$0.05', `$${(Number(pickups) * 0.05).toFixed(2)}`],
      totalDue('$0.00'),
    );

  it('its delivered packages are the Variable per-piece deliveries (branding not counted again) at the tier’s rate', () => {
    expect(checkIncentive(variable, incentive('Fantastic', '55,404', '$0.07', '$3,878.28'))).toEqual([]);
  });

  it('paid for fewer packages and pickups than the Variable invoice delivered', () => {
    const found = checkIncentive(variable, incentive('Fantastic', '55,000', '$0.07', '$3,850.00', '20'));
    expect(found).toEqual([
      {
        kind: 'incentive-packages',
        date: null,
        description: 'Incentive pays 55,000 delivered packages, the Variable invoice 55,404',
        expected: 387828,
        invoiced: 385000,
        differenceCents: 2828,
        evidence: [
          { file: 'incentive', row: 2 },
          { file: 'invoice', row: 14 },
        ],
      },
      expect.objectContaining({ kind: 'incentive-pickups', differenceCents: 40 }),
    ]);
  });

  it('a rate that is not the tier’s, and a tier that is not the scorecard’s', () => {
    const underpaid = checkIncentive(variable, incentive('Fantastic Plus', '55,404', '$0.07', '$3,878.28'));
    expect(underpaid).toEqual([
      expect.objectContaining({
        kind: 'incentive-rate',
        description:
          'Delivery Excellence Incentive (Fantastic Plus): $0.07 a package, Fantastic Plus pays $0.15',
        expected: 831060,
        invoiced: 387828,
        differenceCents: 443232,
      }),
    ]);
    const wrongTier = checkIncentive(variable, incentive('Fantastic', '55,404', '$0.07', '$3,878.28'), {
      tier: 'Fantastic Plus',
    });
    expect(wrongTier.map((d) => d.differenceCents)).toEqual([443232]);
  });

  it('a Variable invoice with no package lines states no count: only the rate is checked', () => {
    const routesOnly = invoiceOf(routeLine('2026-09-06', RIVIAN, 10, 30, '$325.00'), totalDue('$9,750.00'));
    const found = checkIncentive(routesOnly, incentive('Fantastic Plus', '55,000', '$0.07', '$3,850.00'));
    expect(found.map((d) => [d.kind, d.differenceCents])).toEqual([['incentive-rate', 55000 * 8]]);
  });

  it('a count and a rate both wrong owe the whole difference once', () => {
    const found = checkIncentive(variable, incentive('Fantastic Plus', '55,000', '$0.07', '$3,850.00'));
    expect(found.map((d) => d.kind)).toEqual(['incentive-packages', 'incentive-rate']);
    expect(owedCents(found)).toBe(55404 * 15 - 55000 * 7);
  });

  it('a tier with no known rate is not comparable, not a variance', () => {
    expect(checkIncentive(variable, incentive('Platinum', '55,404', '$0.20', '$11,080.80'))).toEqual([
      expect.objectContaining({
        kind: 'not-comparable',
        expected: null,
        invoiced: null,
        differenceCents: null,
      }),
    ]);
  });
});
