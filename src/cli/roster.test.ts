import { describe, expect, it } from 'vitest';
import { da, route, van } from '../dispatch/domain/roster/testing.js';
import { rosterSolve } from './roster.js';

const instance = {
  serviceDate: '2026-03-02',
  routes: [route('CX1'), route('CX2', { vanType: 'step_van' })],
  drivers: [da('A', { qualifiedVanTypes: ['edv'] })],
  vans: [van('V1')],
};

describe('stationhand roster solve', () => {
  it('prints the solution JSON', () => {
    const out = rosterSolve(JSON.stringify(instance), 'day.json');
    expect(out.exitCode).toBe(0);
    expect(out.stderr).toBe('');
    const solution = JSON.parse(out.stdout);
    expect(solution.assignments).toEqual([
      expect.objectContaining({ routeCode: 'CX1', driverId: 'A', vanId: 'V1' }),
    ]);
    expect(solution.uncovered).toEqual([
      { routeCode: 'CX2', reasons: ['no step van', 'nobody is qualified for a step van'] },
    ]);
    expect(typeof solution.objective).toBe('number');
  });

  it('says where the JSON is broken, with exit code 2', () => {
    const out = rosterSolve('{"serviceDate": "2026-03-02",', 'day.json');
    expect(out.exitCode).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^day\.json is not valid JSON: /);
  });

  it('names the path of every invalid field, with exit code 2', () => {
    const bad = {
      ...instance,
      routes: [{ ...route('CX1'), plannedMinutes: '540' }],
      drivers: [{ ...da('A'), availble: true }],
    };
    const out = rosterSolve(JSON.stringify(bad), 'day.json');
    expect(out.exitCode).toBe(2);
    expect(out.stderr).toBe(
      [
        'day.json is not a valid roster instance:',
        '  routes[0].plannedMinutes: Invalid input: expected number, received string',
        '  drivers[0].availble: Unknown field.',
        '',
      ].join('\n'),
    );
  });
});
