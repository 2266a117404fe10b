import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../fleet/test-kit.js';
import { at, givenPayroll, type PayrollScenario, phonePunch } from './testing.js';

// Issue 15 item 8: a pay period closes only when its exceptions are resolved (an owner may close over
// them with a reason); its totals freeze at close; each export is recorded and downloads byte for byte.

const SUN = '2026-11-15';
const MON = '2026-11-16';
const WED = '2026-11-18';
const NEXT_MON = '2026-11-23';

const CODES = { REG: 'REG', OT: 'OVT', DT: 'DBL', MEAL: 'MLP', REST: 'RSP' };
const provider = (companyCode: string) => ({ companyCode, codes: CODES });
const SETTINGS = {
  frequency: 'weekly',
  firstPeriodStart: SUN,
  providers: {
    adp_wfn: provider('AB'),
    adp_run: provider('R1ABC'),
    paychex: provider('1234'),
    gusto: provider(''),
    paycom: provider(''),
  },
};

interface Period {
  start: string;
  status: string;
  openExceptions: number;
  das: number;
  minutes: Record<string, number>;
  record: { id: string; overrideReason: string | null; openExceptionsAtClose: number } | null;
  exports: { id: string; provider: string; sha256: string; bytes: number; createdBy: string }[];
}

describe('pay periods', () => {
  let s: PayrollScenario;
  const periods = async (who = s.manager): Promise<Period[]> =>
    must(await who.request('GET', '/api/v1/payroll/pay-periods?count=26'), 200).json().items;
  const period = async (start: string, who = s.manager) =>
    (await periods(who)).find((p) => p.start === start) as Period;
  const punch = async (who: PayrollScenario['ana'], kind: string, date: string, hhmm: string) =>
    must(await who.phone.request('POST', '/api/v1/me/punches', phonePunch(kind, date, hhmm)), 201);
  const close = (who: PayrollScenario['owner'], body: Record<string, unknown>) =>
    who.request('POST', '/api/v1/payroll/pay-periods/close', body);

  beforeAll(async () => {
    s = await givenPayroll();
    // What the providers key on and what premiums are priced at.
    for (const [id, number] of [
      [s.ana.id, '101'],
      [s.bo.id, '102'],
    ] as const)
      await s.t.db.db
        .updateTable('drivers')
        .set({ employee_id: number, hourly_rate_cents: 2000 })
        .where('id', '=', id)
        .execute();
    // Ana: a 10-hour day in California (8 REG + 2 OT, CA Labor Code §510) with a meal on time.
    await punch(s.ana, 'in', MON, '07:00');
    await punch(s.ana, 'meal_start', MON, '11:00');
    await punch(s.ana, 'meal_end', MON, '11:30');
    await punch(s.ana, 'out', MON, '17:30');
    // Bo: a late meal (started 5 h 01 min in), an open exception.
    await punch(s.bo, 'in', WED, '07:00');
    await punch(s.bo, 'meal_start', WED, '12:01');
    await punch(s.bo, 'meal_end', WED, '12:31');
    await punch(s.bo, 'out', WED, '15:01');
  });
  afterAll(() => s.close());

  it('the owner sets the frequency, first period and pay codes (audited); others may not, and a period starts a workweek', async () => {
    expect((await s.manager.request('PUT', '/api/v1/payroll/settings', SETTINGS)).statusCode).toBe(403);
    const monday = await s.owner.request('PUT', '/api/v1/payroll/settings', {
      ...SETTINGS,
      firstPeriodStart: MON,
    });
    expect(monday.statusCode).toBe(400);
    expect(monday.json().errors).toEqual([
      { path: 'firstPeriodStart', message: expect.stringContaining('Sunday') },
    ]);
    must(await s.owner.request('PUT', '/api/v1/payroll/settings', SETTINGS), 200);
    const got = must(await s.dispatcher.request('GET', '/api/v1/payroll/settings'), 200).json();
    // Left out, the workweek's first day and the caps stay as they were (the defaults here).
    expect(got.settings).toEqual({
      ...SETTINGS,
      workweekStartsOn: 0,
      caps: { maxDayMinutes: 720, maxRolling7DaysMinutes: 3600, maxDaysIn7: 6, overtimeNeedsApproval: true },
    });
    expect(got.providers.map((p: { id: string }) => p.id)).toEqual([
      'adp_wfn',
      'adp_run',
      'paychex',
      'gusto',
      'paycom',
    ]);
    const audit = must(await s.owner.request('GET', '/api/v1/audit?entity=payroll_settings'), 200).json();
    expect(audit.items).toHaveLength(1);
  });

  it('an open period counts its open exceptions, DAs and hours by pay code', async () => {
    expect(await period(SUN)).toMatchObject({
      status: 'open',
      // Bo's late meal, and Ana's overtime not approved in advance (the org's cap).
      openExceptions: 2,
      das: 2,
      minutes: { REG: 8 * 60 + 7 * 60 + 31, OT: 120, DT: 0, MEAL: 0, REST: 0 },
      record: null,
    });
  });

  it('refuses to close while an exception is open (409 naming the count); only an owner closes over it', async () => {
    const refused = await close(s.manager, { start: SUN });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('2 exceptions are still open');
    expect((await close(s.manager, { start: SUN, overrideReason: 'payday' })).statusCode).toBe(403);
    expect((await close(s.manager, { start: MON })).statusCode).toBe(404);
  });

  it('resolved, it closes: totals freeze, premiums are paid by the period and later punches change nothing', async () => {
    const open = must(
      await s.manager.request('GET', `/api/v1/payroll/exceptions?stationId=${s.stationId}&status=open`),
      200,
    ).json().items as { id: string; kind: string }[];
    expect(open.map((e) => e.kind).sort()).toEqual(['meal', 'unapproved_overtime']);
    for (const e of open)
      must(
        await s.manager.request('POST', `/api/v1/payroll/exceptions/${e.id}/resolve`, {
          resolution: e.kind === 'meal' ? 'premium' : 'overtime_approved',
          reason: e.kind === 'meal' ? 'Late meal, no waiver' : 'Rescue approved by phone',
        }),
        200,
      );
    const closed = must(await close(s.manager, { start: SUN }), 200).json();
    expect(closed).toMatchObject({ start: SUN, end: '2026-11-21', status: 'closed', overrideReason: null });
    expect((await close(s.manager, { start: SUN })).statusCode).toBe(409);

    const premiums = must(
      await s.manager.request('GET', `/api/v1/payroll/premiums?driverId=${s.bo.id}`),
      200,
    ).json();
    expect(premiums.unpaidHours).toBe(0);
    expect(premiums.items[0].paidAt).not.toBeNull();

    const frozen = await period(SUN);
    must(
      await s.manager.request('POST', '/api/v1/payroll/punches', {
        driverId: s.ana.id,
        stationId: s.stationId,
        kind: 'in',
        at: at('2026-11-17', '07:00'),
        reason: 'Forgot to clock in',
      }),
      201,
    );
    // The new punch raises an exception of its own, but the closed period's totals stay as frozen.
    const later = await period(SUN);
    expect(later.openExceptions).toBe(1);
    expect({ ...later, openExceptions: 0 }).toEqual(frozen);
    expect(frozen.minutes).toEqual({ REG: 931, OT: 120, DT: 0, MEAL: 60, REST: 0 });
  });

  it('exports are recorded with their SHA-256 and size, download again byte for byte, and repeat the same bytes', async () => {
    const { record } = await period(SUN);
    const id = record?.id as string;
    const run = must(
      await s.manager.request('POST', `/api/v1/payroll/pay-periods/${id}/exports`, { provider: 'adp_run' }),
      201,
    ).json();
    const file = must(
      await s.manager.request('GET', `/api/v1/payroll/pay-period-exports/${run.id}/file`),
      200,
    );
    expect(file.headers['content-disposition']).toBe('attachment; filename="Weekly-11152026-11212026.csv"');
    expect(file.body).toBe(
      '##GENERIC## V1.0\r\n' +
        'IID,Pay Frequency,Pay Period Start Date,Pay Period End Date,Employee ID,Earnings Code,Pay Hours,Dollars,Separate Check,Worked In Dept,Rate Code\r\n' +
        'R1ABC,W,11/15/2026,11/21/2026,000101,REG,8.00,,0,,BASE\r\n' +
        'R1ABC,W,11/15/2026,11/21/2026,000101,OVT,2.00,,0,,BASE\r\n' +
        'R1ABC,W,11/15/2026,11/21/2026,000102,REG,7.52,,0,,BASE\r\n' +
        'R1ABC,W,11/15/2026,11/21/2026,000102,MLP,,20.00,0,,\r\n',
    );
    expect(run.sha256).toBe(createHash('sha256').update(file.rawPayload).digest('hex'));
    expect(run.bytes).toBe(file.rawPayload.length);
    const again = must(
      await s.owner.request('POST', `/api/v1/payroll/pay-periods/${id}/exports`, { provider: 'adp_run' }),
      201,
    ).json();
    expect(again.sha256).toBe(run.sha256);
    expect((await period(SUN)).exports.map((e) => e.provider)).toEqual(['adp_run', 'adp_run']);

    // Gusto needs no codes; a provider missing what it needs is refused, naming it.
    must(
      await s.manager.request('POST', `/api/v1/payroll/pay-periods/${id}/exports`, { provider: 'gusto' }),
      201,
    );
    const blank = { companyCode: '', codes: { REG: '', OT: '', DT: '', MEAL: '', REST: '' } };
    must(
      await s.owner.request('PUT', '/api/v1/payroll/settings', {
        ...SETTINGS,
        providers: { ...SETTINGS.providers, paycom: blank },
      }),
      200,
    );
    const paycom = await s.manager.request('POST', `/api/v1/payroll/pay-periods/${id}/exports`, {
      provider: 'paycom',
    });
    expect(paycom.statusCode).toBe(422);
    expect(paycom.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'settings.codes.REG',
      'settings.codes.OT',
      'settings.codes.MEAL',
    ]);
    expect((await period(SUN)).exports.map((e) => e.provider)).toEqual(['gusto', 'adp_run', 'adp_run']);
  });

  it('a station-limited dispatcher reads the periods but cannot export; another org sees none of it', async () => {
    const { record, exports } = await period(SUN);
    const id = record?.id as string;
    expect((await period(SUN, s.dispatcher)).das).toBe(2);
    expect(
      (await s.dispatcher.request('POST', `/api/v1/payroll/pay-periods/${id}/exports`, { provider: 'gusto' }))
        .statusCode,
    ).toBe(403);
    const beta = s.beta.owner;
    expect((await period(SUN, beta)).das).toBe(0);
    expect(
      (await beta.request('POST', `/api/v1/payroll/pay-periods/${id}/exports`, { provider: 'gusto' }))
        .statusCode,
    ).toBe(404);
    expect(
      (await beta.request('GET', `/api/v1/payroll/pay-period-exports/${exports[0]?.id}/file`)).statusCode,
    ).toBe(404);
    expect(
      (await beta.request('POST', `/api/v1/payroll/pay-periods/${id}/reopen`, { reason: 'x' })).statusCode,
    ).toBe(404);
  });

  it('only an owner reopens, with a reason: the premiums are owed again until it closes again', async () => {
    const id = (await period(SUN)).record?.id as string;
    expect(
      (await s.manager.request('POST', `/api/v1/payroll/pay-periods/${id}/reopen`, { reason: 'wrong' }))
        .statusCode,
    ).toBe(403);
    const reopened = must(
      await s.owner.request('POST', `/api/v1/payroll/pay-periods/${id}/reopen`, { reason: 'Missed Tuesday' }),
      200,
    ).json();
    expect(reopened).toMatchObject({ status: 'reopened', reopenReason: 'Missed Tuesday' });
    expect(
      must(await s.manager.request('GET', `/api/v1/payroll/premiums?driverId=${s.bo.id}`), 200).json()
        .unpaidHours,
    ).toBe(1);
    expect(
      (await s.manager.request('POST', `/api/v1/payroll/pay-periods/${id}/exports`, { provider: 'gusto' }))
        .statusCode,
    ).toBe(409);
  });

  it('an owner closes over open exceptions with a reason, kept on the period and in the audit', async () => {
    await punch(s.ana, 'in', NEXT_MON, '07:00');
    expect((await period(NEXT_MON.replace('23', '22'))).openExceptions).toBe(1);
    const closed = must(
      await close(s.owner, {
        start: '2026-11-22',
        overrideReason: 'Payroll is due; Ana’s punch out is being checked',
      }),
      200,
    ).json();
    expect(closed).toMatchObject({
      openExceptionsAtClose: 1,
      overrideReason: expect.stringContaining('Payroll is due'),
    });
    const audit = must(
      await s.owner.request('GET', `/api/v1/audit?entity=pay_period&entityId=${closed.id}`),
      200,
    ).json();
    expect(audit.items).toHaveLength(1);
  });
});
