import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guardCell, ImportDate, unguardCell } from '../../imports/domain/sheet-cells.js';
import { HourlyRate, Language, Status, splitName, VanTypeList, YesNo } from './import-cells.js';

// Issue 3: "Import (`drivers` kind …) and export CSV/XLSX" of the DA profile: preferred language
// (English/Spanish), SMS consent, hourly rate (cents), hire date, van types (EDV, CDV, step van, rental).

describe('HourlyRate', () => {
  it('issue 3: hourly rate (cents): $21.50, 21.5 and 21.50/hr are 2150 cents', () => {
    for (const s of ['$21.50', '21.5', '21.50', ' 21.50/hr ', '$ 21.5', '21.499999999999996']) {
      expect(HourlyRate.parse(s), s).toBe(2150);
    }
    expect(HourlyRate.parse('1,020')).toBe(102_000);
    expect(HourlyRate.parse('19.99')).toBe(1999);
  });

  it('refuses fractions of a cent, negative and non-numbers', () => {
    for (const bad of ['21.505', '-21', 'twenty', '21.5.0', '']) {
      expect(HourlyRate.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('reads back any whole-cent rate written as dollars with two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
        expect(HourlyRate.parse((cents / 100).toFixed(2))).toBe(cents);
        expect(HourlyRate.parse(String(cents / 100))).toBe(cents);
      }),
    );
  });
});

describe('ImportDate', () => {
  it('reads YYYY-MM-DD and M/D/YYYY as US spreadsheets write them', () => {
    expect(ImportDate.parse('2026-05-01')).toBe('2026-05-01');
    expect(ImportDate.parse('5/1/2026')).toBe('2026-05-01');
    expect(ImportDate.parse('12/31/2027')).toBe('2027-12-31');
  });

  it('refuses dates that do not exist and D.M.Y or two-digit years', () => {
    expect(ImportDate.safeParse('2/30/2026').error?.issues[0]?.message).toBe('Not a real date.');
    expect(ImportDate.safeParse('01.05.2026').error?.issues[0]?.message).toBe(
      'Use a date as YYYY-MM-DD or M/D/YYYY.',
    );
    expect(ImportDate.safeParse('5/1/26').success).toBe(false);
  });
});

describe('Language, YesNo, Status', () => {
  it('issue 3: preferred language (English/Spanish) by code or name, in either language', () => {
    for (const s of ['en', 'EN', 'English', 'inglés']) expect(Language.parse(s), s).toBe('en');
    for (const s of ['es', 'Spanish', 'Español', 'espanol']) expect(Language.parse(s), s).toBe('es');
    expect(Language.safeParse('French').error?.issues[0]?.message).toBe('Use English or Spanish.');
  });

  it('issue 3: SMS consent as yes/no/true/false/1/0', () => {
    for (const s of ['yes', 'Y', 'TRUE', '1']) expect(YesNo.parse(s), s).toBe(true);
    for (const s of ['no', 'N', 'false', '0']) expect(YesNo.parse(s), s).toBe(false);
    expect(YesNo.safeParse('maybe').success).toBe(false);
  });

  it('reads a status in any case and refuses others', () => {
    expect(Status.parse(' Active ')).toBe('active');
    expect(Status.safeParse('fired').success).toBe(false);
  });
});

describe('VanTypeList', () => {
  it('issue 3: van types they may drive (EDV, CDV, step van, rental), sorted and without repeats', () => {
    expect(VanTypeList.parse('EDV, CDV, Step van')).toEqual(['cdv', 'edv', 'step_van']);
    expect(VanTypeList.parse('step_van; rental / edv | EDV')).toEqual(['edv', 'rental', 'step_van']);
    expect(VanTypeList.parse('none')).toEqual([]);
  });

  it('names the van type it does not know', () => {
    expect(VanTypeList.safeParse('EDV, Box truck').error?.issues[0]?.message).toBe(
      'Unknown van type “Box truck”: use EDV, CDV, Step van or Rental.',
    );
  });
});

describe('splitName', () => {
  it('splits one Name cell at the last space, or at the comma of "Last, First"', () => {
    expect(splitName('Maria Garcia')).toEqual({ firstName: 'Maria', lastName: 'Garcia' });
    expect(splitName('  Maria   Elena  Garcia ')).toEqual({ firstName: 'Maria Elena', lastName: 'Garcia' });
    expect(splitName('Garcia Lopez, Maria')).toEqual({ firstName: 'Maria', lastName: 'Garcia Lopez' });
    expect(splitName('Maria')).toBeNull();
    expect(splitName('Garcia,')).toBeNull();
  });
});

describe('guardCell / unguardCell', () => {
  it('guards text a spreadsheet would run as a formula, leaves numbers and plain text alone', () => {
    expect(guardCell('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(guardCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(guardCell('-2+3')).toBe("'-2+3");
    expect(guardCell('+15125550123')).toBe('+15125550123');
    expect(guardCell("O'Brien")).toBe("O'Brien");
  });

  it('unguards exactly what it guarded (any text but one that already starts with a guard)', () => {
    const text = fc
      .tuple(fc.constantFrom('=', '+', '-', '@', '\t', "'", 'a', '1', ''), fc.string())
      .map(([head, rest]) => head + rest)
      .filter((s) => !/^'[=@\t\r+-]/.test(s));
    fc.assert(fc.property(text, (s) => unguardCell(guardCell(s)) === s));
  });
});
