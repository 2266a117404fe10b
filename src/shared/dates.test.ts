import { describe, expect, it } from 'vitest';
import { instantAt, localDate, localTime } from './dates.js';

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

describe('instantAt and localTime', () => {
  it('turn a station’s wall-clock time into an instant and back, across daylight saving', () => {
    expect(instantAt('2026-12-01', '09:30', 'America/Los_Angeles')).toBe('2026-12-01T17:30:00.000Z');
    expect(instantAt('2026-07-01', '09:30', 'America/Los_Angeles')).toBe('2026-07-01T16:30:00.000Z');
    expect(localTime('2026-12-01T17:30:00.000Z', 'America/Chicago')).toBe('11:30');
    expect(localTime(instantAt('2026-11-01', '10:20', 'America/New_York'), 'America/New_York')).toBe('10:20');
  });

  it('puts a time skipped by spring-forward an hour later, as the clocks show it', () => {
    expect(localTime(instantAt('2026-03-08', '02:30', 'America/Los_Angeles'), 'America/Los_Angeles')).toBe(
      '03:30',
    );
  });
});
