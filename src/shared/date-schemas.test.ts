import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CalendarDate,
  PastDate,
  PastInstant,
  PlanningDate,
  TermDate,
  todayAnywhere,
} from './date-schemas.js';

const issue = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.success ? undefined : r.error?.issues[0]?.message;

describe('date schemas by meaning', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // 10:00 UTC on 7 Dec 2026: 6 Dec at UTC−12 (Baker Island), 8 Dec at UTC+14 (Kiritimati).
    vi.setSystemTime(new Date('2026-12-07T10:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('today is every date it is today somewhere on Earth, read from the clock tests set', () => {
    expect(todayAnywhere()).toEqual({ earliest: '2026-12-06', latest: '2026-12-08' });
    vi.setSystemTime(new Date('2027-03-01T12:00:00Z'));
    expect(todayAnywhere()).toEqual({ earliest: '2027-03-01', latest: '2027-03-02' });
  });

  it('a past date (hire, incident, service) is today at the latest, in no station’s future', () => {
    expect(PastDate.parse('2026-12-08')).toBe('2026-12-08'); // already today in the Pacific
    expect(issue(PastDate.safeParse('2026-12-09'))).toBe('Not in the future: today at the latest.');
    expect(issue(PastDate.safeParse('9999-12-31'))).toBe('Not in the future: today at the latest.');
    expect(PastDate.parse('1990-04-02')).toBe('1990-04-02');
    expect(issue(PastDate.safeParse('1900-01-01'))).toBe('No earlier than 1926-12-06, 100 years ago.');
  });

  it('an expiry or a term is within 20 years either way', () => {
    expect(TermDate.parse('2046-12-08')).toBe('2046-12-08');
    expect(issue(TermDate.safeParse('2046-12-09'))).toBe('No later than 2046-12-08, 20 years from today.');
    expect(TermDate.parse('2010-01-31')).toBe('2010-01-31');
    expect(issue(TermDate.safeParse('2006-12-05'))).toBe('No earlier than 2006-12-06, 20 years ago.');
  });

  it('a planning date (shift, time off, a day’s routes) is within 3 years of today', () => {
    expect(PlanningDate.parse('2029-12-08')).toBe('2029-12-08');
    expect(issue(PlanningDate.safeParse('2029-12-09'))).toMatch(/^No later than 2029-12-08/);
    expect(issue(PlanningDate.safeParse('1970-01-01'))).toMatch(/^No earlier than 2023-12-06/);
  });

  it('is a real calendar date first, whatever the range', () => {
    expect(issue(PastDate.safeParse('2026-02-30'))).toBe('Not a real date.');
    expect(issue(PlanningDate.safeParse('12/07/2026'))).toBe('Use a date as YYYY-MM-DD.');
    expect(CalendarDate.parse(' 9999-12-31 ')).toBe('9999-12-31');
  });

  it('an incident’s instant has happened (a phone clock 5 minutes ahead is forgiven)', () => {
    expect(PastInstant.parse('2026-12-07T02:04:00-08:00')).toBe('2026-12-07T10:04:00.000Z');
    expect(issue(PastInstant.safeParse('2026-12-07T10:30:00Z'))).toBe(
      'Not in the future: check the date and time.',
    );
    expect(issue(PastInstant.safeParse('1910-05-01T10:00:00Z'))).toMatch(/^No earlier than/);
  });
});

describe('CalendarDate', () => {
  it('accepts real dates, leap days included', () => {
    expect(CalendarDate.parse('2026-05-01')).toBe('2026-05-01');
    expect(CalendarDate.parse('2028-02-29')).toBe('2028-02-29');
  });

  it('rejects 2026-02-30, 2026-02-29 and 2026-13-01 (dates that do not exist) and other shapes', () => {
    for (const bad of ['2026-02-30', '2026-02-29', '2026-13-01', '2026-04-31', '5/1/2026', '2026-5-1']) {
      expect(CalendarDate.safeParse(bad).success, bad).toBe(false);
    }
  });
});
