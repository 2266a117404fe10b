import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../fleet/test-kit.js';
import { at, givenPayroll, type PayrollScenario, phonePunch } from './testing.js';

// Issue 15 item 10: the DA's hours of a week on the phone, with every number that pays them, and a
// question about a day that lands in the exceptions queue in the DA's words. A DA sees only their own.

const MON = '2026-11-16';
const TUE = '2026-11-17';

describe('my payroll on the phone', () => {
  let s: PayrollScenario;
  const punch = async (who: PayrollScenario['ana'], kind: string, date: string, hhmm: string) =>
    must(await who.phone.request('POST', '/api/v1/me/punches', phonePunch(kind, date, hhmm)), 201).json();
  const myWeek = async (who: PayrollScenario['ana'], week = MON) =>
    must(await who.phone.request('GET', `/api/v1/me/payroll/week?week=${week}`), 200).json();
  const ask = (who: PayrollScenario['ana'], workday: string, text: string) =>
    who.phone.request('POST', '/api/v1/me/payroll/questions', { workday, text });

  beforeAll(async () => {
    s = await givenPayroll();
    must(await s.manager.request('PATCH', `/api/v1/drivers/${s.ana.id}`, { hourlyRateCents: 2000 }), 200);
    // CA Labor Code §512 / §510: a 10 h day whose meal starts 5 h 01 min in = 8 REG + 2 OT + 1 meal premium.
    await punch(s.ana, 'in', MON, '06:00');
    await punch(s.ana, 'meal_start', MON, '11:01');
    await punch(s.ana, 'meal_end', MON, '11:31');
    await punch(s.ana, 'out', MON, '16:30');
  });
  afterAll(() => s.close());

  it('shows a day’s work, meal, hours by pay code and the late-meal premium with its law', async () => {
    const week = await myWeek(s.ana);
    expect(week).toMatchObject({ weekStart: '2026-11-15', weekEnd: '2026-11-21', hourlyRateCents: 2000 });
    expect(week.days).toHaveLength(7);
    const mon = week.days.find((d: { date: string }) => d.date === MON);
    expect(mon).toMatchObject({
      worked: [
        { from: '06:00', to: '11:01', minutes: 301 },
        { from: '11:31', to: '16:30', minutes: 299 },
      ],
      meals: [{ from: '11:01', to: '11:31', minutes: 30 }],
      minutes: { REG: 480, OT: 120, DT: 0 },
    });
    expect(week.minutes).toEqual({ REG: 480, OT: 120, DT: 0 });
    expect(week.premiums).toEqual([
      expect.objectContaining({ date: MON, kind: 'meal', hours: 1, status: 'reviewing' }),
    ]);
    expect(week.premiums[0].why).toContain('§512');
  });

  it('pays the hours at the DA’s rate and the premium at the regular rate, with the arithmetic', async () => {
    const { pay } = await myWeek(s.ana);
    // 8 h × $20 = $160; 2 h × $20 × 1.5 = $60; 1 h × $20 = $20.
    expect(pay.lines.map((l: { cents: number }) => l.cents)).toEqual([16000, 6000, 2000]);
    expect(pay.totalCents).toBe(24000);
    expect(pay.lines[2].arithmetic).toContain('$20.00');
  });

  it('a premium the manager settles as owed reads “owed”, with the manager’s reason, and stays in the pay', async () => {
    const items = must(
      await s.manager.request('GET', `/api/v1/payroll/exceptions?stationId=${s.stationId}&date=${MON}`),
      200,
    ).json().items;
    const meal = items.find((e: { kind: string }) => e.kind === 'meal');
    must(
      await s.manager.request('POST', `/api/v1/payroll/exceptions/${meal.id}/resolve`, {
        resolution: 'premium',
        reason: 'Meal started late: premium owed',
      }),
      200,
    );
    const week = await myWeek(s.ana);
    expect(week.premiums[0]).toMatchObject({ status: 'owed', reason: 'Meal started late: premium owed' });
    expect(week.pay.totalCents).toBe(24000);
  });

  it('a question about a day lands in the exceptions queue with the DA’s words; asked again, the words are added', async () => {
    const words = 'My route closed at 19:05 and I was clocked out at 18:30';
    const first = must(await ask(s.ana, MON, words), 201).json();
    expect(first).toMatchObject({ workday: MON, status: 'open', words: [{ text: words }] });
    const again = must(await ask(s.ana, MON, 'The rescue on CX9 ran late too'), 200).json();
    expect(again.id).toBe(first.id);
    expect(again.words.map((w: { text: string }) => w.text)).toEqual([
      words,
      'The rescue on CX9 ran late too',
    ]);
    const queue = must(
      await s.manager.request('GET', `/api/v1/payroll/exceptions?stationId=${s.stationId}&date=${MON}`),
      200,
    ).json().items;
    const question = queue.find((e: { kind: string }) => e.kind === 'da_question');
    expect(question).toMatchObject({ id: first.id, driverId: s.ana.id, status: 'open' });
    expect(question.message).toContain(words);
    expect(question.evidence.questions[0].text).toBe(words);
  });

  it('a question survives the day’s punches changing, and the DA reads the manager’s answer', async () => {
    await punch(s.ana, 'in', TUE, '07:00');
    must(
      await s.manager.request('POST', '/api/v1/payroll/punches', {
        driverId: s.ana.id,
        stationId: s.stationId,
        kind: 'out',
        at: at(TUE, '15:00'),
        reason: 'x',
      }),
      201,
    );
    const { questions } = await myWeek(s.ana);
    expect(questions).toHaveLength(1);
    must(
      await s.manager.request('POST', `/api/v1/payroll/exceptions/${questions[0].id}/resolve`, {
        resolution: 'answered',
        reason: 'Checked the route: the day close shows 18:25, your punch stands',
      }),
      200,
    );
    const answered = (await myWeek(s.ana)).questions[0];
    expect(answered).toMatchObject({
      status: 'resolved',
      resolution: 'answered',
      reason: 'Checked the route: the day close shows 18:25, your punch stands',
    });
    const after = await ask(s.ana, MON, 'Still wrong');
    expect(after.statusCode).toBe(409);
    expect(after.json().detail).toContain('already answered');
  });

  it('“answered” settles only a DA’s question', async () => {
    const items = must(
      await s.manager.request('GET', `/api/v1/payroll/exceptions?stationId=${s.stationId}&status=open`),
      200,
    ).json().items;
    const other = items.find((e: { kind: string }) => e.kind !== 'da_question');
    const res = await s.manager.request('POST', `/api/v1/payroll/exceptions/${other.id}/resolve`, {
      resolution: 'answered',
      reason: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toContain('resolution');
  });

  it('a question needs its words and a day that has happened', async () => {
    const empty = await ask(s.ana, MON, '  ');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toContain('text');
    const future = await ask(s.ana, '2099-01-01', 'Not yet worked');
    expect(future.statusCode).toBe(400);
    expect(future.json().errors[0].path).toContain('workday');
  });

  it('a DA sees only their own hours and questions; staff without a DA record get 403', async () => {
    const bos = await myWeek(s.bo);
    expect(bos.minutes).toEqual({ REG: 0, OT: 0, DT: 0 });
    expect(bos.premiums).toEqual([]);
    expect(bos.questions).toEqual([]);
    expect(bos.pay).toBeNull();
    const mine = must(await ask(s.bo, MON, 'I was not scheduled but got a text'), 201).json();
    expect((await myWeek(s.ana)).questions.map((q: { id: string }) => q.id)).not.toContain(mine.id);
    expect((await s.manager.request('GET', '/api/v1/me/payroll/week')).statusCode).toBe(403);
    expect(
      (await s.beta.owner.request('POST', '/api/v1/me/payroll/questions', { workday: MON, text: 'hello' }))
        .statusCode,
    ).toBe(403);
  });
});
