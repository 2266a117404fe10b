import { describe, expect, it } from 'vitest';
import { quietUntil } from './quiet-hours.js';

const LA = 'America/Los_Angeles';
const at = (iso: string) => new Date(iso);

describe('quiet hours in the station’s time zone', () => {
  it('waits from 21:00 until 08:00 the next morning, local time', () => {
    // 22:30 PDT on 10 June is 05:30 UTC on the 11th; 08:00 PDT on the 11th is 15:00 UTC.
    expect(quietUntil(at('2026-06-11T05:30:00Z'), LA, '21:00', '08:00')).toBe('2026-06-11T15:00:00.000Z');
    // 06:00 PDT: before 08:00 the same morning.
    expect(quietUntil(at('2026-06-11T13:00:00Z'), LA, '21:00', '08:00')).toBe('2026-06-11T15:00:00.000Z');
  });

  it('lets texts go during the day, and from the end minute on', () => {
    expect(quietUntil(at('2026-06-11T19:00:00Z'), LA, '21:00', '08:00')).toBeNull(); // 12:00 PDT
    expect(quietUntil(at('2026-06-11T15:00:00Z'), LA, '21:00', '08:00')).toBeNull(); // 08:00 PDT
    expect(quietUntil(at('2026-06-12T03:59:00Z'), LA, '21:00', '08:00')).toBeNull(); // 20:59 PDT
    expect(quietUntil(at('2026-06-12T04:00:00Z'), LA, '21:00', '08:00')).toBe('2026-06-12T15:00:00.000Z');
  });

  it('reads the hour where the DA is: the same instant is quiet in New York and not in Los Angeles', () => {
    const instant = at('2026-06-12T02:00:00Z'); // 22:00 in New York, 19:00 in Los Angeles
    expect(quietUntil(instant, 'America/New_York', '21:00', '08:00')).toBe('2026-06-12T12:00:00.000Z');
    expect(quietUntil(instant, LA, '21:00', '08:00')).toBeNull();
  });

  it('ends at 08:00 of the new clock when the night springs forward (PST to PDT)', () => {
    // 8 March 2026, 02:00 → 03:00 in Los Angeles. 22:00 PST on the 7th is 06:00 UTC on the 8th.
    expect(quietUntil(at('2026-03-08T06:00:00Z'), LA, '21:00', '08:00')).toBe('2026-03-08T15:00:00.000Z');
  });

  it('ends at 08:00 of the old clock when the night falls back (PDT to PST)', () => {
    // 1 November 2026, 02:00 → 01:00. 22:00 PDT on 31 October is 05:00 UTC on 1 November.
    expect(quietUntil(at('2026-11-01T05:00:00Z'), LA, '21:00', '08:00')).toBe('2026-11-01T16:00:00.000Z');
    // In the repeated hour (01:30 PST, the second time) it is still night.
    expect(quietUntil(at('2026-11-01T09:30:00Z'), LA, '21:00', '08:00')).toBe('2026-11-01T16:00:00.000Z');
  });

  it('handles a window inside one day, and none at all when start and end are equal', () => {
    expect(quietUntil(at('2026-06-11T20:30:00Z'), LA, '13:00', '14:00')).toBe('2026-06-11T21:00:00.000Z');
    expect(quietUntil(at('2026-06-11T22:00:00Z'), LA, '13:00', '14:00')).toBeNull();
    expect(quietUntil(at('2026-06-11T05:30:00Z'), LA, '00:00', '00:00')).toBeNull();
  });
});
