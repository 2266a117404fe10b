import { describe, expect, it } from 'vitest';
import { groundable, odometerAdvances, ownershipIssues, statusChangeIssues } from './van.js';

describe('van status rules (issue 8: status with reason and history)', () => {
  it('needs a reason to take a van off the road, none to put it back', () => {
    expect(statusChangeIssues('active', 'grounded', null)).toEqual([
      { path: 'reason', message: 'Say why the van is grounded.' },
    ]);
    expect(statusChangeIssues('active', 'in_shop', null)[0]?.message).toBe('Say why the van is in shop.');
    expect(statusChangeIssues('active', 'returned', 'Lease ended')).toEqual([]);
    expect(statusChangeIssues('grounded', 'active', null)).toEqual([]);
    expect(statusChangeIssues('returned', 'active', null)).toEqual([]);
  });

  it('refuses a change to the status the van already has', () => {
    expect(statusChangeIssues('grounded', 'grounded', 'again')[0]?.path).toBe('status');
  });

  it('grounds by rule only a van that is on the road', () => {
    expect([
      groundable('active'),
      groundable('grounded'),
      groundable('in_shop'),
      groundable('returned'),
    ]).toEqual([true, false, false, false]);
  });
});

describe('ownership terms', () => {
  it('names the lessor of a leased van and keeps the term in order', () => {
    expect(
      ownershipIssues({ ownership: 'leased', lessor: null, ownershipStart: null, ownershipEnd: null }),
    ).toEqual([{ path: 'lessor', message: 'Name the lessor of a leased van, e.g. Element Fleet.' }]);
    expect(
      ownershipIssues({
        ownership: 'rental',
        lessor: null,
        ownershipStart: '2025-03-01',
        ownershipEnd: '2025-02-28',
      })[0]?.path,
    ).toBe('ownershipEnd');
    expect(
      ownershipIssues({
        ownership: 'leased',
        lessor: 'Merchants Fleet',
        ownershipStart: '2025-03-01',
        ownershipEnd: '2025-03-01',
      }),
    ).toEqual([]);
    expect(
      ownershipIssues({ ownership: 'owned', lessor: null, ownershipStart: null, ownershipEnd: null }),
    ).toEqual([]);
  });
});

describe('odometer', () => {
  it('only counts up', () => {
    expect(odometerAdvances(null, 0)).toBe(true);
    expect(odometerAdvances(1_000, 1_001)).toBe(true);
    expect(odometerAdvances(1_000, 1_000)).toBe(false);
    expect(odometerAdvances(1_000, 999)).toBe(false);
  });
});
