import { describe, expect, it } from 'vitest';
import { MoneyDate, WstPlannedDuration } from './cells.js';

describe('MoneyDate', () => {
  it.each([
    ['2026-09-06', '2026-09-06'],
    ['9/6/2026', '2026-09-06'],
    ['Sep 06, 2026', '2026-09-06'], // the Variable invoice's route lines
    ['Sun, Sep 06, 2026', '2026-09-06'],
    ['September 6 2026', '2026-09-06'],
  ])('%j → %s', (text, date) => {
    expect(MoneyDate.parse(text)).toBe(date);
  });

  it.each(['Mon, Sep 07', 'Sep 31, 2026', '2026-13-01', 'Sept'])(
    '%j is refused: a real date with its year',
    (text) => {
      expect(MoneyDate.safeParse(text).success).toBe(false);
    },
  );
});

describe('WstPlannedDuration (minutes)', () => {
  it.each([
    ['10:00', 600],
    ['8:00', 480],
    ['9:30', 570],
    ['PT10H', 600],
    ['PT9H30M', 570],
    ['pt8h', 480],
    ['1899-12-30T10:00:00', 600], // a time cell of an .xlsx, as the reader gives it
  ])('%j → %d', (text, minutes) => {
    expect(WstPlannedDuration.parse(text)).toBe(minutes);
  });

  it.each(['PT', 'P1D', '10 o’clock', '', '25:00'])('%j is refused', (text) => {
    expect(WstPlannedDuration.safeParse(text).success).toBe(false);
  });
});
