import { describe, expect, it } from 'vitest';
import { readServiceDetails } from './service-details.js';
import { sheetOf } from './testing.js';

// WST's Service Details columns as payroll-and-money.md §3 lists them.
const HEADER =
  'Date,Station,DSP short code,Delivery Associate,Route,Service Type,Planned Duration,Log in,Log out,Total Distance Planned,Total Distance Allowance,Distance unit,Shipments Delivered,Shipments Returned,Pickup Packages,Excluded?'.split(
    ',',
  );
const row = (date: string, route: string, planned: string, excluded: string, delivered = '52') => [
  date,
  'DXC1',
  'SHDS',
  'Maria Garcia',
  route,
  'Standard Parcel Electric - Rivian MEDIUM',
  planned,
  '07:40',
  '17:05',
  '61.2',
  '67.3',
  'mi',
  delivered,
  '1',
  '0',
  excluded,
];

describe('readServiceDetails', () => {
  it('reads each route with its planned minutes, and which rows Amazon excluded', () => {
    const read = readServiceDetails(
      sheetOf(
        HEADER,
        row('2026-09-06', 'CX1', '10:00', 'N'),
        row('9/6/2026', 'CX2', 'PT10H', 'Y'),
        row('2026-09-06', 'CX3', '8:00', ''),
      ),
    );
    expect(read).toEqual({
      ok: true,
      rows: [
        {
          row: 2,
          date: '2026-09-06',
          station: 'DXC1',
          deliveryAssociate: 'Maria Garcia',
          route: 'CX1',
          serviceType: 'Standard Parcel Electric - Rivian MEDIUM',
          plannedMinutes: 600,
          shipmentsDelivered: 52,
          pickupPackages: 0,
          excluded: false,
        },
        expect.objectContaining({ row: 3, route: 'CX2', plannedMinutes: 600, excluded: true }),
        expect.objectContaining({ row: 4, route: 'CX3', plannedMinutes: 480, excluded: false }),
      ],
    });
  });

  it('names every bad cell by row and column', () => {
    const read = readServiceDetails(
      sheetOf(
        HEADER,
        row('2026-09-06', 'CX1', 'ten hours', 'N'),
        row('2026-09-06', 'CX2', '10:00', 'maybe', '5O'),
      ),
    );
    expect(read).toEqual({
      ok: false,
      errors: [
        { row: 2, column: 'Planned Duration', message: 'A planned duration such as 10:00 or PT10H.' },
        { row: 3, column: 'Shipments Delivered', message: 'A whole number of 0 or more.' },
        { row: 3, column: 'Excluded?', message: 'Use yes or no.' },
      ],
    });
  });

  it('needs the date, service type and planned duration columns', () => {
    expect(readServiceDetails(sheetOf(['Date', 'Route'], ['2026-09-06', 'CX1']))).toEqual({
      ok: false,
      errors: [
        { row: 1, column: 'Service Type', message: 'No column for “Service Type”.' },
        { row: 1, column: 'Planned Duration', message: 'No column for “Planned Duration”.' },
      ],
    });
  });
});
