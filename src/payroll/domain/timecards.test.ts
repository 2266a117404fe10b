import { describe, expect, it } from 'vitest';
import { clockTime, nameKey, outDate, punchType } from './timecards.js';

describe('timecard cells (payroll-and-money.md)', () => {
  it('reads ADP’s 12-hour times and 24-hour ones', () => {
    expect(clockTime('09:17 AM')).toBe('09:17');
    expect(clockTime('12:05 AM')).toBe('00:05');
    expect(clockTime('12:30 PM')).toBe('12:30');
    expect(clockTime('7:45pm')).toBe('19:45');
    expect(clockTime('17:05:30')).toBe('17:05');
    expect(clockTime('13:00 PM')).toBeNull();
    expect(clockTime('25:00')).toBeNull();
    expect(clockTime('soon')).toBeNull();
  });

  it('reads Paycom’s punch type codes and plain words', () => {
    expect(['ID', 'OL', 'IL', 'OD', 'ob', 'Lunch In'].map(punchType)).toEqual([
      'in',
      'meal_start',
      'meal_end',
      'out',
      'rest_start',
      'meal_end',
    ]);
    expect(punchType('XX')).toBeNull();
  });

  it('matches "LAST, FIRST" in any case to "First Last"', () => {
    expect(nameKey('ACKER, MARY')).toBe('mary acker');
    expect(nameKey('Mary  Acker')).toBe('mary acker');
  });

  it('an out before the in is past midnight, on the same workday', () => {
    expect(outDate('2026-11-16', '16:00', '00:30')).toBe('2026-11-17');
    expect(outDate('2026-11-16', '06:00', '14:30')).toBe('2026-11-16');
  });
});
