import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { driverReadiness, summarise, type VanFacts, vanReadiness } from './readiness.js';

const van = (over: Partial<VanFacts> = {}): VanFacts => ({
  status: 'active',
  statusReason: null,
  preTrip: 'passed',
  maintenance: [],
  ...over,
});

describe('vanReadiness', () => {
  it('is ready when active, with a passed pre-trip and nothing due', () => {
    expect(vanReadiness(van())).toEqual({ state: 'ready', dispatchable: true, reasons: [] });
  });

  it('never offers a grounded, in-shop or returned van, and says why first', () => {
    for (const status of ['grounded', 'in_shop', 'returned'] as const) {
      const r = vanReadiness(van({ status, statusReason: 'Brakes failed on pre-trip', preTrip: 'missing' }));
      expect(r.state).toBe(status);
      expect(r.dispatchable).toBe(false);
      expect(r.reasons[0]).toContain('Brakes failed on pre-trip');
    }
  });

  it('flags an active van without a passed pre-trip yet, still dispatchable (the DA inspects at the van)', () => {
    expect(vanReadiness(van({ preTrip: 'missing' }))).toEqual({
      state: 'inspection_missing',
      dispatchable: true,
      reasons: ['No passed pre-trip yet.'],
    });
    expect(vanReadiness(van({ preTrip: 'failed' })).reasons).toEqual([
      'Last pre-trip failed; needs a passing one.',
    ]);
  });

  it('flags maintenance due soon or overdue, naming it, and ignores items that are fine', () => {
    const r = vanReadiness(
      van({
        maintenance: [
          { name: 'Tire rotation', critical: false, state: 'due_soon' },
          { name: 'Annual DOT inspection', critical: true, state: 'overdue' },
          { name: 'Brake inspection', critical: false, state: 'ok' },
        ],
      }),
    );
    expect(r.state).toBe('maintenance_due');
    expect(r.reasons).toEqual(['Tire rotation due soon.', 'Annual DOT inspection overdue (critical).']);
  });

  it('only ever marks an active van dispatchable (property)', () => {
    const facts = fc.record({
      status: fc.constantFrom('active', 'grounded', 'in_shop', 'returned'),
      statusReason: fc.option(fc.string(), { nil: null }),
      preTrip: fc.constantFrom('passed', 'failed', 'missing'),
      maintenance: fc.array(
        fc.record({
          name: fc.string({ minLength: 1 }),
          critical: fc.boolean(),
          state: fc.constantFrom('ok', 'due_soon', 'overdue'),
        }),
      ),
    });
    fc.assert(
      fc.property(facts, (f) => {
        const r = vanReadiness(f as VanFacts);
        expect(r.dispatchable).toBe(f.status === 'active');
        expect(r.state === 'ready').toBe(r.reasons.length === 0);
      }),
    );
  });
});

describe('driverReadiness and summarise', () => {
  it('keeps attendance as a warning, never a reason not to drive', () => {
    const d = driverReadiness({
      cleared: true,
      reasons: [],
      attendanceFlagged: true,
      attendanceSummary: '7 attendance points in 90 days (flag at 6).',
    });
    expect(d).toEqual({
      cleared: true,
      reasons: [],
      warnings: ['7 attendance points in 90 days (flag at 6).'],
    });
  });

  it('counts vans by state and DAs by clearance', () => {
    const vans = [van(), van({ preTrip: 'missing' }), van({ status: 'grounded' })].map(vanReadiness);
    const drivers = [true, true, false].map((cleared) =>
      driverReadiness({
        cleared,
        reasons: cleared ? [] : ['x'],
        attendanceFlagged: false,
        attendanceSummary: null,
      }),
    );
    expect(summarise(vans, drivers)).toEqual({
      vans: { ready: 1, inspection_missing: 1, maintenance_due: 0, grounded: 1, in_shop: 0, returned: 0 },
      dispatchableVans: 2,
      clearedDrivers: 2,
      notClearedDrivers: 1,
    });
  });
});
