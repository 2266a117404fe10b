import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../shared/days.js';
import { expiresWithin, expiryBucket } from './expiry.js';

// Issue 4: "a list of what expires in 30/14/7 days and what has expired". A document is valid through
// its expiry date, as cleared to drive reads it (a license expiring today still drives today).

const TODAY = '2026-05-01';

describe('expiryBucket', () => {
  it.each([
    ['2026-04-30', 'expired'],
    ['2026-05-01', 'within7'],
    ['2026-05-08', 'within7'],
    ['2026-05-09', 'within14'],
    ['2026-05-15', 'within14'],
    ['2026-05-16', 'within30'],
    ['2026-05-31', 'within30'],
    ['2026-06-01', 'later'],
  ] as const)('issue 4 boundaries: %s is %s on 2026-05-01', (expiry, bucket) => {
    expect(expiryBucket(expiry, TODAY)).toBe(bucket);
  });

  it('counts whole calendar days across a DST change and a leap day', () => {
    expect(expiryBucket('2026-03-15', '2026-03-08')).toBe('within7');
    expect(expiryBucket('2028-03-07', '2028-02-29')).toBe('within7');
    expect(expiryBucket('2028-03-08', '2028-02-29')).toBe('within14');
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
  });

  it('agrees with expiresWithin for every window, and windows nest (7 ⊂ 14 ⊂ 30)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 400 }), (days) => {
        const expiry = addDays(TODAY, days);
        const bucket = expiryBucket(expiry, TODAY);
        expect(expiresWithin(expiry, TODAY, 7)).toBe(bucket === 'expired' || bucket === 'within7');
        expect(expiresWithin(expiry, TODAY, 14)).toBe(
          expiresWithin(expiry, TODAY, 7) || bucket === 'within14',
        );
        expect(expiresWithin(expiry, TODAY, 30)).toBe(bucket !== 'later');
      }),
    );
  });
});
