import { describe, expect, it } from 'vitest';
import { attributeNewDamage, type InspectionFacts, newDamage } from './new-damage.js';
import type { Panel } from './panels.js';

const marks = (...panels: Panel[]) => panels.map((panel) => ({ panel }));

const inspection = (over: Partial<InspectionFacts>): InspectionFacts => ({
  id: 'i',
  kind: 'pre_trip',
  driverId: 'x',
  inspectorName: 'Xavier Diaz',
  businessDate: '2026-05-01',
  startedAt: '2026-05-01T14:00:00.000Z',
  damageMarks: [],
  ...over,
});

const X = { driverId: 'x', inspectorName: 'Xavier Diaz' };
const Y = { driverId: 'y', inspectorName: 'Yolanda Cruz' };

describe('newDamage (issue 10)', () => {
  it('is the panels damaged now and not before, in diagram order', () => {
    const before = inspection({ damageMarks: marks('hood', 'rear_bumper') });
    const now = inspection({ damageMarks: marks('rear_bumper', 'roof', 'front_bumper', 'hood') });
    expect(newDamage(before, now)).toEqual(['front_bumper', 'roof']);
  });

  it('finds nothing new when damage is the same, less (repaired) or on the van’s first inspection', () => {
    const before = inspection({ damageMarks: marks('hood', 'roof') });
    expect(newDamage(before, inspection({ damageMarks: marks('roof', 'hood') }))).toEqual([]);
    expect(newDamage(before, inspection({ damageMarks: marks('roof') }))).toEqual([]);
    expect(newDamage(null, inspection({ damageMarks: marks('roof') }))).toEqual([]);
  });
});

describe('attributeNewDamage: the shift in between', () => {
  it('DA X’s pre-trip on D, DA Y’s pre-trip on D+1: X’s shift on D (no post-trip)', () => {
    const prev = inspection({ ...X, id: 'p' });
    const cur = inspection({
      ...Y,
      id: 'c',
      businessDate: '2026-05-02',
      startedAt: '2026-05-02T14:00:00.000Z',
    });
    expect(attributeNewDamage(prev, cur, ['rear_bumper'])).toEqual({
      kind: 'shift',
      driverId: 'x',
      shiftDate: '2026-05-01',
      explanation:
        'Rear bumper damage found on Yolanda Cruz’s pre-trip on 2026-05-02, not on Xavier Diaz’s pre-trip on ' +
        '2026-05-01. Xavier Diaz had the van on 2026-05-01 and did no post-trip.',
    });
  });

  it('X’s pre-trip and X’s post-trip the same day: X’s shift', () => {
    const prev = inspection({ ...X });
    const cur = inspection({ ...X, kind: 'post_trip', startedAt: '2026-05-02T01:00:00.000Z' });
    const a = attributeNewDamage(prev, cur, ['hood', 'roof']);
    expect(a).toMatchObject({ kind: 'shift', driverId: 'x', shiftDate: '2026-05-01' });
    expect(a.explanation).toBe(
      'Hood and roof damage found on Xavier Diaz’s post-trip on 2026-05-01, not on Xavier Diaz’s pre-trip on ' +
        '2026-05-01. Xavier Diaz had the van on 2026-05-01.',
    );
  });

  it('X’s post-trip on D, Y’s pre-trip on D+1: the van was parked, both inspections named, no DA', () => {
    const prev = inspection({ ...X, kind: 'post_trip' });
    const cur = inspection({ ...Y, businessDate: '2026-05-02' });
    const a = attributeNewDamage(prev, cur, ['driver_side_rear']);
    expect(a).toMatchObject({ kind: 'parked', driverId: null, shiftDate: null });
    expect(a.explanation).toContain('Xavier Diaz’s post-trip on 2026-05-01');
    expect(a.explanation).toContain('Yolanda Cruz’s pre-trip on 2026-05-02');
    expect(a.explanation).toContain('The van was parked between them');
  });

  it('X’s post-trip, then Y’s post-trip with no pre-trip: Y’s shift, parked hours included', () => {
    const prev = inspection({ ...X, kind: 'post_trip' });
    const cur = inspection({ ...Y, kind: 'post_trip', businessDate: '2026-05-02' });
    const a = attributeNewDamage(prev, cur, ['roof']);
    expect(a).toMatchObject({ kind: 'shift', driverId: 'y', shiftDate: '2026-05-02' });
    expect(a.explanation).toContain('without a pre-trip');
  });

  it('cannot name a DA when staff did the pre-trip, the van changed hands, or the DA re-inspected', () => {
    const staffPre = inspection({ driverId: null, inspectorName: 'Dana Dispatcher' });
    expect(
      attributeNewDamage(staffPre, inspection({ ...Y, businessDate: '2026-05-02' }), ['hood']).kind,
    ).toBe('unclear');
    const handover = attributeNewDamage(inspection({ ...X }), inspection({ ...Y, kind: 'post_trip' }), [
      'hood',
    ]);
    expect(handover).toMatchObject({ kind: 'unclear', driverId: null });
    expect(handover.explanation).toContain('changed hands');
    const again = attributeNewDamage(
      inspection({ ...X }),
      inspection({ ...X, startedAt: '2026-05-01T14:20:00.000Z' }),
      ['hood'],
    );
    expect(again.kind).toBe('unclear');
    const staffPost = inspection({ kind: 'post_trip', driverId: null, inspectorName: 'Dana Dispatcher' });
    expect(attributeNewDamage(inspection({ ...X, kind: 'post_trip' }), staffPost, ['hood']).kind).toBe(
      'unclear',
    );
  });
});
