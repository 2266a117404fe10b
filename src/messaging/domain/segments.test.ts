import { describe, expect, it } from 'vitest';
import { countSegments } from './segments.js';

// GSM 03.38 (the GSM-7 alphabet and its extension table) and 3GPP TS 23.040 (concatenated SMS: a 6-byte
// header leaves 153 septets or 67 UCS-2 characters per part).
describe('SMS segments', () => {
  it('fits 160 GSM-7 characters in one SMS and 153 in each part of a longer one', () => {
    expect(countSegments('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(countSegments('a'.repeat(161)).segments).toBe(2);
    expect(countSegments('a'.repeat(306)).segments).toBe(2);
    expect(countSegments('a'.repeat(307)).segments).toBe(3);
  });

  it('counts the extension table (€, brackets, braces) as two septets', () => {
    expect(countSegments('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(countSegments(`${'€'.repeat(80)}a`).segments).toBe(2);
  });

  it('keeps ñ, é, ü, ¿ and ¡ in GSM-7, but á, í, ó or ú make the whole text UCS-2 (70, then 67)', () => {
    expect(countSegments('¿Mañana él? ¡Güero!').encoding).toBe('GSM-7');
    expect(countSegments('Confírmalo en Stationhand.').encoding).toBe('UCS-2');
    expect(countSegments('á'.repeat(70))).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(countSegments('á'.repeat(71)).segments).toBe(2);
    expect(countSegments('á'.repeat(134)).segments).toBe(2);
    expect(countSegments('á'.repeat(135)).segments).toBe(3);
  });

  it('never splits a two-unit character between parts', () => {
    // 306 septets would be two parts of 153, but the € at septets 153–154 cannot straddle them.
    expect(countSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`)).toEqual({
      encoding: 'GSM-7',
      units: 306,
      segments: 3,
    });
    // The same with an emoji (a surrogate pair) at the 67-unit boundary of UCS-2.
    expect(countSegments(`${'a'.repeat(66)}😀${'a'.repeat(66)}`)).toEqual({
      encoding: 'UCS-2',
      units: 134,
      segments: 3,
    });
  });

  it('costs nothing for an empty text', () => {
    expect(countSegments('')).toEqual({ encoding: 'GSM-7', units: 0, segments: 0 });
  });

  it('treats the middle dot of the week’s shift list as UCS-2 (not in GSM-7)', () => {
    expect(countSegments('Mon 06/08 route 10:20 · Tue 06/09 route 10:20').encoding).toBe('UCS-2');
  });
});
