import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amazonWeekOf, amazonWeekStart, weekFromFileName, weekLabel, weeksEndingAt } from './weeks.js';

describe('Amazon’s weeks (Sunday to Saturday, week 1 holds January 1)', () => {
  it('starts week 1 on the Sunday on or before January 1', () => {
    expect(amazonWeekStart(2026, 1)).toBe('2025-12-28'); // Jan 1 2026 is a Thursday
    expect(amazonWeekStart(2023, 1)).toBe('2023-01-01'); // a Sunday itself
    expect(amazonWeekStart(2026, 48)).toBe('2026-11-22');
  });

  it('has 53 weeks only in a year whose last week holds no January 1', () => {
    expect(amazonWeekStart(2026, 52)).toBe('2026-12-20');
    expect(amazonWeekStart(2026, 53)).toBeNull(); // Dec 27 2026 starts 2027's week 1
    expect(amazonWeekStart(2022, 53)).toBe('2022-12-25'); // Jan 1 2023 is a Sunday
    expect(amazonWeekStart(2026, 0)).toBeNull();
  });

  it('names a week back as the number it was made from (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2090 }), fc.integer({ min: 1, max: 53 }), (year, week) => {
        const start = amazonWeekStart(year, week);
        if (start) expect(amazonWeekOf(start)).toEqual({ year, week });
      }),
    );
  });

  it('labels a week as Amazon’s files do', () => {
    expect(weekLabel('2026-11-22')).toBe('2026-W48');
    expect(weekLabel('2025-12-28')).toBe('2026-W01');
  });

  it('reads the week from Amazon’s file names, or says there is none', () => {
    expect(weekFromFileName('DSP_Overview_Dashboard_ACME_DAU5_2026-W48.csv')).toBe('2026-11-22');
    expect(weekFromFileName('DSP_Overview_Dashboard_Trailing_Six_Week_ACME_DAU5_2026-W05.xlsx')).toBe(
      '2026-01-25',
    );
    expect(weekFromFileName('US_ACME_DAU5_Week48_2026_en_DSPScorecard.pdf')).toBe('2026-11-22');
    expect(weekFromFileName('metrics.csv')).toBeNull();
    expect(weekFromFileName('DSP_Overview_2026-W60.csv')).toBeNull();
  });

  it('lists the weeks of a trend oldest first, ending with the week', () => {
    expect(weeksEndingAt('2026-11-22', 3)).toEqual(['2026-11-08', '2026-11-15', '2026-11-22']);
  });
});
