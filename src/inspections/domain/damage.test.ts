import { describe, expect, it } from 'vitest';
import { isUntouched } from './damage.js';

describe('isUntouched: may a late inspection redraw found damage?', () => {
  const fresh = { severity: null, claimStatus: 'none', costCents: null, repairs: 0 } as const;

  it('is untouched as found: not assessed, no claim, no cost, no repair', () => {
    expect(isUntouched(fresh)).toBe(true);
  });

  it('is the manager’s once any of those is set', () => {
    expect(isUntouched({ ...fresh, severity: 'minor' })).toBe(false);
    expect(isUntouched({ ...fresh, claimStatus: 'open' })).toBe(false);
    expect(isUntouched({ ...fresh, costCents: 0 })).toBe(false);
    expect(isUntouched({ ...fresh, repairs: 1 })).toBe(false);
  });
});
