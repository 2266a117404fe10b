import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnIndex,
  isDateFormat,
  isDateFormatId,
  numberText,
  serialDateText,
  wholeNumber,
} from './xlsx-cells.js';

describe('isDateFormat (ECMA-376 §18.8.31 format codes)', () => {
  it.each([
    'yyyy-mm-dd',
    'm/d/yy',
    'DD/MM/YYYY',
    'h:mm AM/PM',
    '[h]:mm:ss',
    '[$-409]mmmm d, yyyy;@',
    'yyyy"年"m"月"',
  ])('%s shows a date or time', (code) => expect(isDateFormat(code)).toBe(true));

  it.each(['General', '0.00', '#,##0 "days"', '[Red]0.00', '0\\h', '_(* #,##0_)', '@', '0.00E+00'])(
    '%s shows no date',
    (code) => expect(isDateFormat(code)).toBe(false),
  );

  it('takes the built-in ids 14–22 and 45–47, and a file’s own format before a built-in one', () => {
    const none = new Map<number, string>();
    expect([13, 14, 22, 23, 44, 45, 47, 48].map((id) => isDateFormatId(id, none))).toEqual([
      false,
      true,
      true,
      false,
      false,
      true,
      true,
      false,
    ]);
    expect(isDateFormatId(14, new Map([[14, '0.00']]))).toBe(false);
    expect(isDateFormatId(164, new Map([[164, 'd-mmm']]))).toBe(true);
  });
});

describe('serialDateText', () => {
  it('reads back any date and time to the second, as its wall time (serial = days since 1899-12-30)', () => {
    const instant = fc.integer({ min: Date.UTC(1950, 0, 1) / 1000, max: Date.UTC(2090, 0, 1) / 1000 });
    fc.assert(
      fc.property(instant, fc.boolean(), (seconds, midnight) => {
        const ms = midnight ? Math.floor(seconds / 86_400) * 86_400_000 : seconds * 1000;
        const iso = new Date(ms).toISOString().slice(0, 19);
        const expected = iso.endsWith('T00:00:00') ? iso.slice(0, 10) : iso;
        expect(serialDateText(25_569 + ms / 86_400_000, false)).toBe(expected);
        expect(serialDateText(25_569 - 1_462 + ms / 86_400_000, true)).toBe(expected);
      }),
    );
  });
});

describe('numberText and columnIndex', () => {
  it('writes numbers as JavaScript does and leaves other text as it is', () => {
    expect(['42.50', '1E-3', '-0', '007', ' 5 ', 'n/a'].map(numberText)).toEqual([
      '42.5',
      '0.001',
      '0',
      '7',
      '5',
      'n/a',
    ]);
  });

  it('counts columns from A = 0 up to XFD, and none for a reference without letters', () => {
    expect(['A1', 'Z9', 'AA1', 'ab12', 'XFD1', '12'].map(columnIndex)).toEqual([0, 25, 26, 27, 16_383, -1]);
  });
});

describe('wholeNumber', () => {
  const parseDecimal = (text: string) => Number.parseInt(text, 10);

  it('reads any text as parseInt and Number do', () => {
    const text = fc.oneof(
      fc.nat().map(String),
      fc.constantFrom('', ' 7', '7 ', '-3', '+3', '1.5', '12abc', 'x', '007', '1e3'),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(wholeNumber(t, parseDecimal)).toBe(parseDecimal(t));
        expect(wholeNumber(t, Number)).toBe(Number(t));
      }),
    );
  });
});
