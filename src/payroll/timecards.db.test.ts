import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../fleet/test-kit.js';
import { DEFAULT_ORG_CAPS, ruleSetFor } from './domain/rule-sets.js';
import { intervalsFromClock } from './domain/workday.js';
import { computeWorkweek } from './domain/workweek.js';
import { givenPayroll, type PayrollScenario, phonePunch } from './testing.js';

// Issue 15 item 9: the managers' timecards grid, computed from stored punches by the same pure
// function as `payroll check`, and the rules in force for a station.

const SUN = '2026-11-15';
const MON = '2026-11-16';
const TUE = '2026-11-17';
const WED = '2026-11-18';

type Pairs = [string, string][];
/** Each DA's known week: local intervals worked, a gap between two being the meal. */
const ANA: Record<string, Pairs> = {
  [MON]: [
    ['06:00', '11:00'],
    ['11:30', '19:30'],
  ],
  [TUE]: [
    ['07:00', '11:00'],
    ['11:30', '15:30'],
  ],
};
const BO: Record<string, Pairs> = {
  [WED]: [
    ['07:00', '12:01'],
    ['12:31', '17:30'],
  ],
};

describe('payroll timecards and rules', () => {
  let s: PayrollScenario;
  let texasId: string;
  const timecards = (who: PayrollScenario['owner'], stationId: string, week: string) =>
    who.request('GET', `/api/v1/payroll/timecards?stationId=${stationId}&week=${week}`);
  const punchWeek = async (who: PayrollScenario['ana'], week: Record<string, Pairs>) => {
    for (const [date, pairs] of Object.entries(week))
      for (const [k, [from, to]] of pairs.entries()) {
        const kinds = [k === 0 ? 'in' : 'meal_end', k === pairs.length - 1 ? 'out' : 'meal_start'];
        for (const [kind, time] of [
          [kinds[0], from],
          [kinds[1], to],
        ] as const)
          must(
            await who.phone.request('POST', '/api/v1/me/punches', phonePunch(kind as string, date, time)),
            201,
          );
      }
  };
  const pure = (week: Record<string, Pairs>) =>
    computeWorkweek({
      weekStart: SUN,
      days: Object.entries(week).map(([date, pairs]) => ({ date, work: intervalsFromClock(pairs) })),
      rules: ruleSetFor('CA', SUN),
      caps: DEFAULT_ORG_CAPS,
    });

  beforeAll(async () => {
    s = await givenPayroll();
    await punchWeek(s.ana, ANA);
    await punchWeek(s.bo, BO);
    texasId = must(
      await s.owner.request('POST', '/api/v1/stations', {
        code: 'DFW9',
        name: 'Dallas',
        timeZone: 'America/Chicago',
        state: 'TX',
      }),
      201,
    ).json().id;
  });
  afterAll(() => s.close());

  it('a CA DA’s 13 h day is 8 REG + 4 OT + 1 DT (CA Labor Code §510), as the pure function computes it', async () => {
    // Any date of the week answers the week from its Sunday.
    const body = must(await timecards(s.dispatcher, s.stationId, WED), 200).json();
    expect(body).toMatchObject({ weekStart: SUN, ruleSet: 'California (Wage Order 9)' });
    expect(body.rows.map((r: { name: string }) => r.name)).toEqual(['Ana Payroll', 'Bo Payroll']);
    const [ana, bo] = body.rows;
    expect(ana.days).toHaveLength(7);
    const monday = ana.days[1];
    expect(monday).toMatchObject({
      date: MON,
      workedMinutes: 13 * 60,
      minutes: { REG: 480, OT: 240, DT: 60 },
    });
    // The 13 h day owed a second meal: the violation names its rule and law, and it is an open exception.
    expect(monday.violations).toEqual([
      expect.objectContaining({ rule: 'ca-second-meal', citation: 'CA Labor Code §512' }),
    ]);
    const open = must(
      await s.dispatcher.request(
        'GET',
        `/api/v1/payroll/exceptions?stationId=${s.stationId}&date=${MON}&status=open`,
      ),
      200,
    ).json().items;
    expect(monday.openExceptions).toBe(open.length);
    // The queue names the DA, as its page shows them.
    expect(open).toContainEqual(expect.objectContaining({ kind: 'meal', driverName: 'Ana Payroll' }));
    expect(ana.days[2]).toMatchObject({ date: TUE, minutes: { REG: 480, OT: 0, DT: 0 }, violations: [] });

    const expected = pure(ANA);
    expect(ana.totals.minutes).toEqual(expected.minutes);
    // The staff page reads the English; the catalogue words are for a DA's own page.
    expect(ana.days.flatMap((d: { violations: unknown[] }) => d.violations)).toEqual(
      expected.violations.map(({ said: _, ...v }) => v),
    );
    expect(ana.totals.workedMinutes).toBe(21 * 60);

    // A 10 h day whose meal starts 5 h 01 min in: 8 REG + 2 OT + 1 meal-premium hour (labor-rules.md).
    const boExpected = pure(BO);
    expect(bo.totals).toMatchObject({
      minutes: { REG: 480, OT: 120, DT: 0 },
      mealPremiumHours: 1,
      restPremiumHours: 0,
    });
    expect(bo.totals.minutes).toEqual(boExpected.minutes);
    expect(bo.days[3].premiums).toEqual(boExpected.premiums);
  });

  it('a week with no punches has no rows; a bad week is refused naming the field', async () => {
    expect(must(await timecards(s.owner, s.stationId, '2026-10-05'), 200).json().rows).toEqual([]);
    const bad = await timecards(s.owner, s.stationId, '2026-13-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toContain('week');
  });

  it('station scoping: a dispatcher of DAU5 gets 404 for another station, as does another org', async () => {
    expect((await timecards(s.dispatcher, texasId, SUN)).statusCode).toBe(404);
    expect((await s.dispatcher.request('GET', `/api/v1/payroll/rules?stationId=${texasId}`)).statusCode).toBe(
      404,
    );
    expect((await timecards(s.beta.owner, s.stationId, SUN)).statusCode).toBe(404);
    expect(
      (await s.beta.owner.request('GET', `/api/v1/payroll/rules?stationId=${s.stationId}`)).statusCode,
    ).toBe(404);
    // Beta's own station shows none of acme's DAs.
    expect(must(await timecards(s.beta.owner, s.beta.stationId, SUN), 200).json().rows).toEqual([]);
    // A DA reads no one's timecards.
    expect((await timecards(s.ana.phone, s.stationId, SUN)).statusCode).toBe(403);
  });

  it('the rules in force: California’s with their citations, Texas federal only, and the org’s caps', async () => {
    const ca = must(
      await s.manager.request('GET', `/api/v1/payroll/rules?stationId=${s.stationId}`),
      200,
    ).json();
    expect(ca.ruleSet.jurisdiction).toBe('CA');
    expect(ca.ruleSet.rules).toContainEqual(
      expect.objectContaining({
        id: 'ca-daily-ot',
        type: 'daily_overtime',
        multiplier: 1.5,
        payCode: 'OT',
        citation: 'CA Labor Code §510',
        terms: ['over 8 h in a workday'],
      }),
    );
    expect(ca.ruleSet.rules.find((r: { id: string }) => r.id === 'ca-first-meal').terms).toContain(
      'starts by 5 h worked',
    );
    expect(ca.caps).toMatchObject({ maxDayMinutes: 12 * 60, maxRolling7DaysMinutes: 60 * 60 });
    const tx = must(await s.owner.request('GET', `/api/v1/payroll/rules?stationId=${texasId}`), 200).json();
    expect(tx.ruleSet).toMatchObject({ jurisdiction: 'US', rules: [{ id: 'flsa-weekly-ot' }] });
  });
});
