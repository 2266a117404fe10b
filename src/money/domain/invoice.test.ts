import { describe, expect, it } from 'vitest';
import { lineItemOf, readInvoice } from './invoice.js';
import { INVOICE_HEADER, invoiceOf, sheetOf, totalDue } from './testing.js';

describe('lineItemOf: what an invoice line pays for (shared payroll-and-money.md §3, Variable invoice)', () => {
  it.each([
    [
      'Standard Parcel Electric - Rivian MEDIUM - Block of 10 Hours',
      { kind: 'route', serviceType: 'Standard Parcel Electric - Rivian MEDIUM', blockHours: 10 },
    ],
    [
      'Nursery Route Level 2 - Block of 8 Hours',
      { kind: 'route', serviceType: 'Nursery Route Level 2', blockHours: 8 },
    ],
    [
      'Standard Parcel - Extra Large Van - US - w/ Ride Along - Block of 10 Hours',
      {
        kind: 'route',
        serviceType: 'Standard Parcel - Extra Large Van - US - w/ Ride Along',
        blockHours: 10,
      },
    ],
    ['Training - Block of 8 hours', { kind: 'training', blockHours: 8 }],
    ['AMZL Late Cancel- weekday', { kind: 'late-cancel' }],
    ['Unplanned Delay', { kind: 'unplanned-delay' }],
    ['Payment for branding - deliveries', { kind: 'branding-deliveries' }],
    ['Per piece payment - deliveries', { kind: 'per-piece-deliveries' }],
    ['Per piece payment - pickups', { kind: 'pickups' }],
    [
      'Delivery Excellence Incentive (Fantastic Plus)',
      { kind: 'delivery-incentive', tier: 'Fantastic Plus' },
    ],
    ['Pickup Excellence Incentive', { kind: 'pickup-incentive' }],
    ['Vehicle damage chargeback', { kind: 'other' }],
  ])('%j', (description, item) => {
    expect(lineItemOf(description)).toEqual(item);
  });
});

describe('readInvoice', () => {
  it('reads lines under the section they are listed in, and Total Due', () => {
    const invoice = invoiceOf(
      ['', 'Routes', '31', '', '$10,075.00'],
      [
        'Sep 06, 2026',
        'Standard Parcel Electric - Rivian MEDIUM - Block of 10 Hours',
        '31',
        '$325.00',
        '$10,075.00',
      ],
      ['', 'Unplanned delay', '', '', '$12.02'],
      ['Mon, Sep 07, 2026', 'Unplanned Delay', '0.37', '$32.49', '$12.02'],
      totalDue('$10,087.02'),
    );
    expect(invoice.sections).toEqual([
      { row: 2, name: 'Routes', amountCents: 1007500 },
      { row: 4, name: 'Unplanned delay', amountCents: 1202 },
    ]);
    expect(invoice.lines).toEqual([
      expect.objectContaining({
        row: 3,
        date: '2026-09-06',
        quantity: 31,
        rateCents: 32500,
        amountCents: 1007500,
        section: 0,
      }),
      expect.objectContaining({
        row: 5,
        date: '2026-09-07',
        quantity: 0.37,
        rateCents: 3249,
        amountCents: 1202,
        section: 1,
      }),
    ]);
    expect(invoice.totalDue).toEqual({ row: 6, amountCents: 1008702 });
  });

  it('matches headers loosely and names bad cells by row and the file’s own column', () => {
    const read = readInvoice(
      sheetOf(
        ['DATE', 'description', 'Qty', 'Rate', 'AMOUNT'],
        ['2026-09-06', 'Nursery Route Level 2 - Block of 8 Hours', '1.5', '$260.00', '$390.00'],
        ['2026-09-06', 'Unplanned Delay', '', '$32.49', '$12.02'],
        ['9/31/2026', 'Unplanned Delay', '1', '$32.49', 'lots'],
        totalDue('$402.02'),
        ['', 'Late line', '1', '$1.00', '$1.00'],
      ),
    );
    expect(read).toEqual({
      ok: false,
      errors: [
        { row: 4, column: 'DATE', message: 'A date such as 2026-09-06, 9/6/2026 or Sep 06, 2026.' },
        { row: 4, column: 'AMOUNT', message: 'An amount in dollars and cents, e.g. $1,234.50 or (12.00).' },
      ],
    });
    const fixed = readInvoice(
      sheetOf(
        ['DATE', 'description', 'Qty', 'Rate', 'AMOUNT'],
        ['2026-09-06', 'Nursery Route Level 2 - Block of 8 Hours', '1.5', '$260.00', '$390.00'],
        ['2026-09-06', 'Unplanned Delay', '', '$32.49', '$12.02'],
        totalDue('$402.02'),
        ['', 'Late line', '1', '$1.00', '$1.00'],
      ),
    );
    expect(fixed).toEqual({
      ok: false,
      errors: [
        { row: 2, column: 'Qty', message: 'A route line pays whole blocks.' },
        { row: 3, column: 'Qty', message: 'A line with a rate needs its quantity.' },
        { row: 5, column: 'description', message: 'Total Due (row 4) is the last line.' },
      ],
    });
  });

  it('needs every column, rows, and a last line that is Total Due', () => {
    expect(readInvoice(sheetOf(['Date', 'Description', 'Amount'], ['', 'Total Due', '$0']))).toEqual({
      ok: false,
      errors: [
        { row: 1, column: 'Quantity', message: 'No column for “Quantity”.' },
        { row: 1, column: 'Rate', message: 'No column for “Rate”.' },
      ],
    });
    expect(readInvoice(sheetOf(INVOICE_HEADER))).toEqual({
      ok: false,
      errors: [{ row: 2, column: '', message: 'The file has no rows.' }],
    });
    expect(
      readInvoice(sheetOf(INVOICE_HEADER, ['2026-09-06', 'Unplanned Delay', '1', '$32.49', '$32.49'])),
    ).toEqual({
      ok: false,
      errors: [{ row: 2, column: 'Description', message: 'The last line must be Total Due.' }],
    });
  });
});
