import { describe, expect, it } from 'vitest';
import { formatPath, parseRosterInstance } from './instance.js';
import { da, route, van } from './testing.js';

const base = () => ({
  serviceDate: '2026-03-02',
  routes: [route('CX1'), route('CX2', { vanType: 'step_van' })],
  drivers: [da('A'), da('B')],
  vans: [van('V1'), van('S1', { type: 'step_van' })],
});

const errorsOf = (json: unknown) => {
  const parsed = parseRosterInstance(json);
  return parsed.ok ? [] : parsed.errors;
};

describe('roster instance', () => {
  it('accepts the issue format and fills the defaults', () => {
    const parsed = parseRosterInstance(base());
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.instance).toMatchObject({
        pinned: [],
        overtimeAfterMinutes: 2400,
        defaultHourlyCents: 2000,
      });
  });

  it('accepts the optional fields', () => {
    const json = {
      ...base(),
      routes: [route('CX1', { difficulty: 80, station: 'DXC1' })],
      drivers: [
        da('A', {
          name: 'Ana',
          familiarRoutes: ['CX1'],
          strength: 70,
          hourlyCents: 2150,
          usualVanId: 'V1',
          station: 'DXC1',
        }),
      ],
      vans: [van('V1', { station: 'DXC1', inspectionFailed: false })],
      pinned: [{ routeCode: 'CX1', driverId: 'A', vanId: 'V1' }],
      overtimeAfterMinutes: 2400,
      defaultHourlyCents: 2000,
    };
    expect(errorsOf(json)).toEqual([]);
  });

  it('names the path of each bad field', () => {
    const json = base();
    json.routes[1] = { ...route('CX2'), vanType: 'Step_Van', plannedMinutes: -5 };
    (json.drivers[0] as Record<string, unknown>).available = 'yes';
    expect(errorsOf(json)).toEqual([
      { path: 'routes[1].vanType', message: 'Van types are lower-case, e.g. "edv", "cdv", "step_van".' },
      { path: 'routes[1].plannedMinutes', message: expect.any(String) },
      { path: 'drivers[0].available', message: expect.any(String) },
    ]);
  });

  it('rejects unknown fields, naming them (a typo would otherwise be ignored)', () => {
    const json = { ...base(), drivers: [{ ...da('A'), familarRoutes: ['CX1'] }] };
    expect(errorsOf(json)).toEqual([{ path: 'drivers[0].familarRoutes', message: 'Unknown field.' }]);
  });

  it('rejects a missing field, a bad date and a bad wave time', () => {
    const { vans: _, ...noVans } = base();
    expect(errorsOf(noVans)).toEqual([{ path: 'vans', message: expect.any(String) }]);
    expect(errorsOf({ ...base(), serviceDate: '2026-02-30' })).toEqual([
      { path: 'serviceDate', message: expect.any(String) },
    ]);
    expect(errorsOf({ ...base(), routes: [route('CX1', { waveTime: '9:20' })] })).toEqual([
      { path: 'routes[0].waveTime', message: 'A wave time is HH:MM, e.g. "10:20".' },
    ]);
  });

  it('rejects duplicate route codes, DA ids and van ids', () => {
    const json = {
      ...base(),
      routes: [route('CX1'), route('CX1')],
      drivers: [da('A'), da('A')],
      vans: [van('V1'), van('V1')],
    };
    expect(errorsOf(json)).toEqual([
      { path: 'routes[1].code', message: 'Same code as routes[0].' },
      { path: 'drivers[1].id', message: 'Same id as drivers[0].' },
      { path: 'vans[1].id', message: 'Same id as vans[0].' },
    ]);
  });

  it('rejects pins naming a route, DA or van that is not there', () => {
    const json = { ...base(), pinned: [{ routeCode: 'CX9', driverId: 'Z', vanId: 'V9' }] };
    expect(errorsOf(json)).toEqual([
      { path: 'pinned[0].routeCode', message: 'No route "CX9" in routes.' },
      { path: 'pinned[0].driverId', message: 'No DA "Z" in drivers.' },
      { path: 'pinned[0].vanId', message: 'No van "V9" in vans.' },
    ]);
  });

  it('rejects a pinned van of the wrong type', () => {
    const json = { ...base(), pinned: [{ routeCode: 'CX2', driverId: 'A', vanId: 'V1' }] };
    expect(errorsOf(json)).toEqual([
      { path: 'pinned[0].vanId', message: 'Van V1 is an edv; route CX2 needs a step_van.' },
    ]);
  });

  it('rejects a route, DA or van pinned twice', () => {
    const json = {
      ...base(),
      pinned: [
        { routeCode: 'CX1', driverId: 'A', vanId: 'V1' },
        { routeCode: 'CX1', driverId: 'A', vanId: 'V1' },
      ],
    };
    expect(errorsOf(json)).toEqual([
      { path: 'pinned[1].routeCode', message: '"CX1" is already pinned in pinned[0].' },
      { path: 'pinned[1].driverId', message: '"A" is already pinned in pinned[0].' },
      { path: 'pinned[1].vanId', message: '"V1" is already pinned in pinned[0].' },
    ]);
  });

  it('keeps a pin that breaks a hard rule (the solver warns instead)', () => {
    const json = {
      ...base(),
      drivers: [da('A', { available: false })],
      pinned: [{ routeCode: 'CX1', driverId: 'A', vanId: 'V1' }],
    };
    expect(errorsOf(json)).toEqual([]);
  });
});

describe('formatPath', () => {
  it('writes array positions in brackets', () => {
    expect(formatPath(['routes', 2, 'vanType'])).toBe('routes[2].vanType');
    expect(formatPath(['serviceDate'])).toBe('serviceDate');
    expect(formatPath([])).toBe('(the instance)');
  });
});
