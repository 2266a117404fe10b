import { describe, expect, it } from 'vitest';
import {
  Miles,
  MonthlyDollars,
  modelYear,
  OwnershipCell,
  VanStatusCell,
  VanTypeCell,
} from './import-cells.js';

const err = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues[0]?.message;

describe('fleet spreadsheet cells', () => {
  it('reads miles as fleet reports write them', () => {
    expect(['45,210', '45210 mi', '45210.0', ' 0 '].map((s) => Miles.parse(s))).toEqual([
      45_210, 45_210, 45_210, 0,
    ]);
    expect(err(Miles.safeParse('45210.5'))).toBe('Use whole miles, e.g. 45210.');
    expect(err(Miles.safeParse('-3'))).toBe('Use whole miles, e.g. 45210.');
  });

  it('reads a monthly rate in dollars as cents', () => {
    expect(['$1,250.00', '1250', '1250.5/mo', '19.99'].map((s) => MonthlyDollars.parse(s))).toEqual([
      125_000, 125_000, 125_050, 1_999,
    ]);
    expect(err(MonthlyDollars.safeParse('1.005'))).toContain('dollars and cents');
  });

  it('reads van types, ownership and status by their usual names', () => {
    expect(
      ['EDV', 'Rivian', 'cdv', 'Step van', 'step_van', 'RENTAL'].map((s) => VanTypeCell.parse(s)),
    ).toEqual(['edv', 'edv', 'cdv', 'step_van', 'step_van', 'rental']);
    expect(err(VanTypeCell.safeParse('Sprinter'))).toBe(
      'Unknown van type “Sprinter”: use EDV, CDV, Step van or Rental.',
    );
    expect(
      ['Amazon fleet program', 'AFP', 'Leased', 'lease', 'Rental', 'Owned'].map((s) =>
        OwnershipCell.parse(s),
      ),
    ).toEqual(['amazon_fleet', 'amazon_fleet', 'leased', 'leased', 'rental', 'owned']);
    expect(
      ['Active', 'grounded', 'In shop', 'in_shop', 'Returned'].map((s) => VanStatusCell.parse(s)),
    ).toEqual(['active', 'grounded', 'in_shop', 'in_shop', 'returned']);
  });

  it('takes model years from 1981 to next year', () => {
    const year = modelYear('2025-06-01');
    expect(year.parse('2026')).toBe(2026);
    expect(err(year.safeParse('2027'))).toBe('At most 2026.');
    expect(err(year.safeParse('1980'))).toContain('1981');
    expect(err(year.safeParse('23'))).toBe('Use a four-digit model year, e.g. 2023.');
  });
});
