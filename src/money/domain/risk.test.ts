import { describe, expect, it } from 'vitest';
import { ruleSetFor } from '../../payroll/domain/rule-sets.js';
import { addDays } from '../../shared/days.js';
import { priceRiskWeek, type WorkStretch } from './risk.js';

const WEEK = '2026-11-15'; // a Sunday
const at = (h: number) => h * 60;

/** Five 10-hour routes planned at 9 hours, Monday to Friday, 06:00–16:00, at $20.00 an hour. */
const longWeek = (stationId: string): WorkStretch[] =>
  [1, 2, 3, 4, 5].map((d) => ({
    kind: 'route',
    stationId,
    date: addDays(WEEK, d),
    driverId: 'da-1',
    rateCents: 2000,
    code: 'CX10',
    start: at(6),
    end: at(16),
    plannedMinutes: 540,
  }));

describe('the risk ledger', () => {
  it('prices a route overrun at the overtime it fell in: Texas (weekly overtime only)', () => {
    const [week] = priceRiskWeek({
      weekStart: WEEK,
      rulesFor: () => ruleSetFor('TX', WEEK),
      work: longWeek('tx'),
      damages: [],
    });
    // Mon–Thu's last hour is regular ($20 each); Friday's hours are all past 40 in the week ($30).
    expect(week?.overrun).toEqual({ routes: 5, minutes: 300, cents: 4 * 2000 + 3000 });
    expect(week?.byRoute).toEqual([
      { code: 'CX10', runs: 5, overruns: 5, overrunMinutes: 300, cents: 11000 },
    ]);
    expect(week?.totalCents).toBe(11000);
  });

  it('prices the same week in California, where each day past 8 hours is overtime', () => {
    const [week] = priceRiskWeek({
      weekStart: WEEK,
      rulesFor: () => ruleSetFor('CA', WEEK),
      work: longWeek('ca'),
      damages: [],
    });
    expect(week?.overrun.cents).toBe(5 * 3000);
  });

  it('costs a rescue the rescuer’s whole time, and damage its cost; a DA without a rate is counted, not priced', () => {
    const work: WorkStretch[] = [
      {
        kind: 'route',
        stationId: 's',
        date: addDays(WEEK, 1),
        driverId: 'a',
        rateCents: null,
        code: 'CX1',
        start: at(8),
        end: at(18),
        plannedMinutes: 540,
      },
      {
        kind: 'rescue',
        stationId: 's',
        date: addDays(WEEK, 1),
        driverId: 'b',
        rateCents: 2400,
        code: 'CX1',
        start: at(15),
        end: at(17),
      },
      {
        kind: 'route',
        stationId: 's',
        date: addDays(WEEK, 1),
        driverId: 'b',
        rateCents: 2400,
        code: 'CX2',
        start: at(7),
        end: at(15),
        plannedMinutes: 540,
      },
    ];
    const [week] = priceRiskWeek({
      weekStart: WEEK,
      rulesFor: () => ruleSetFor('TX', WEEK),
      work,
      damages: [{ stationId: 's', date: addDays(WEEK, 2), cents: 125_000 }],
    });
    expect(week?.overrun).toEqual({ routes: 1, minutes: 60, cents: 0 });
    expect(week?.unpricedMinutes).toBe(60);
    expect(week?.rescue).toEqual({ count: 1, minutes: 120, cents: 4800 });
    expect(week?.damage).toEqual({ count: 1, cents: 125_000 });
    expect(week?.totalCents).toBe(4800 + 125_000);
    // A route that ran inside its plan costs nothing and is not listed.
    expect(week?.byRoute.map((r) => r.code)).toEqual(['CX1']);
  });
});
