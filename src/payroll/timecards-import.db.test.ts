import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadImport } from '../app/testing.js';
import { must } from '../fleet/test-kit.js';
import { at, givenPayroll, type PayrollScenario } from './testing.js';

// Issue 15 item 1: the `timecards` import kind — ADP Workforce Now's group timecard ("LAST, FIRST",
// 12-hour times, exact duplicate rows), Paycom's punch file and Gusto's export; DAs matched by the
// remembered employee number, then by name; unknown people kept and listed to link; idempotent.

const MON = '2026-11-16';
const ADP = [
  'Name,Position ID,Date,Time In,Time Out,Hours,Out Type,Pay Code,Department',
  '"PAYROLL, ANA",00G000562,11/16/2026,07:00 AM,11:00 AM,4.00,Meal Punch,REG,DAU5',
  '"PAYROLL, ANA",00G000562,11/16/2026,11:30 AM,03:30 PM,4.00,No Meal,REG,DAU5',
  '"PAYROLL, ANA",00G000562,11/16/2026,11:30 AM,03:30 PM,4.00,No Meal,REG,DAU5',
  '"ACKER, MARY",00G000999,11/16/2026,04:00 PM,12:30 AM,8.50,No Meal,REG,DAU5',
].join('\n');

describe('the timecards import', () => {
  let s: PayrollScenario;
  const upload = async (name: string, content: string) =>
    must(await uploadImport(s.manager, 'timecards', name, content, { stationId: s.stationId }), 200).json();
  const punchesOf = async (who: PayrollScenario['ana']) =>
    must(await who.phone.request('GET', `/api/v1/me/punches?week=${MON}`), 200).json().items;

  beforeAll(async () => {
    s = await givenPayroll();
  });
  afterAll(() => s.close());

  it('stores ADP’s punch pairs once, matched by "LAST, FIRST", and keeps an unknown person to link', async () => {
    const result = await upload('adp-week47.csv', ADP);
    expect(result).toMatchObject({ status: 'committed', created: 3, unchanged: 1 });
    expect(result.unmatched).toMatchObject({ field: 'employee number', ids: ['00G000999'], rows: 1 });
    const ana = await punchesOf(s.ana);
    expect(ana.map((p: { kind: string; at: string }) => [p.kind, p.at])).toEqual([
      ['in', at(MON, '07:00')],
      ['out', at(MON, '11:00')],
      ['in', at(MON, '11:30')],
      ['out', at(MON, '15:30')],
    ]);
    expect(ana[0]).toMatchObject({ source: 'import', employeeNumber: '00G000562', workday: MON });
    const unlinked = must(
      await s.manager.request('GET', '/api/v1/payroll/employee-numbers?unlinked=true'),
      200,
    ).json();
    expect(unlinked.items).toEqual([{ employeeNumber: '00G000999', name: 'ACKER, MARY', driverId: null }]);
  });

  it('importing the same file again changes nothing', async () => {
    const again = await upload('adp-week47.csv', ADP);
    expect(again).toMatchObject({ status: 'committed', created: 0, updated: 0, unchanged: 4 });
    expect(await punchesOf(s.ana)).toHaveLength(4);
  });

  it('linking the unknown number gives the DA its punches, the shift past midnight on one workday', async () => {
    must(
      await s.manager.request('PUT', '/api/v1/payroll/employee-numbers/00G000999', { driverId: s.bo.id }),
      200,
    );
    const bo = await punchesOf(s.bo);
    expect(bo.map((p: { kind: string; at: string; workday: string }) => [p.kind, p.at, p.workday])).toEqual([
      ['in', at(MON, '16:00'), MON],
      ['out', at('2026-11-17', '00:30'), MON],
    ]);
    // Another org cannot link to it or see it.
    expect(
      (await s.beta.owner.request('PUT', '/api/v1/payroll/employee-numbers/00G000999', { driverId: s.bo.id }))
        .statusCode,
    ).toBe(404);
  });

  it('Paycom’s punch file goes to the DA the number is remembered for', async () => {
    const paycom = [
      'Employee ID,Department Code,Date,Punch Time,Punch Type,Earning Code,Hours',
      '00G000999,DAU5,11/18/2026,06:58,ID,REG,',
      '00G000999,DAU5,11/18/2026,11:02,OL,,',
      '00G000999,DAU5,11/18/2026,11:33,IL,,',
      '00G000999,DAU5,11/18/2026,15:31,OD,REG,8.05',
    ].join('\n');
    expect(await upload('paycom.csv', paycom)).toMatchObject({
      status: 'committed',
      created: 4,
      unmatched: null,
    });
    const wed = (await punchesOf(s.bo)).filter((p: { workday: string }) => p.workday === '2026-11-18');
    expect(wed.map((p: { kind: string }) => p.kind)).toEqual(['in', 'meal_start', 'meal_end', 'out']);
  });

  it('Gusto’s export matches first and last name, and remembers the number', async () => {
    const gusto = [
      'first_name,last_name,gusto_employee_id,date,clock in,clock out',
      'Ana,Payroll,g-77,2026-11-19,8:00 AM,12:00 PM',
    ].join('\n');
    const result = await upload('gusto.csv', gusto);
    expect(result).toMatchObject({ status: 'committed', created: 1, unmatched: null });
    const numbers = must(await s.manager.request('GET', '/api/v1/payroll/employee-numbers'), 200).json()
      .items;
    expect(numbers).toContainEqual({ employeeNumber: 'g-77', name: 'Payroll, Ana', driverId: s.ana.id });
    const thursday = async () =>
      (await punchesOf(s.ana))
        .filter((p: { workday: string }) => p.workday === '2026-11-19')
        .map((p: { kind: string }) => p.kind);
    expect(await thursday()).toEqual(['in', 'out']);
    // Undo removes the punches the import stored.
    must(await s.manager.request('POST', `/api/v1/imports/${result.id}/undo`), 200);
    expect(await thursday()).toEqual([]);
  });

  it('a bad file stores nothing and names every bad cell', async () => {
    const bad = [
      'Name,Position ID,Date,Time In,Time Out',
      '"PAYROLL, ANA",00G000562,11/20/2026,25:10 AM,11:00 AM',
      '"PAYROLL, ANA",,11/20/2026,11:30 AM,03:30 PM',
    ].join('\n');
    const res = await uploadImport(s.manager, 'timecards', 'bad.csv', bad, { stationId: s.stationId });
    const body = res.json();
    expect(body.status).toBe('rejected');
    expect(body.errors).toEqual([
      { row: 2, column: 'Time In', message: 'Use a time of day such as 09:17 AM or 17:05.' },
      { row: 3, column: 'Position ID', message: 'Employee number is required.' },
    ]);
    expect((await punchesOf(s.ana)).filter((p: { workday: string }) => p.workday === '2026-11-20')).toEqual(
      [],
    );
  });

  it('a dispatcher may not import timecards', async () => {
    const res = await uploadImport(s.dispatcher, 'timecards', 'adp.csv', ADP, { stationId: s.stationId });
    expect(res.statusCode).toBe(403);
  });
});
