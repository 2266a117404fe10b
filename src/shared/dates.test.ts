import { describe, expect, it } from 'vitest';
import { localDate } from './dates.js';

describe('localDate', () => {
  it('is the station’s calendar date, not UTC’s', () => {
    const lateEvening = new Date('2026-03-08T06:30:00Z'); // 22:30 PST on the 7th
    expect(localDate('America/Los_Angeles', lateEvening)).toBe('2026-03-07');
    expect(localDate('America/Chicago', lateEvening)).toBe('2026-03-08');
    expect(localDate('UTC', lateEvening)).toBe('2026-03-08');
  });

  it('gives the same answer on repeated calls across zones (formatters are reused)', () => {
    const at = new Date('2026-11-01T07:30:00Z'); // the night US clocks fall back
    const zones = ['America/Los_Angeles', 'America/New_York', 'America/Los_Angeles'];
    expect(zones.map((z) => localDate(z, at))).toEqual(['2026-11-01', '2026-11-01', '2026-11-01']);
    expect(localDate('America/Los_Angeles', new Date('2026-11-01T06:59:00Z'))).toBe('2026-10-31');
  });

  it('refuses an unknown zone', () => {
    expect(() => localDate('Mars/Olympus_Mons')).toThrow(RangeError);
  });
});
