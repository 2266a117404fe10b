import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { must } from '../fleet/test-kit.js';
import { givenPayroll, type PayrollScenario } from './testing.js';
import { rebuildYesterdays } from './worker.js';

// Issue 15 item 7: every morning the exceptions of the day before are built, once per station and day.

describe('the morning rebuild', () => {
  let s: PayrollScenario;
  beforeAll(async () => {
    s = await givenPayroll();
  });
  afterAll(() => s.close());

  it('finds a DA on yesterday’s route with no punches, once per station and day', async () => {
    // 2026-11-20 09:00 in Los Angeles: yesterday there was the 19th.
    const morning = new Date('2026-11-20T17:00:00Z');
    await s.route(s.ana.id, '2026-11-19', 'CX3', '18:10');
    const done = new Map<string, string>();
    // Both orgs' stations are walked.
    expect(await rebuildYesterdays(s.t.db.db, done, morning)).toBe(2);
    const found = must(
      await s.manager.request('GET', `/api/v1/payroll/exceptions?stationId=${s.stationId}&date=2026-11-19`),
      200,
    ).json().items;
    expect(found).toEqual([
      expect.objectContaining({ driverId: s.ana.id, kind: 'route_without_punches', status: 'open' }),
    ]);
    expect(await rebuildYesterdays(s.t.db.db, done, morning)).toBe(0);
    expect(await rebuildYesterdays(s.t.db.db, done, new Date('2026-11-21T17:00:00Z'))).toBe(2);
  });
});
