import { describe, expect, it } from 'vitest';
import { day, days, hoursOf, week, withRests } from './testing.js';

/**
 * Golden tests: intervals worked in, slices, premiums and violations out, one rule each, named by
 * its citation. Worked examples from labor-rules.md are marked so. 2026-11-15 is a Sunday.
 */

const MON = '2026-11-16';
const messages = (r: { violations: { message: string }[] }) => r.violations.map((v) => v.message);

describe('FLSA, 29 U.S.C. §207(a)(1): over 40 h in the workweek', () => {
  it('five 9 h days in Texas: the 41st hour on, Friday, is OT; no daily OT', () => {
    const r = week('TX', days(MON, 5, '08:00-17:00'));
    expect(hoursOf(r)).toEqual({ REG: 40, OT: 5, DT: 0 });
    expect(r.slices.filter((s) => s.date === '2026-11-20')).toEqual([
      { date: '2026-11-20', start: 480, end: 720, payCode: 'REG' },
      { date: '2026-11-20', start: 720, end: 1020, payCode: 'OT', rule: 'flsa-weekly-ot' },
    ]);
    expect(r.violations).toEqual([]);
  });

  it('a 13 h day in Texas is all regular time, and no meal is owed', () => {
    const r = week('TX', [day(MON, '06:00-19:00')]);
    expect(hoursOf(r)).toEqual({ REG: 13, OT: 0, DT: 0 });
    expect(r.premiums).toEqual([]);
  });
});

describe('CA Labor Code §510: daily overtime, double time, weekly overtime, the 7th day', () => {
  it('a 10 h day: 8 REG, then OT from the 9th hour', () => {
    const r = week('CA', [day(MON, '06:00-11:00', '11:30-16:30')]);
    expect(r.slices).toEqual([
      { date: MON, start: 360, end: 660, payCode: 'REG' },
      { date: MON, start: 690, end: 870, payCode: 'REG' },
      { date: MON, start: 870, end: 990, payCode: 'OT', rule: 'ca-daily-ot' },
    ]);
  });

  it('labor-rules.md: a 13 h workday = 8 REG + 4 OT + 1 DT, and a second meal was owed', () => {
    const r = week('CA', [day(MON, '06:00-11:00', '11:30-19:30')]);
    expect(hoursOf(r)).toEqual({ REG: 8, OT: 4, DT: 1 });
    expect(r.slices.at(-1)).toEqual({
      date: MON,
      start: 1110,
      end: 1170,
      payCode: 'DT',
      rule: 'ca-double-time',
    });
    expect(r.violations).toMatchObject([
      {
        date: MON,
        rule: 'ca-second-meal',
        citation: 'CA Labor Code §512',
        message:
          'CA Labor Code §512: a second meal of 30 min, starting no later than the end of the 10th hour, is owed in a 13 h workday; none was taken',
      },
    ]);
    expect(r.premiums).toEqual([
      { date: MON, kind: 'meal', hours: 1, rule: 'ca-second-meal', citation: 'CA Labor Code §226.7' },
    ]);
  });

  it('labor-rules.md: six 9 h days = 40 REG + 14 OT (6 daily + 8 weekly, daily OT not counted again)', () => {
    const r = week('CA', days(MON, 6, '06:00-11:00', '11:30-15:30'));
    expect(hoursOf(r)).toEqual({ REG: 40, OT: 14, DT: 0 });
    const weekly = r.slices.filter((s) => s.rule === 'ca-weekly-ot');
    expect(weekly.reduce((m, s) => m + s.end - s.start, 0)).toBe(8 * 60);
    expect(new Set(weekly.map((s) => s.date))).toEqual(new Set(['2026-11-21']));
  });

  it('the 7th consecutive day worked: OT for its first 8 h, DT after', () => {
    const r = week('CA', [
      ...days('2026-11-15', 6, '08:00-12:00', '12:30-16:30'),
      day('2026-11-21', '06:00-11:00', '11:30-16:30'),
    ]);
    const saturday = r.slices.filter((s) => s.date === '2026-11-21');
    expect(saturday).toEqual([
      { date: '2026-11-21', start: 360, end: 660, payCode: 'OT', rule: 'ca-seventh-day' },
      { date: '2026-11-21', start: 690, end: 870, payCode: 'OT', rule: 'ca-seventh-day' },
      { date: '2026-11-21', start: 870, end: 990, payCode: 'DT', rule: 'ca-seventh-day' },
    ]);
    // 48 regular hours before Saturday: 40 REG and 8 weekly OT.
    expect(hoursOf(r)).toEqual({ REG: 40, OT: 16, DT: 2 });
  });

  it('six days worked out of seven is no 7th day', () => {
    const r = week('CA', days('2026-11-16', 6, '08:00-12:00', '12:30-16:30'));
    expect(r.slices.some((s) => s.rule === 'ca-seventh-day')).toBe(false);
  });

  it('a shift past midnight stays one workday: 18:00–02:30 is 8 REG + 0.5 OT on its start date', () => {
    const r = week('CA', [day(MON, '18:00-22:00', '22:30-03:00')]);
    expect(hoursOf(r)).toEqual({ REG: 8, OT: 0.5, DT: 0 });
    expect(new Set(r.slices.map((s) => s.date))).toEqual(new Set([MON]));
    expect(r.slices.at(-1)).toMatchObject({ start: 1440 + 150, end: 1440 + 180, payCode: 'OT' });
  });
});

describe('CA Labor Code §512: meals', () => {
  it('labor-rules.md: a 10 h day whose meal starts 5 h 01 min in = 8 REG + 2 OT + 1 meal-premium hour', () => {
    const r = week('CA', [day(MON, '06:00-11:01', '11:31-16:30')]);
    expect(hoursOf(r)).toEqual({ REG: 8, OT: 2, DT: 0 });
    expect(messages(r)).toEqual([
      'CA Labor Code §512: the first meal must start no later than the end of the 5th hour; it started 5 h 01 min in',
    ]);
    expect(r.premiums.map((p) => [p.kind, p.hours])).toEqual([['meal', 1]]);
  });

  it('a meal starting 5 h 00 min in is on time (Brinker, 2012)', () => {
    expect(week('CA', [day(MON, '06:00-11:00', '11:30-16:30')]).violations).toEqual([]);
  });

  it('a 25-min meal is short', () => {
    const r = week('CA', [day(MON, '06:00-10:00', '10:25-14:55')]);
    expect(messages(r)).toEqual(['CA Labor Code §512: the first meal must last 30 min; it lasted 25 min']);
  });

  it('a first meal waiver holds only on days of 6 h or less (ca-first-meal-waiver)', () => {
    const six = [day(MON, '06:00-12:00')];
    expect(messages(week('CA', six))).toEqual([
      'CA Labor Code §512: a first meal of 30 min, starting no later than the end of the 5th hour, is owed in a 6 h workday; none was taken',
    ]);
    expect(week('CA', six, { mealWaivers: { first: true } }).violations).toEqual([]);
    expect(week('CA', [day(MON, '06:00-12:01')], { mealWaivers: { first: true } }).violations).toHaveLength(
      1,
    );
  });

  it('a second meal waiver holds only up to 12 h with the first meal taken (ca-second-meal-waiver)', () => {
    const eleven = [day(MON, '06:00-11:00', '11:30-17:30')];
    expect(week('CA', eleven).violations.map((v) => v.rule)).toEqual(['ca-second-meal']);
    expect(week('CA', eleven, { mealWaivers: { second: true } }).violations).toEqual([]);
    const twelveAndAHalf = [day(MON, '06:00-11:00', '11:30-19:00')];
    expect(
      week('CA', twelveAndAHalf, { mealWaivers: { second: true } }).violations.map((v) => v.rule),
    ).toEqual(['ca-second-meal']);
  });

  it('a second meal by the end of the 10th hour settles a long day', () => {
    const r = week('CA', [day(MON, '06:00-11:00', '11:30-16:00', '16:30-19:30')]);
    expect(r.violations).toEqual([]);
  });

  it('one meal premium a day however many meal rules are broken (§226.7)', () => {
    const r = week('CA', [day(MON, '06:00-12:00', '12:30-19:30')]);
    expect(r.violations.map((v) => v.rule)).toEqual(['ca-first-meal', 'ca-second-meal']);
    expect(r.premiums).toHaveLength(1);
  });
});

describe('IWC Wage Order 9, §12: rest breaks, judged on days whose punches record them', () => {
  it('a 10 h 30 min day is owed 3 rests; with 2 taken a rest premium is owed beside the meal one', () => {
    const long = day(MON, '06:00-11:00', '11:30-17:00');
    const r = week('CA', [withRests(long, '08:00-08:10', '13:00-13:10')]);
    expect(messages(r)).toContain(
      'IWC Wage Order 9, §12: 3 rest breaks of 10 min are owed for 10 h 30 min worked; 2 were taken',
    );
    expect(r.premiums.map((p) => p.kind).sort()).toEqual(['meal', 'rest']);
  });

  it('none under 3.5 h; one for 3.5–6 h; a 9-min break does not count', () => {
    expect(week('CA', [withRests(day(MON, '06:00-09:29'))]).violations).toEqual([]);
    expect(
      week('CA', [withRests(day(MON, '06:00-09:30'), '07:00-07:09')]).violations.map((v) => v.rule),
    ).toEqual(['ca-rest']);
    expect(week('CA', [withRests(day(MON, '06:00-09:30'), '07:00-07:10')]).violations).toEqual([]);
  });

  it('a day without rest punches is not judged on rests', () => {
    expect(week('CA', [day(MON, '06:00-09:30')]).violations).toEqual([]);
  });
});

describe('other states', () => {
  it('AS 23.10.060 (Alaska): OT over 8 h a day', () => {
    expect(hoursOf(week('AK', [day(MON, '06:00-16:00')]))).toEqual({ REG: 8, OT: 2, DT: 0 });
  });

  it('NRS 608.018 (Nevada): daily OT only below 1.5× the minimum wage, applied when the wage is unknown', () => {
    const ten = [day(MON, '06:00-12:00', '12:30-16:30')];
    expect(hoursOf(week('NV', ten))).toEqual({ REG: 8, OT: 2, DT: 0 });
    expect(hoursOf(week('NV', ten, { wage: { hourlyCents: 1500, minimumWageCents: 1200 } })).OT).toBe(2);
    expect(hoursOf(week('NV', ten, { wage: { hourlyCents: 1800, minimumWageCents: 1200 } })).OT).toBe(0);
  });

  it('NRS 608.019 (Nevada): a meal for 8 h worked', () => {
    expect(week('NV', [day(MON, '06:00-14:00')]).violations.map((v) => v.citation)).toEqual(['NRS 608.019']);
  });

  it('Colorado COMPS Order: OT over 12 h a day, not over 8', () => {
    const r = week('CO', [day(MON, '06:00-10:00', '10:30-19:30')]);
    expect(hoursOf(r)).toEqual({ REG: 12, OT: 1, DT: 0 });
    expect(r.violations).toEqual([]);
  });

  it('WAC 296-126-092 (Washington): the meal starts 2 h to 5 h in; the first rest by the end of the 3rd hour', () => {
    const early = week('WA', [day(MON, '06:00-07:30', '08:00-14:00')]);
    expect(messages(early)).toEqual([
      'WAC 296-126-092: the first meal must start no earlier than 2 h in; it started 1 h 30 min in',
    ]);
    const lateRest = week('WA', [
      withRests(day(MON, '06:00-10:00', '10:30-14:00'), '09:30-09:40', '12:00-12:10'),
    ]);
    expect(messages(lateRest)).toEqual([
      'WAC 296-126-092: the first rest break must start no later than the end of the 3rd hour; it started 3 h 30 min in',
    ]);
    expect(lateRest.premiums).toEqual([]);
  });

  it('OAR 839-020-0050 (Oregon): a work period over 7 h needs its meal 3 h to 6 h in', () => {
    expect(week('OR', [day(MON, '06:00-08:30', '09:00-14:30')]).violations.map((v) => v.rule)).toEqual([
      'or-meal-long-period',
    ]);
    expect(week('OR', [day(MON, '06:00-09:30', '10:00-14:30')]).violations).toEqual([]);
  });

  it('NY Labor Law §162: 30 min between 11:00 and 14:00 on a shift over 6 h covering it', () => {
    expect(week('NY', [day(MON, '08:00-11:30', '12:00-16:00')]).violations).toEqual([]);
    expect(messages(week('NY', [day(MON, '08:00-10:00', '10:30-16:00')]))).toEqual([
      'NY Labor Law §162: a 30-min meal is owed between 11:00 and 14:00; none was taken then',
    ]);
  });

  it('NY Labor Law §162: a 45-min meal on a shift over 6 h starting between 13:00 and 06:00', () => {
    const night = week('NY', [day(MON, '22:00-02:00', '02:30-06:30')]);
    expect(messages(night)).toEqual(['NY Labor Law §162: the first meal must last 45 min; it lasted 30 min']);
  });

  it('IL One Day Rest in Seven Act, 820 ILCS 140/2: a workweek of seven workdays has no 24 h off', () => {
    const seven = week('IL', days('2026-11-15', 7, '08:00-12:00', '12:30-15:30'));
    expect(seven.violations.map((v) => [v.date, v.rule])).toEqual([['2026-11-21', 'il-day-of-rest']]);
    expect(week('IL', days('2026-11-15', 6, '08:00-12:00', '12:30-15:30')).violations).toEqual([]);
  });

  it('820 ILCS 140/3: a 20-min meal no later than 5 h in, for 7.5 h worked', () => {
    expect(messages(week('IL', [day(MON, '06:00-11:30', '11:50-14:00')]))).toEqual([
      'IL One Day Rest in Seven Act, 820 ILCS 140/3: the first meal must start no later than the end of the 5th hour; it started 5 h 30 min in',
    ]);
  });
});

describe("the org's caps: flags of their own kind, not violations", () => {
  it('a 13 h day is over the 12 h cap, and its overtime needs approval', () => {
    const r = week('CA', [day(MON, '06:00-11:00', '11:30-19:30')]);
    expect(r.flags).toEqual([
      { date: MON, cap: 'day_hours', message: "13 h worked; the org's cap is 12 h a day" },
      { date: MON, cap: 'unapproved_overtime', message: '5 h of overtime without approval' },
    ]);
    expect(week('CA', [day(MON, '06:00-11:00', '11:30-17:30')], { overtimeApproved: [MON] }).flags).toEqual(
      [],
    );
  });

  it('over 60 h in any rolling 7 days counts the days before the week', () => {
    const r = week('TX', days('2026-11-15', 2, '06:00-18:00'), {
      priorDays: [
        { date: '2026-11-12', minutes: 12 * 60 },
        { date: '2026-11-13', minutes: 12 * 60 },
        { date: '2026-11-14', minutes: 12 * 60 + 1 },
      ],
    });
    expect(r.flags.filter((f) => f.cap === 'rolling_7_days_hours')).toEqual([
      {
        date: '2026-11-16',
        cap: 'rolling_7_days_hours',
        message: "60 h 01 min worked in the 7 days to 2026-11-16; the org's cap is 60 h",
      },
    ]);
  });

  it('a 7th day worked in 7 is over the 6-days cap', () => {
    const r = week('TX', days('2026-11-15', 1, '08:00-12:00'), {
      priorDays: ['2026-11-09', '2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14'].map(
        (date) => ({
          date,
          minutes: 240,
        }),
      ),
    });
    expect(r.flags.map((f) => f.cap)).toEqual(['days_in_7']);
  });
});
