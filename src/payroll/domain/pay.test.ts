import { describe, expect, it } from 'vitest';
import { computePay, type PayInput } from './pay.js';

/** The worked example of payroll-and-money.md §5: $20/h, 40 REG + 10 OT, a $100 bonus. */
const example: PayInput = {
  hourlyCents: 2000,
  minutes: { REG: 2400, OT: 600, DT: 0 },
  premiumHours: { meal: 0, rest: 0 },
  bonuses: [{ kind: 'flat', label: 'Scorecard bonus', cents: 10_000 }],
  flatBonusMethod: 'federal',
};

describe('the regular rate and pay in cents', () => {
  it('29 CFR 778.110 (federal): ($1,000 + $100) ÷ 50 h = $22, half-time on 10 OT h: $1,210.00', () => {
    const pay = computePay(example);
    expect(pay.totalCents).toBe(121_000);
    expect(pay.regularRateCents).toBe(2200);
    expect(pay.lines).toMatchObject([
      { label: 'Regular', arithmetic: '40 h × $20.00/h = $800.00', cents: 80_000 },
      { label: 'Overtime', arithmetic: '10 h × $20.00/h × 1.5 = $300.00', cents: 30_000 },
      { label: 'Scorecard bonus', arithmetic: '$100.00', cents: 10_000 },
      {
        label: 'Overtime on Scorecard bonus',
        arithmetic: '$100.00 ÷ 50 h worked = $2.00/h; 10 h × $2.00/h × 0.5 = $10.00',
        cents: 1000,
      },
    ]);
  });

  it('Alvarado v. Dart Container (California, flat bonus): $100 ÷ 40 non-OT h × 1.5 × 10 h = $37.50: $1,237.50', () => {
    const pay = computePay({ ...example, flatBonusMethod: 'california' });
    expect(pay.totalCents).toBe(123_750);
    expect(pay.lines.at(-1)).toMatchObject({
      label: 'Overtime on Scorecard bonus',
      arithmetic: '$100.00 ÷ 40 h non-overtime = $2.50/h; 10 h × $2.50/h × 1.5 = $37.50',
      cents: 3750,
    });
  });

  it('Ferra v. Loews (CA Labor Code §226.7): the meal premium is paid at the regular rate, $22.50, not $20', () => {
    const pay = computePay({ ...example, flatBonusMethod: 'california', premiumHours: { meal: 1, rest: 1 } });
    expect(pay.lines.slice(-2)).toMatchObject([
      {
        label: 'Meal premium',
        arithmetic: '1 h × regular rate $22.50/h ($20.00/h base + $2.50/h Scorecard bonus) = $22.50',
        cents: 2250,
      },
      {
        label: 'Rest premium',
        arithmetic: '1 h × regular rate $22.50/h ($20.00/h base + $2.50/h Scorecard bonus) = $22.50',
        cents: 2250,
      },
    ]);
    expect(pay.totalCents).toBe(123_750 + 4500);
  });

  it('DLSE Manual §49: per-stop pay enters the rate over all hours even in California; DT adds the full rate', () => {
    const pay = computePay({
      hourlyCents: 2000,
      minutes: { REG: 480, OT: 240, DT: 60 },
      premiumHours: { meal: 1, rest: 0 },
      bonuses: [{ kind: 'production', label: 'Per-stop pay', cents: 3900 }],
      flatBonusMethod: 'california',
    });
    // $39 ÷ 13 h = $3/h: OT 4 h × $3 × 0.5 = $6, DT 1 h × $3 × 1 = $3; premium at $23.
    expect(pay.lines.map((l) => [l.label, l.cents])).toEqual([
      ['Regular', 16_000],
      ['Overtime', 12_000],
      ['Double time', 4000],
      ['Per-stop pay', 3900],
      ['Overtime on Per-stop pay', 600],
      ['Double time on Per-stop pay', 300],
      ['Meal premium', 2300],
    ]);
    expect(pay.totalCents).toBe(39_100);
  });

  it('rounds each line to the cent and shows a rate that is not whole cents to four places', () => {
    const pay = computePay({
      hourlyCents: 1999,
      minutes: { REG: 2400, OT: 7, DT: 0 },
      premiumHours: { meal: 0, rest: 0 },
      bonuses: [{ kind: 'flat', label: 'Bonus', cents: 1000 }],
      flatBonusMethod: 'california',
    });
    // 7 min × $19.99 × 1.5 = $3.49825 → $3.50; $10 ÷ 40 h = 25 ¢/h; 7 min × 25 ¢ × 1.5 = 4.375 ¢ → 4 ¢.
    expect(pay.lines.map((l) => l.cents)).toEqual([79_960, 350, 1000, 4]);
    expect(
      computePay({
        ...example,
        bonuses: [{ kind: 'flat', label: 'B', cents: 10_000 }],
        minutes: { REG: 2400, OT: 620, DT: 0 },
      }).lines.at(-1)?.arithmetic,
    ).toBe('$100.00 ÷ 50 h 20 min worked = $1.9868/h; 10 h 20 min × $1.9868/h × 0.5 = $10.26');
  });
});
