import { describe, expect, it } from 'vitest';
import { availabilityOn, DEFAULT_PATTERN } from './availability.js';
import { DEFAULT_RULES } from './rules.js';
import { checkShift, type PlannedShift, type ShiftCheckInput } from './shift-checks.js';

const route = (date: string, startTime = '10:00', minutes = 600): PlannedShift => ({
  date,
  kind: 'route',
  startTime,
  minutes,
});

// The week of Sunday 2026-12-06.
const base = (shift: PlannedShift, others: PlannedShift[] = []): ShiftCheckInput => ({
  shift,
  others,
  availability: availabilityOn(shift.date, DEFAULT_PATTERN, [], []),
  clearance: { cleared: true, reasons: [] },
  driverStatus: 'active',
  weekStart: '2026-12-06',
  rules: DEFAULT_RULES,
});

describe('checkShift', () => {
  it('passes a plain shift', () => {
    expect(checkShift(base(route('2026-12-08')))).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a day of approved time off and a driving shift for a DA not cleared', () => {
    const input = base(route('2026-12-08'));
    input.availability = availabilityOn(
      '2026-12-08',
      DEFAULT_PATTERN,
      [],
      [{ firstDate: '2026-12-08', lastDate: '2026-12-08', status: 'approved', reason: null }],
    );
    input.clearance = { cleared: false, reasons: ['Driver’s license expired on 2026-12-01.'] };
    expect(checkShift(input).errors).toEqual([
      'Tue 12/08: approved time off.',
      'Not cleared to drive on Tue 12/08: Driver’s license expired on 2026-12-01.',
    ]);
  });

  it('lets an onboarding DA do a training shift but not a route', () => {
    const training = base({ ...route('2026-12-08'), kind: 'training' });
    training.clearance = { cleared: false, reasons: ['Status is onboarding, not active.'] };
    training.driverStatus = 'onboarding';
    expect(checkShift(training).errors).toEqual([]);
    expect(checkShift({ ...training, shift: route('2026-12-08') }).errors).toHaveLength(1);
    expect(checkShift({ ...training, driverStatus: 'terminated' }).errors).toEqual(['The DA is terminated.']);
    // A ride-along (On-Road Experience) rides beside a trainer: open while onboarding, as training is.
    expect(checkShift({ ...training, shift: { ...training.shift, kind: 'ride-along' } }).errors).toEqual([]);
  });

  it('warns past the day cap, the hour cap, and on overtime', () => {
    const week = ['2026-12-06', '2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10'].map((d) =>
      route(d, '10:00', 480),
    );
    const sixth = checkShift(base(route('2026-12-11', '10:00', 480), week));
    expect(sixth.warnings).toContain('6 days this week, over the 5-day cap.');
    expect(sixth.warnings).toContain('48 h this week, over the 40 h cap.');
    const withOvertime = {
      ...base(route('2026-12-11', '10:00', 480), week),
      rules: { ...DEFAULT_RULES, overtimeAllowed: true },
    };
    expect(checkShift(withOvertime).warnings).toContain('8 h of overtime this week.');
  });

  it('warns when rest between days is short, in either direction', () => {
    const lateMonday = { ...route('2026-12-07', '14:00', 600) }; // ends 00:00
    const check = checkShift(base(route('2026-12-08', '08:00', 480), [lateMonday]));
    expect(check.warnings).toEqual(['Only 8 h of rest between Mon 12/07 and Tue 12/08 (10 h needed).']);
    const early = checkShift(base(route('2026-12-07', '14:00', 600), [route('2026-12-08', '08:00', 480)]));
    expect(early.warnings).toEqual(['Only 8 h of rest between Mon 12/07 and Tue 12/08 (10 h needed).']);
  });

  it('counts days in a row across the week boundary', () => {
    const before = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06'].map(
      (d) => route(d, '10:00', 300),
    );
    expect(checkShift(base(route('2026-12-07', '10:00', 300), before)).warnings).toEqual([
      '7 days in a row, over the 6-day limit.',
    ]);
  });

  it('warns about a day the DA said they cannot work, and a pending request', () => {
    const input = base(route('2026-12-08'));
    input.availability = availabilityOn(
      '2026-12-08',
      { ...DEFAULT_PATTERN, weekdays: [true, true, false, true, true, true, true] },
      [],
      [{ firstDate: '2026-12-08', lastDate: '2026-12-08', status: 'pending', reason: null }],
    );
    expect(checkShift(input)).toEqual({
      errors: [],
      warnings: [
        'Tue 12/08: not available on Tuesdays.',
        'Tue 12/08: a time-off request is waiting for a decision.',
      ],
    });
  });
});
