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

  it('splits a delayed route’s time past its plan: the delay is waiting (its last minutes), the rest overrun', () => {
    // Texas, one day: 06:00–17:00 is 11 hours on a 9-hour plan, 45 minutes of it waiting for the truck.
    const [week] = priceRiskWeek({
      weekStart: WEEK,
      rulesFor: () => ruleSetFor('TX', WEEK),
      work: [{ ...(longWeek('s')[0] as WorkStretch), end: at(17), delayMinutes: 45 }],
      damages: [],
    });
    expect(week?.waiting).toEqual({
      routes: 1,
      minutes: 45,
      cents: 1500,
      reimbursedCents: null,
      amazonMinutes: null,
    });
    expect(week?.overrun).toEqual({ routes: 1, minutes: 75, cents: 2500 });
    // The route code carries its overrun only: waiting is not a route planned short.
    expect(week?.byRoute).toEqual([{ code: 'CX10', runs: 1, overruns: 1, overrunMinutes: 75, cents: 2500 }]);
    expect(week?.totalCents).toBe(4000);
  });

  it('counts waiting in full when the route then ran inside its plan, at the overtime it fell in', () => {
    const [week] = priceRiskWeek({
      weekStart: WEEK,
      rulesFor: () => ruleSetFor('CA', WEEK),
      work: [{ ...(longWeek('s')[0] as WorkStretch), end: at(15), delayMinutes: 90 }],
      damages: [],
    });
    // 9 hours worked: the last 60 minutes of the 90 waited are California daily overtime.
    expect(week?.waiting).toMatchObject({ routes: 1, minutes: 90, cents: 1000 + 3000 });
    expect(week?.overrun).toEqual({ routes: 0, minutes: 0, cents: 0 });
  });

  it('prices a late cancel at the DA’s paid shift, premiums only on days that ran past plan, and sets Amazon’s payments beside them', () => {
    const [mon, tue] = longWeek('s') as [WorkStretch, WorkStretch];
    const [week] = priceRiskWeek({
      weekStart: WEEK,
      rulesFor: () => ruleSetFor('CA', WEEK),
      work: [mon, { ...tue, end: at(15) }],
      damages: [],
      lateCancels: [
        { stationId: 's', date: addDays(WEEK, 3), code: 'CX11', rateCents: 2000, paidMinutes: 600 },
        { stationId: 's', date: addDays(WEEK, 4), code: 'CX12', rateCents: null, paidMinutes: 480 },
      ],
      premiums: [
        { stationId: 's', date: mon.date, driverId: 'da-1', rateCents: 2000, hours: 1 },
        // Tuesday ran inside its plan: its premium is not the long route's doing.
        { stationId: 's', date: tue.date, driverId: 'da-1', rateCents: 2000, hours: 1 },
      ],
      reimbursed: [
        {
          stationId: 's',
          waitingCents: 0,
          amazonDelayMinutes: null,
          lateCancelCents: 20_000,
          lateCancelsPaid: 1,
        },
      ],
    });
    // Paid, not worked: ten hours at the regular $20, no overtime.
    expect(week?.lateCancel).toEqual({
      count: 2,
      minutes: 1080,
      cents: 20_000,
      reimbursedCents: 20_000,
      paid: 1,
    });
    expect(week?.unpricedMinutes).toBe(480);
    expect(week?.premium).toEqual({ count: 1, hours: 1, cents: 2000 });
    expect(week?.totalCents).toBe(3000 + 20_000 + 2000);
    expect(week?.reimbursedCents).toBe(20_000);
  });
});
