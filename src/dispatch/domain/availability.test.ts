import { describe, expect, it } from 'vitest';
import { availabilityOn, DEFAULT_PATTERN } from './availability.js';

// 2026-12-08 is a Tuesday.
const noTuesdays = { ...DEFAULT_PATTERN, weekdays: [true, true, false, true, true, true, true] };

describe('availabilityOn', () => {
  it('follows the weekly pattern and names the weekday when not available', () => {
    expect(availabilityOn('2026-12-08', noTuesdays, [], [])).toMatchObject({
      available: false,
      cause: 'pattern',
      reason: 'not available on Tuesdays',
    });
    expect(availabilityOn('2026-12-09', noTuesdays, [], [])).toMatchObject({ available: true, reason: null });
  });

  it('lets a dated exception override the pattern either way', () => {
    const canThisTuesday = [{ date: '2026-12-08', available: true, note: null }];
    expect(availabilityOn('2026-12-08', noTuesdays, canThisTuesday, []).available).toBe(true);
    const cannot = [{ date: '2026-12-09', available: false, note: 'court date' }];
    expect(availabilityOn('2026-12-09', noTuesdays, cannot, [])).toMatchObject({
      available: false,
      cause: 'exception',
      reason: 'not available that day (court date)',
    });
  });

  it('puts approved time off above everything; a pending request only flags the day', () => {
    const canThisTuesday = [{ date: '2026-12-08', available: true, note: null }];
    const approved = [
      { firstDate: '2026-12-07', lastDate: '2026-12-09', status: 'approved' as const, reason: 'wedding' },
    ];
    expect(availabilityOn('2026-12-08', noTuesdays, canThisTuesday, approved)).toMatchObject({
      available: false,
      cause: 'time_off',
      reason: 'approved time off (wedding)',
    });
    expect(availabilityOn('2026-12-10', noTuesdays, [], approved).available).toBe(true);
    const pending = [
      { firstDate: '2026-12-10', lastDate: '2026-12-10', status: 'pending' as const, reason: null },
    ];
    expect(availabilityOn('2026-12-10', noTuesdays, [], pending)).toMatchObject({
      available: true,
      timeOffPending: true,
    });
    const denied = [
      { firstDate: '2026-12-10', lastDate: '2026-12-10', status: 'denied' as const, reason: null },
    ];
    expect(availabilityOn('2026-12-10', noTuesdays, [], denied)).toMatchObject({
      available: true,
      timeOffPending: false,
    });
  });

  it('marks preferred days', () => {
    const pattern = {
      ...DEFAULT_PATTERN,
      preferredWeekdays: [false, false, true, false, false, false, false],
    };
    expect(availabilityOn('2026-12-08', pattern, [], []).preferred).toBe(true);
    expect(availabilityOn('2026-12-09', pattern, [], []).preferred).toBe(false);
  });
});
