import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTimeZone, StationCode, StationName, TimeZone, US_STATES, UsState } from './station.js';

describe('StationCode', () => {
  it.each([
    ['DAU5', 'DAU5'],
    ['dau5', 'DAU5'],
    [' DXC1 ', 'DXC1'],
    ['DLA8', 'DLA8'],
    ['AB12', 'AB12'],
    ['WXYZ99', 'WXYZ99'],
  ])('accepts %j as %s', (input, code) => {
    expect(StationCode.parse(input)).toBe(code);
  });

  it.each(['', '5', 'D5', 'DAU', 'DAUXX5', 'DAU123', '5DAU', 'DA-U5', 'DAU 5', 'DÄU5'])(
    'refuses %j',
    (input) => {
      const r = StationCode.safeParse(input);
      expect(r.success).toBe(false);
      if (!r.success) expect(r.error.issues[0]?.message).toBe('Use the Amazon station code, e.g. DAU5.');
    },
  );

  it('property: 2–4 letters then 1–2 digits, any case, parse to the upper-case code', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z]{2,4}$/), fc.stringMatching(/^\d{1,2}$/), (letters, digits) => {
        expect(StationCode.parse(`${letters}${digits}`)).toBe(`${letters.toUpperCase()}${digits}`);
      }),
    );
  });
});

describe('TimeZone', () => {
  it.each(['America/Chicago', 'America/Los_Angeles', 'America/Phoenix', 'Pacific/Honolulu', 'UTC'])(
    'accepts %s',
    (tz) => {
      expect(TimeZone.parse(tz)).toBe(tz);
      expect(isTimeZone(tz)).toBe(true);
    },
  );

  it('trims before checking', () => {
    expect(TimeZone.parse('  America/Chicago ')).toBe('America/Chicago');
  });

  it.each(['', 'Mars/Base', 'Central', 'America/Springfield', 'CST6CDT-typo'])('refuses %j', (tz) => {
    expect(TimeZone.safeParse(tz).success).toBe(false);
    expect(isTimeZone(tz)).toBe(false);
  });
});

describe('UsState', () => {
  it('lists the 50 states, DC and Puerto Rico, once each', () => {
    expect(US_STATES).toHaveLength(52);
    expect(new Set(US_STATES).size).toBe(52);
    expect(US_STATES).toContain('DC');
    expect(US_STATES).toContain('PR');
  });

  it.each([
    ['tx', 'TX'],
    [' ca ', 'CA'],
    ['Dc', 'DC'],
  ])('accepts %j as %s', (input, state) => {
    expect(UsState.parse(input)).toBe(state);
  });

  it.each(['', 'XX', 'Texas', 'T', 'TXX', 'ON'])('refuses %j', (input) => {
    const r = UsState.safeParse(input);
    expect(r.success).toBe(false);
  });
});

describe('StationName', () => {
  it('trims and keeps a real name', () => {
    expect(StationName.parse('  Austin North ')).toBe('Austin North');
  });

  it('refuses an empty or blank name and one over 120 characters', () => {
    expect(StationName.safeParse('').success).toBe(false);
    expect(StationName.safeParse('   ').success).toBe(false);
    expect(StationName.safeParse('x'.repeat(121)).success).toBe(false);
    expect(StationName.parse('x'.repeat(120))).toHaveLength(120);
  });
});
