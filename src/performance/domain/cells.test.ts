import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DateTimeCell,
  MetricNumber,
  Ratio,
  SourceCell,
  TierCell,
  TransporterCell,
  WeekCell,
} from './cells.js';

// Shared data-files.md: "Values may be blank or "-" when a DA had no opportunities; percentages may come
// as `99.61%` or `0.9961`." Real exports add thousands separators, en dashes and spreadsheet dates.

const ok = <T>(parsed: { success: boolean; data?: T }) => {
  expect(parsed.success).toBe(true);
  return parsed.data as T;
};
const issue = (parsed: { success: boolean; error?: { issues: { message: string }[] } }) => {
  expect(parsed.success).toBe(false);
  return parsed.error?.issues[0]?.message;
};

describe('Ratio: both percentage forms are one fraction', () => {
  it.each([
    ['99.6%', 0.996],
    ['99.61 %', 0.9961],
    ['0.996', 0.996],
    ['99.6', 0.996],
    ['100%', 1],
    ['1', 1],
    ['0', 0],
    ['0%', 0],
    ['.5', 0.5],
  ])('%s → %s', (text, value) => {
    expect(ok(Ratio.safeParse(text))).toBe(value);
  });

  it.each(['-', '–', '—', 'N/A', 'n/a', 'none'])('"%s" is no data', (text) => {
    expect(ok(Ratio.safeParse(text))).toBeNull();
  });

  it.each(['101%', '150', 'abc', '99,6%', '-5%', '9 9'])('refuses %s', (text) => {
    expect(issue(Ratio.safeParse(text))).toBe('A percentage such as 99.6% or 0.996, or "-" for no data.');
  });

  it('reads a share written as a percentage and as a fraction to the same value (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (basisPoints) => {
        const fraction = basisPoints / 10_000;
        const percent = `${(basisPoints / 100).toFixed(2)}%`;
        expect(ok(Ratio.safeParse(percent))).toBe(ok(Ratio.safeParse(String(fraction))));
        expect(ok(Ratio.safeParse(percent))).toBeCloseTo(fraction, 9);
      }),
    );
  });

  it('always answers a fraction between 0 and 1, or null, or a message (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const parsed = Ratio.safeParse(text);
        if (parsed.success && parsed.data !== null) {
          expect(parsed.data).toBeGreaterThanOrEqual(0);
          expect(parsed.data).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});

describe('MetricNumber', () => {
  it.each([
    ['0.12', 0.12],
    ['1,204', 1204],
    ['1,204.5', 1204.5],
    ['812', 812],
    ['-', null],
  ])('%s → %s', (text, value) => {
    expect(ok(MetricNumber.safeParse(text))).toBe(value);
  });

  it.each(['1,20', '12,34,567', 'twelve', '-3', '1.2.3'])('refuses %s', (text) => {
    expect(issue(MetricNumber.safeParse(text))).toBe('A number such as 0.12 or 1,204, or "-" for no data.');
  });

  it('reads any count written with or without thousands separators (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), (n) => {
        expect(ok(MetricNumber.safeParse(n.toLocaleString('en-US')))).toBe(n);
        expect(ok(MetricNumber.safeParse(String(n)))).toBe(n);
      }),
    );
  });
});

describe('TierCell', () => {
  it.each([
    ['Fantastic Plus', 'fantastic_plus'],
    ['Fantastic+', 'fantastic_plus'],
    ['FANTASTIC', 'fantastic'],
    [' Great ', 'great'],
    ['Fair', 'fair'],
    ['Poor', 'poor'],
    ['Platinum', 'platinum'],
    ['Bronze', 'bronze'],
    ['-', null],
  ])('%s → %s', (text, tier) => {
    expect(ok(TierCell.safeParse(text))).toBe(tier);
  });

  it('refuses what is not a tier (a column mapped wrongly)', () => {
    expect(issue(TierCell.safeParse('98.5%'))).toMatch(/^A tier: Fantastic Plus/);
  });
});

describe('WeekCell: the Sunday of Amazon’s week', () => {
  it.each([
    ['2026-W48', '2026-11-22'],
    ['2026-48', '2026-11-22'],
    ['2026W48', '2026-11-22'],
    ['2026-W01', '2025-12-28'],
    ['Week 48 2026', '2026-11-22'],
    ['2026-11-25', '2026-11-22'],
    ['11/28/2026', '2026-11-22'],
    ['2026-11-22T00:00:00', '2026-11-22'],
  ])('%s → %s', (text, sunday) => {
    expect(ok(WeekCell.safeParse(text))).toBe(sunday);
  });

  it('refuses a week the year does not have, and what is no week', () => {
    expect(issue(WeekCell.safeParse('2026-W53'))).toBe('2026 has no week 53.');
    expect(issue(WeekCell.safeParse('2026-W00'))).toBe('2026 has no week 0.');
    expect(issue(WeekCell.safeParse('soon'))).toBe('A week such as 2026-W48 or 2026-48, or a date in it.');
  });

  it('gives a Sunday no later than any date it is given, at most 6 days before (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const date = d.toISOString().slice(0, 10);
          const sunday = ok<string>(WeekCell.safeParse(date));
          expect(new Date(`${sunday}T00:00:00Z`).getUTCDay()).toBe(0);
          const gap = (Date.parse(date) - Date.parse(sunday)) / 86_400_000;
          expect(gap).toBeGreaterThanOrEqual(0);
          expect(gap).toBeLessThanOrEqual(6);
        },
      ),
    );
  });
});

describe('DateTimeCell', () => {
  it.each([
    ['2026-02-03 08:15:13', { date: '2026-02-03', time: '08:15:13', offsetMinutes: null }],
    ['2026-02-03T08:15', { date: '2026-02-03', time: '08:15:00', offsetMinutes: null }],
    ['2/3/2026 8:15 PM', { date: '2026-02-03', time: '20:15:00', offsetMinutes: null }],
    ['2/3/2026, 12:05:09 AM', { date: '2026-02-03', time: '00:05:09', offsetMinutes: null }],
    ['2026-02-03T16:15:13Z', { date: '2026-02-03', time: '16:15:13', offsetMinutes: 0 }],
    ['2026-02-03T08:15:13.250-08:00', { date: '2026-02-03', time: '08:15:13', offsetMinutes: -480 }],
    ['2026-07-03 08:15 PDT', { date: '2026-07-03', time: '08:15:00', offsetMinutes: -420 }],
    ['2026-02-03 08:15:13 +0530', { date: '2026-02-03', time: '08:15:13', offsetMinutes: 330 }],
  ])('%s', (text, value) => {
    expect(ok(DateTimeCell.safeParse(text))).toEqual(value);
  });

  it.each([
    '2026-02-30 08:00',
    '2026-13-01 08:00',
    '2026-02-03 24:00',
    '2026-02-03 13:00 PM',
    '2026-02-03',
    'now',
    '2026-02-03 08:00 XYZ',
  ])('refuses %s', (text) => {
    expect(issue(DateTimeCell.safeParse(text))).toBe(
      'A date and time such as 2026-02-03 08:15:13 or 2/3/2026 8:15 AM.',
    );
  });

  it('reads back any ISO instant it is given (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString();
          expect(ok(DateTimeCell.safeParse(iso))).toEqual({
            date: iso.slice(0, 10),
            time: iso.slice(11, 19),
            offsetMinutes: 0,
          });
        },
      ),
    );
  });
});

describe('TransporterCell and SourceCell', () => {
  it('upper-cases a Transporter ID and refuses punctuation', () => {
    expect(ok(TransporterCell.safeParse(' a1b2c3d4e5f6g7 '))).toBe('A1B2C3D4E5F6G7');
    expect(issue(TransporterCell.safeParse('A1B2-C3D4'))).toMatch(/^A Transporter ID/);
  });

  it('names one source one way', () => {
    expect(ok(SourceCell.safeParse('Netradyne'))).toBe('netradyne');
    expect(ok(SourceCell.safeParse('Driveri'))).toBe('netradyne');
    expect(ok(SourceCell.safeParse('eDriving'))).toBe('mentor');
  });
});
