import { describe, expect, it } from 'vitest';
import { myWeek } from './my-week.js';
import { ruleSetFor } from './rule-sets.js';
import { intervalsFromClock } from './workday.js';
import { computeWorkweek } from './workweek.js';

// Issue 15 item 10: every number that pays a DA, as the DA reads it. CA Labor Code §512 and §226.7: a
// 10 h day whose meal starts 5 h 01 min in = 8 REG + 2 OT + 1 meal-premium hour at the regular rate.

const weekStart = '2026-11-15';
const rules = ruleSetFor('CA', weekStart);
const days = [
  {
    date: '2026-11-16',
    work: intervalsFromClock([
      ['06:00', '11:01'],
      ['11:31', '16:30'],
    ]),
  },
];
const result = computeWorkweek({ weekStart, days, rules });
const clock = (_date: string, m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const base = { weekStart, days, problems: [], result, rules, hourlyCents: 2000, ledger: [], clock };
const mealResolved = (resolution: string) => [
  { date: '2026-11-16', kind: 'meal', status: 'resolved' as const, resolution, reason: 'Checked' },
];

describe('my week', () => {
  it('a premium under review is shown with its law and counted in the pay', () => {
    const week = myWeek({ ...base, exceptions: [] });
    expect(week.premiums).toEqual([
      expect.objectContaining({ kind: 'meal', status: 'reviewing', why: expect.stringContaining('§512') }),
    ]);
    expect(week.pay?.totalCents).toBe(16000 + 6000 + 2000);
    expect(week.days[1]).toMatchObject({ meals: [{ from: '11:01', to: '11:31', minutes: 30 }] });
  });

  it('a premium the manager settled otherwise (a waiver on file) is shown as not owed and not paid', () => {
    const week = myWeek({ ...base, exceptions: mealResolved('waiver') });
    expect(week.premiums[0]).toMatchObject({ status: 'settled', reason: 'Checked' });
    expect(week.pay?.totalCents).toBe(16000 + 6000);
  });

  it('a premium owed reads paid once the ledger line is paid; no rate on file, no pay is made up', () => {
    const paid = myWeek({
      ...base,
      exceptions: mealResolved('premium'),
      ledger: [{ workday: '2026-11-16', kind: 'meal', paidAt: '2026-11-27T00:00:00Z' }],
    });
    expect(paid.premiums[0]?.status).toBe('paid');
    expect(myWeek({ ...base, hourlyCents: null, exceptions: [] }).pay).toBeNull();
  });
});
