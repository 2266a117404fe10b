import { describe, expect, it } from 'vitest';
import { canDrive, driverProblems, sameStation, vanFits, vanProblems } from './rules.js';
import { da, route, van } from './testing.js';

describe('who may drive a route', () => {
  const cx1 = route('CX1', { vanType: 'cdv', plannedMinutes: 600, station: 'DXC1' });

  it('a DA who is available, qualified, under the cap and at the station', () => {
    expect(driverProblems(cx1, da('A', { station: 'DXC1' }))).toEqual([]);
    expect(canDrive(cx1, da('A'))).toBe(true);
  });

  it('names each rule a DA breaks', () => {
    const ana = da('A', { name: 'Ana', available: false });
    expect(driverProblems(cx1, ana)).toEqual(['Ana is not available today']);
    expect(driverProblems(cx1, da('B', { qualifiedVanTypes: ['edv'] }))).toEqual([
      'B is not qualified for a CDV',
    ]);
    expect(driverProblems(cx1, da('C', { weekMinutesWorked: 2340, maxWeekMinutes: 2400 }))).toEqual([
      'C would reach 49 h this week, past the 40 h cap',
    ]);
    expect(driverProblems(cx1, da('D', { station: 'DXT1' }))).toEqual([
      'D works at DXT1, the route is at DXC1',
    ]);
    for (const d of [ana, da('B', { qualifiedVanTypes: ['edv'] }), da('D', { station: 'DXT1' })])
      expect(canDrive(cx1, d)).toBe(false);
  });

  it('lets a DA reach the cap exactly', () => {
    expect(canDrive(cx1, da('A', { weekMinutesWorked: 1800, maxWeekMinutes: 2400 }))).toBe(true);
    expect(canDrive(cx1, da('A', { weekMinutesWorked: 1801, maxWeekMinutes: 2400 }))).toBe(false);
  });
});

describe('which van may run a route', () => {
  const cx1 = route('CX1', { vanType: 'step_van', station: 'DXC1' });

  it('a ready van of the type, not failed, at the station or at none', () => {
    expect(vanProblems(cx1, van('S1', { type: 'step_van' }))).toEqual([]);
    expect(vanFits(cx1, van('S1', { type: 'step_van', station: 'DXC1', inspectionFailed: false }))).toBe(
      true,
    );
  });

  it('names each rule a van breaks', () => {
    expect(vanProblems(cx1, van('V1'))).toEqual(['van V1 is an EDV, not a step van']);
    expect(vanProblems(cx1, van('S1', { type: 'step_van', ready: false }))).toEqual(['van S1 is not ready']);
    expect(vanProblems(cx1, van('S2', { type: 'step_van', inspectionFailed: true }))).toEqual([
      'van S2 failed its inspection',
    ]);
    expect(vanProblems(cx1, van('S3', { type: 'step_van', station: 'DXT1' }))).toEqual([
      'van S3 is at DXT1, the route is at DXC1',
    ]);
  });
});

describe('sameStation', () => {
  it('only parts two named, different stations', () => {
    expect(sameStation('DXC1', 'DXC1')).toBe(true);
    expect(sameStation('DXC1', undefined)).toBe(true);
    expect(sameStation(undefined, undefined)).toBe(true);
    expect(sameStation('DXC1', 'DXT1')).toBe(false);
  });
});
