import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PlannedDuration, RouteCount, RouteVanType, WaveTime } from './route-cells.js';

const ok = <T>(schema: { safeParse(v: unknown): { success: boolean; data?: T } }, v: string) => {
  const r = schema.safeParse(v);
  return r.success ? r.data : 'error';
};

describe('route file cells', () => {
  it('reads wave times in the forms dispatchers type', () => {
    expect(
      ['10:20', '9:40', '9:40 AM', '1:05 pm', '12:10 am', '1040', ' 7 '].map((v) => ok(WaveTime, v)),
    ).toEqual(['10:20', '09:40', '09:40', '13:05', '00:10', '10:40', '07:00']);
    for (const bad of ['25:00', '10:75', '13:00 pm', 'soon', '']) expect(ok(WaveTime, bad)).toBe('error');
  });

  it('reads planned durations as minutes: h:mm, units, and bare numbers as hours up to 16', () => {
    expect(
      ['9:30', '570', '570 min', '9.5 h', '10', '8 hrs', '600 minutes'].map((v) => ok(PlannedDuration, v)),
    ).toEqual([570, 570, 570, 570, 600, 480, 600]);
    for (const bad of ['0', '20 min', '15 h', 'long', '']) expect(ok(PlannedDuration, bad)).toBe('error');
  });

  it('reads counts with thousands separators and refuses fractions', () => {
    expect(ok(RouteCount, '1,204')).toBe(1204);
    expect(ok(RouteCount, '212')).toBe(212);
    for (const bad of ['-3', '2.5', 'many']) expect(ok(RouteCount, bad)).toBe('error');
  });

  it('maps van type words to the four types', () => {
    expect(
      ['EDV', 'Rivian', 'CDV', 'Ford Transit', 'Step Van', 'STEP_VAN', 'rental'].map((v) =>
        ok(RouteVanType, v),
      ),
    ).toEqual(['edv', 'edv', 'cdv', 'cdv', 'step_van', 'step_van', 'rental']);
    expect(ok(RouteVanType, 'bicycle')).toBe('error');
  });

  it('never throws on any cell, and a time it accepts is a real HH:MM', () => {
    fc.assert(
      fc.property(fc.string(), (cell) => {
        const time = ok(WaveTime, cell);
        if (time !== 'error') expect(time).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        const minutes = ok(PlannedDuration, cell);
        if (minutes !== 'error') expect(minutes).toBeGreaterThanOrEqual(30);
      }),
    );
  });
});
