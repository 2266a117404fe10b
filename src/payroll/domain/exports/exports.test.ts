import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PAYROLL_SETTINGS, PAY_ITEMS, type PayItem, PROVIDERS } from '../pay-periods.js';
import type { ItemTotals } from '../period-totals.js';
import { type ExportPerson, ExportRefused, type PeriodExportInput, WRITERS } from './index.js';

// Golden files per provider (payroll-and-money.md §1): a closed week of three DAs, exact bytes.

const totals = (t: Partial<Record<PayItem, [number, number | null]>>): ItemTotals =>
  Object.fromEntries(
    PAY_ITEMS.map((i) => [i, { minutes: t[i]?.[0] ?? 0, cents: t[i] ? t[i][1] : 0 }]),
  ) as ItemTotals;

const PEOPLE: ExportPerson[] = [
  {
    employeeNumber: '102',
    firstName: 'Mary',
    lastName: 'Acker',
    // 40 h REG, 5 h 20 min OT, 1 h DT at $20/h; one meal premium.
    totals: totals({ REG: [2400, 80000], OT: [320, 16000], DT: [60, 4000], MEAL: [60, 2000] }),
  },
  {
    employeeNumber: '7',
    firstName: 'José',
    lastName: 'Núñez, Jr',
    totals: totals({ REG: [1830, 65575] }),
  },
  {
    employeeNumber: '55',
    firstName: 'Bo',
    lastName: 'Chen',
    totals: totals({ REG: [2100, 75250], OT: [45, 2419], REST: [60, 2150] }),
  },
];

const codes = { REG: 'REG', OT: 'OVT', DT: 'DBL', MEAL: 'MLP', REST: 'RSP' };
const input = (provider: keyof typeof WRITERS, people = PEOPLE): PeriodExportInput => ({
  period: { start: '2026-11-15', end: '2026-11-21' },
  frequency: 'weekly',
  settings: { companyCode: provider === 'adp_wfn' ? 'AB' : 'R1ABC', codes },
  people,
});

describe('payroll export writers', () => {
  it('ADP Workforce Now: one paydata row per DA, DT and premiums as Earnings $, File # to 6, Co Code to 3', () => {
    const file = WRITERS.adp_wfn(input('adp_wfn'));
    expect(file.fileName).toBe('EPIAB_21.CSV');
    expect(file.content).toBe(
      'Co Code,Batch ID,File #,Reg Hours,O/T Hours,Earnings 3 Code,Earnings 3 Amount,Earnings 4 Code,Earnings 4 Amount,Earnings 5 Code,Earnings 5 Amount\r\n' +
        'AB_,20261121,000007,30.50,,,,,,,\r\n' +
        'AB_,20261121,000055,35.00,0.75,,,,,RSP,21.50\r\n' +
        'AB_,20261121,000102,40.00,5.33,DBL,40.00,MLP,20.00,,\r\n',
    );
  });

  it('ADP RUN: ##GENERIC## V1.0, one row per DA per code, hours at BASE, DT and premiums in Dollars', () => {
    const file = WRITERS.adp_run(input('adp_run'));
    expect(file.fileName).toBe('Weekly-11152026-11212026.csv');
    expect(file.content).toBe(
      '##GENERIC## V1.0\r\n' +
        'IID,Pay Frequency,Pay Period Start Date,Pay Period End Date,Employee ID,Earnings Code,Pay Hours,Dollars,Separate Check,Worked In Dept,Rate Code\r\n' +
        'R1ABC,W,11/15/2026,11/21/2026,000007,REG,30.50,,0,,BASE\r\n' +
        'R1ABC,W,11/15/2026,11/21/2026,000055,REG,35.00,,0,,BASE\r\n' +
        'R1ABC,W,11/15/2026,11/21/2026,000055,OVT,0.75,,0,,BASE\r\n' +
        'R1ABC,W,11/15/2026,11/21/2026,000055,RSP,,21.50,0,,\r\n' +
        'R1ABC,W,11/15/2026,11/21/2026,000102,REG,40.00,,0,,BASE\r\n' +
        'R1ABC,W,11/15/2026,11/21/2026,000102,OVT,5.33,,0,,BASE\r\n' +
        'R1ABC,W,11/15/2026,11/21/2026,000102,DBL,,40.00,0,,\r\n' +
        'R1ABC,W,11/15/2026,11/21/2026,000102,MLP,,20.00,0,,\r\n',
    );
  });

  it('Paychex Flex: one line per pay component, hours with Rate # 1, premiums as Amount', () => {
    const file = WRITERS.paychex(input('paychex'));
    expect(file.fileName).toBe('Paychex-2026-11-15-2026-11-21.csv');
    expect(file.content).toBe(
      'CLIENT ID,WORKER ID,ORG,JOB NUMBER,PAY COMPONENT,RATE,RATE NUMBER,HOURS,UNITS,LINE DATE,AMOUNT,CHECK SEQ NUMBER,OVERRIDE STATE,OVERRIDE LOCAL,OVERRIDE LOCAL JURISDICTION,LABOR ASSIGNMENT\r\n' +
        'R1ABC,7,,,REG,,1,30.50,,,,,,,,\r\n' +
        'R1ABC,55,,,REG,,1,35.00,,,,,,,,\r\n' +
        'R1ABC,55,,,OVT,,1,0.75,,,,,,,,\r\n' +
        'R1ABC,55,,,RSP,,,,,,21.50,,,,,\r\n' +
        'R1ABC,102,,,REG,,1,40.00,,,,,,,,\r\n' +
        'R1ABC,102,,,OVT,,1,5.33,,,,,,,,\r\n' +
        'R1ABC,102,,,DBL,,1,1.00,,,,,,,,\r\n' +
        'R1ABC,102,,,MLP,,,,,,20.00,,,,,\r\n',
    );
  });

  it('Gusto: one row per DA by name, hours even when zero, premiums as a correction payment named in the note', () => {
    const file = WRITERS.gusto(input('gusto'));
    expect(file.content).toBe(
      'first_name,last_name,ssn(*1234),gusto_employee_id,title,regular_hours,overtime_hours,double_overtime_hours,bonus,commission,paycheck_tips,cash_tips,correction_payment,reimbursement,personal_note\r\n' +
        'José,"Núñez, Jr",,7,,30.50,0.00,0.00,,,,,,,\r\n' +
        'Bo,Chen,,55,,35.00,0.75,0.00,,,,,21.50,,Rest premium 1.00 h\r\n' +
        'Mary,Acker,,102,,40.00,5.33,1.00,,,,,20.00,,Meal premium 1.00 h\r\n',
    );
  });

  it('Paycom: one line per earning code dated the period’s last day, premiums in Dollars', () => {
    const file = WRITERS.paycom(input('paycom'));
    expect(file.content).toBe(
      'Employee ID,Department Code,Date,Punch Time,Punch Type,Earning Code,Tax Profile Code,Comments,Labor Allocation Code,Hours,Dollars,Temporary Rate,DST Flag,Units\r\n' +
        '7,,11/21/2026,,,REG,,,,30.50,,,,\r\n' +
        '55,,11/21/2026,,,REG,,,,35.00,,,,\r\n' +
        '55,,11/21/2026,,,OVT,,,,0.75,,,,\r\n' +
        '55,,11/21/2026,,,RSP,,,,,21.50,,,\r\n' +
        '102,,11/21/2026,,,REG,,,,40.00,,,,\r\n' +
        '102,,11/21/2026,,,OVT,,,,5.33,,,,\r\n' +
        '102,,11/21/2026,,,DBL,,,,1.00,,,,\r\n' +
        '102,,11/21/2026,,,MLP,,,,,20.00,,,\r\n',
    );
  });

  it('refuses a file it cannot write, naming each missing code, number and rate', () => {
    const noRate = {
      ...(PEOPLE[0] as ExportPerson),
      employeeNumber: 'A1',
      totals: totals({ MEAL: [60, null] }),
    };
    const refused = () =>
      WRITERS.adp_wfn({
        ...input('adp_wfn', [noRate]),
        settings: DEFAULT_PAYROLL_SETTINGS.providers.adp_wfn,
      });
    expect(refused).toThrow(ExportRefused);
    try {
      refused();
    } catch (e) {
      expect((e as ExportRefused).problems.map((p) => p.message)).toEqual([
        'Set the ADP Workforce Now Co Code in Payroll settings (2 or 3 capital letters or digits).',
        'Set the ADP Workforce Now code for Meal premium in Payroll settings (letters, digits and spaces).',
        'Mary Acker needs an employee ID for ADP Workforce Now (the ADP File #, up to 6 digits).',
        'Mary Acker has no hourly rate on file: Meal premium is sent to ADP Workforce Now in dollars.',
      ]);
    }
  });

  it('the same period exports the same bytes whatever order its DAs come in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(PEOPLE, { minLength: 3, maxLength: 3 }), (shuffled) => {
        for (const provider of PROVIDERS)
          expect(WRITERS[provider](input(provider, shuffled)).content).toBe(
            WRITERS[provider](input(provider)).content,
          );
      }),
    );
  });
});
