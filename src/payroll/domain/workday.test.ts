import { describe, expect, it } from 'vitest';
import { ruleSetFor } from './rule-sets.js';
import { type Punch, workdaysFromPunches, workweekStart } from './workday.js';
import { computeWorkweekFromPunches } from './workweek.js';

const LA = 'America/Los_Angeles';
const punch = (kind: Punch['kind'], at: string): Punch => ({ kind, at });

describe('workweekStart', () => {
  it("starts on the org's day: Sunday by default, any weekday when set", () => {
    expect(workweekStart('2026-11-18')).toBe('2026-11-15');
    expect(workweekStart('2026-11-15')).toBe('2026-11-15');
    expect(workweekStart('2026-11-18', 1)).toBe('2026-11-16');
    expect(workweekStart('2026-11-15', 1)).toBe('2026-11-09');
  });
});

describe('punches → workdays in the station time zone', () => {
  it('pairs in, meal, rest and out; a shift past local midnight stays on the date it began', () => {
    // 18:00 PST on Nov 16 = 02:00Z Nov 17.
    const { days, problems } = workdaysFromPunches(
      [
        punch('out', '2026-11-17T10:30:00Z'),
        punch('in', '2026-11-17T02:00:00Z'),
        punch('rest_start', '2026-11-17T04:00:00Z'),
        punch('rest_end', '2026-11-17T04:10:00Z'),
        punch('meal_start', '2026-11-17T06:00:00Z'),
        punch('meal_end', '2026-11-17T06:30:59Z'),
      ],
      LA,
    );
    expect(problems).toEqual([]);
    expect(days).toEqual([
      {
        date: '2026-11-16',
        work: [
          { start: 18 * 60, end: 22 * 60 },
          { start: 22 * 60 + 30, end: 26 * 60 + 30 },
        ],
        rests: [{ start: 20 * 60, end: 20 * 60 + 10 }],
      },
    ]);
  });

  it('counts the time a shift lasted across the fall-back change (an 11 h night, clocks say 10 h)', () => {
    // Nov 1 2026, 02:00 PDT → 01:00 PST. In 20:00 PDT Oct 31 (03:00Z), out 06:00 PST Nov 1 (14:00Z).
    const { days } = workdaysFromPunches(
      [punch('in', '2026-11-01T03:00:00Z'), punch('out', '2026-11-01T14:00:00Z')],
      LA,
    );
    expect(days).toEqual([{ date: '2026-10-31', work: [{ start: 1200, end: 1200 + 660 }] }]);
  });

  it('says what is missing: an in without an out, an out without an in', () => {
    const { days, problems } = workdaysFromPunches(
      [
        punch('in', '2026-11-16T14:00:00Z'),
        punch('meal_start', '2026-11-16T19:00:00Z'),
        punch('meal_end', '2026-11-16T19:30:00Z'),
        punch('in', '2026-11-17T14:00:00Z'),
        punch('out', '2026-11-17T22:00:00Z'),
        punch('out', '2026-11-17T23:00:00Z'),
      ],
      LA,
    );
    expect(days.map((d) => [d.date, d.work.length])).toEqual([
      ['2026-11-16', 1],
      ['2026-11-17', 1],
    ]);
    expect(problems).toMatchObject([
      { date: '2026-11-16', message: 'No punch out after 11:30: the time after it is not counted.' },
      {
        date: '2026-11-17',
        message: 'The out punch at 15:00 was not expected: a punch out after a punch in was.',
      },
    ]);
  });
});

describe('computeWorkweekFromPunches', () => {
  it('runs the rules of the week on the paired punches, leaving days of other weeks to them', () => {
    const r = computeWorkweekFromPunches({
      weekStart: '2026-11-15',
      rules: ruleSetFor('CA', '2026-11-15'),
      timeZone: LA,
      punches: [
        // Saturday Nov 14 (last week): ignored here.
        punch('in', '2026-11-14T16:00:00Z'),
        punch('out', '2026-11-15T02:00:00Z'),
        // Monday Nov 16, 06:00–16:30 PST with the meal 5 h 01 min in.
        punch('in', '2026-11-16T14:00:00Z'),
        punch('meal_start', '2026-11-16T19:01:00Z'),
        punch('meal_end', '2026-11-16T19:31:00Z'),
        punch('out', '2026-11-17T00:30:00Z'),
      ],
    });
    expect(r.minutes).toEqual({ REG: 480, OT: 120, DT: 0 });
    expect(r.violations.map((v) => v.rule)).toEqual(['ca-first-meal']);
    expect(r.problems).toEqual([]);
  });
});

describe('computeWorkweekFromPunches across the fall-back change', () => {
  it('takes a night shift ending at 06:00 and the next one starting at 06:30 as two workdays', () => {
    // Nov 1 20:00 PST (04:00Z Nov 2) to Nov 2 06:00 PST (14:00Z); then 06:30 PST to 10:00 PST.
    const r = computeWorkweekFromPunches({
      weekStart: '2026-11-01',
      rules: ruleSetFor('CA', '2026-11-01'),
      timeZone: LA,
      punches: [
        punch('in', '2026-11-02T04:00:00Z'),
        punch('out', '2026-11-02T14:00:00Z'),
        punch('in', '2026-11-02T14:30:00Z'),
        punch('out', '2026-11-02T18:00:00Z'),
      ],
    });
    expect(new Set(r.slices.map((s) => s.date))).toEqual(new Set(['2026-11-01', '2026-11-02']));
    expect(r.minutes.REG + r.minutes.OT + r.minutes.DT).toBe(10 * 60 + 210);
  });
});
