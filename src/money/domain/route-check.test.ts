import { describe, expect, it } from 'vitest';
import { owedCents } from './discrepancy.js';
import { checkRoutes } from './route-check.js';
import { invoiceOf, routeLine, serviceDetailsOf, totalDue } from './testing.js';

// Item 4, WST against the invoice. Rates as on the 2026 Variable invoice (payroll-and-money.md §3):
// a 10-hour block $325, a nursery 8-hour block $260.
const RIVIAN = 'Standard Parcel Electric - Rivian MEDIUM';
const CDV = 'Standard Parcel - Custom Delivery Van 12ft';
const NURSERY = 'Nursery Route Level 2';

const wst = (date: string, route: string, serviceType: string, planned = '10:00', excluded = 'N') => [
  date,
  route,
  serviceType,
  planned,
  '',
  excluded,
];

describe('checkRoutes', () => {
  it('every WST route paid as its block: nothing to say, whatever the spelling of the service type', () => {
    const routes = serviceDetailsOf(
      wst('2026-09-06', 'CX1', RIVIAN),
      wst('2026-09-06', 'CX2', RIVIAN, 'PT10H'),
      wst('2026-09-06', 'CX3', NURSERY, '8:00'),
    );
    const invoice = invoiceOf(
      routeLine('Sep 06, 2026', 'standard parcel electric-rivian  MEDIUM', 10, 2, '$325.00'),
      routeLine('2026-09-06', NURSERY, 8, 1, '$260.00'),
      totalDue('$910.00'),
    );
    expect(checkRoutes(routes, invoice)).toEqual([]);
  });

  it('a dropped route: missing from the invoice, worth its block rate on the invoice', () => {
    const routes = serviceDetailsOf(
      wst('2026-09-06', 'CX1', CDV),
      wst('2026-09-07', 'CX1', CDV),
      wst('2026-09-07', 'CX2', RIVIAN),
    );
    const invoice = invoiceOf(
      routeLine('2026-09-06', CDV, 10, 1, '$325.00'),
      routeLine('2026-09-07', RIVIAN, 10, 1, '$325.00'),
      totalDue('$650.00'),
    );
    expect(checkRoutes(routes, invoice)).toEqual([
      {
        kind: 'route-missing',
        date: '2026-09-07',
        description: `${CDV} - Block of 10 Hours: 1 route in WST, 0 blocks paid`,
        expected: 32500,
        invoiced: 0,
        differenceCents: 32500,
        evidence: [{ file: 'wst', row: 3 }],
      },
    ]);
  });

  it('paid short: fewer blocks than WST routes that day', () => {
    const routes = serviceDetailsOf(...['CX1', 'CX2', 'CX3'].map((r) => wst('2026-09-08', r, RIVIAN)));
    const invoice = invoiceOf(routeLine('2026-09-08', RIVIAN, 10, 2, '$325.00'), totalDue('$650.00'));
    const found = checkRoutes(routes, invoice);
    expect(found).toEqual([
      expect.objectContaining({
        kind: 'route-paid-short',
        description: `${RIVIAN} - Block of 10 Hours: 3 routes in WST, 2 blocks paid`,
        differenceCents: 32500,
        evidence: [2, 3, 4].map((row) => ({ file: 'wst', row })).concat({ file: 'invoice', row: 2 }),
      }),
    ]);
  });

  it('a block paid at the wrong length: a 10-hour route paid as an 8-hour block', () => {
    const routes = serviceDetailsOf(wst('2026-09-07', 'CX6', NURSERY), wst('2026-09-07', 'CX7', RIVIAN));
    const invoice = invoiceOf(
      routeLine('2026-09-07', NURSERY, 8, 1, '$260.00'),
      routeLine('2026-09-07', RIVIAN, 10, 1, '$325.00'),
      totalDue('$585.00'),
    );
    expect(checkRoutes(routes, invoice)).toEqual([
      {
        kind: 'block-length',
        date: '2026-09-07',
        description: `${NURSERY}: 1 route planned 10 h in WST paid as Block of 8 Hours`,
        expected: 32500,
        invoiced: 26000,
        differenceCents: 6500,
        evidence: [
          { file: 'wst', row: 2 },
          { file: 'invoice', row: 2 },
        ],
      },
    ]);
  });

  it('a count that differs the other way: blocks paid beyond WST’s routes, and an excluded row is no route', () => {
    const routes = serviceDetailsOf(
      wst('2026-09-08', 'CX1', RIVIAN),
      wst('2026-09-08', 'CX9', RIVIAN, '10:00', 'Y'),
    );
    const invoice = invoiceOf(routeLine('2026-09-08', RIVIAN, 10, 2, '$325.00'), totalDue('$650.00'));
    const found = checkRoutes(routes, invoice);
    expect(found).toEqual([
      expect.objectContaining({
        kind: 'route-count',
        description: `${RIVIAN} - Block of 10 Hours: 1 route in WST, 2 blocks paid`,
        expected: 0,
        invoiced: 32500,
        differenceCents: -32500,
      }),
    ]);
    // Amazon excluded CX9: its route is not owed when the invoice leaves it out.
    const unpaid = invoiceOf(routeLine('2026-09-08', RIVIAN, 10, 1, '$325.00'), totalDue('$325.00'));
    expect(checkRoutes(routes, unpaid)).toEqual([]);
  });

  it('a route planned for no whole block is not comparable, and neither are the day’s extra blocks', () => {
    const routes = serviceDetailsOf(wst('2026-09-09', 'CX10', RIVIAN, '9:30'));
    const invoice = invoiceOf(routeLine('2026-09-09', RIVIAN, 10, 1, '$325.00'), totalDue('$325.00'));
    expect(checkRoutes(routes, invoice)).toEqual([
      {
        kind: 'not-comparable',
        date: '2026-09-09',
        description: `${RIVIAN}: 1 route planned 9 h 30 min in WST, no whole block to compare with the invoice's blocks`,
        expected: null,
        invoiced: null,
        differenceCents: null,
        evidence: [
          { file: 'wst', row: 2 },
          { file: 'invoice', row: 2 },
        ],
      },
    ]);
  });

  it('days of a week only one file covers are not comparable (Sunday-to-Saturday weeks)', () => {
    const routes = serviceDetailsOf(wst('2026-09-12', 'CX1', RIVIAN), wst('2026-09-13', 'CX1', RIVIAN));
    const invoice = invoiceOf(
      routeLine('2026-09-06', RIVIAN, 10, 1, '$325.00'),
      routeLine('2026-09-05', RIVIAN, 10, 1, '$325.00'),
      totalDue('$650.00'),
    );
    const found = checkRoutes(routes, invoice);
    expect(found.map((d) => [d.kind, d.date, d.description])).toEqual([
      ['route-missing', '2026-09-12', `${RIVIAN} - Block of 10 Hours: 1 route in WST, 0 blocks paid`],
      ['not-comparable', '2026-09-13', `${RIVIAN}: the invoice has no routes in the week of 2026-09-13`],
      ['route-count', '2026-09-06', `${RIVIAN} - Block of 10 Hours: 0 routes in WST, 1 block paid`],
      ['not-comparable', '2026-09-05', `${RIVIAN}: WST has no rows in the week of 2026-08-30`],
    ]);
    expect(owedCents(found)).toBe(0);
  });

  it('a block with no one rate on the invoice is reported, not priced', () => {
    const routes = serviceDetailsOf(wst('2026-09-06', 'CX1', NURSERY, '6:00'));
    const invoice = invoiceOf(routeLine('2026-09-06', RIVIAN, 10, 0, '$325.00'), totalDue('$0.00'));
    expect(checkRoutes(routes, invoice)).toEqual([
      expect.objectContaining({
        kind: 'route-missing',
        description: `${NURSERY} - Block of 6 Hours: 1 route in WST, 0 blocks paid; no one rate on the invoice for this block`,
        expected: null,
        differenceCents: null,
      }),
    ]);
  });

  it('WST shipments against the invoice’s payment-eligible packages: not comparable, said only when they differ', () => {
    const routes = serviceDetailsOf(['2026-09-06', 'CX1', RIVIAN, '10:00', '210', 'N']);
    const paying = (packages: string) =>
      invoiceOf(
        routeLine('2026-09-06', RIVIAN, 10, 1, '$325.00'),
        ['', 'Per piece payment - deliveries', packages, '$0.06', `$${(Number(packages) * 0.06).toFixed(2)}`],
        totalDue('$0.00'),
      );
    expect(checkRoutes(routes, paying('210'))).toEqual([]);
    expect(checkRoutes(routes, paying('200'))).toEqual([
      expect.objectContaining({
        kind: 'not-comparable',
        date: null,
        description:
          "WST Service Details: 210 shipments delivered; the invoice pays 200 per-piece deliveries, counted as payment-eligible packages (WST's Delivered Packages file)",
        differenceCents: null,
      }),
    ]);
  });
});
