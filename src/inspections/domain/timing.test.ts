import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VAN_TYPES } from '../../shared/vans.js';
import { inspectionSeconds, isRushed, rushedUnderSeconds, timingProblems } from './timing.js';

// Glossary: "Amazon tracks rushed DVICs (under 90 s for a standard van, 5 min for a DOT step van)".
describe('rushed DVIC', () => {
  it('is under 90 s for EDVs, CDVs and rentals: 89 s is rushed, 90 s is not', () => {
    for (const type of ['edv', 'cdv', 'rental'] as const) {
      expect(isRushed(89, type)).toBe(true);
      expect(isRushed(90, type)).toBe(false);
    }
  });

  it('is under 5 minutes for a step van: 299 s is rushed, 300 s is not', () => {
    expect(isRushed(299, 'step_van')).toBe(true);
    expect(isRushed(300, 'step_van')).toBe(false);
    expect(isRushed(120, 'step_van')).toBe(true);
  });

  it('is rushed exactly below the van type’s limit, for any duration', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VAN_TYPES), fc.nat(100_000), (type, seconds) => {
        expect(isRushed(seconds, type)).toBe(seconds < rushedUnderSeconds(type));
      }),
    );
  });
});

describe('inspectionSeconds', () => {
  it('counts whole seconds between opening the checklist and submitting', () => {
    expect(inspectionSeconds('2026-05-01T14:00:00.000Z', '2026-05-01T14:01:29.999Z')).toBe(89);
    expect(inspectionSeconds('2026-05-01T14:00:00.000Z', '2026-05-01T14:00:00.000Z')).toBe(0);
  });

  it('has no answer when submit comes before the start or a time is not a time', () => {
    expect(inspectionSeconds('2026-05-01T14:00:00.000Z', '2026-05-01T13:59:59.000Z')).toBeNull();
    expect(inspectionSeconds('yesterday', '2026-05-01T13:59:59.000Z')).toBeNull();
  });
});

describe('timingProblems', () => {
  const received = '2026-05-10T15:00:00.000Z';
  it('believes a phone a few minutes fast, and an inspection kept offline up to a week', () => {
    expect(timingProblems('2026-05-10T15:05:00.000Z', '2026-05-10T15:08:00.000Z', received)).toEqual([]);
    expect(timingProblems('2026-05-03T15:00:01.000Z', '2026-05-03T15:03:00.000Z', received)).toEqual([]);
  });

  it('names the field that cannot be right', () => {
    expect(timingProblems('2026-05-10T16:00:00.000Z', '2026-05-10T16:03:00.000Z', received)[0]?.path).toBe(
      'startedAt',
    );
    expect(timingProblems('2026-05-01T15:00:00.000Z', '2026-05-01T15:03:00.000Z', received)[0]?.message).toBe(
      'Inspections older than 7 days cannot be sent.',
    );
    expect(timingProblems('2026-05-10T14:00:00.000Z', '2026-05-10T13:59:00.000Z', received)[0]?.path).toBe(
      'submittedAt',
    );
    expect(timingProblems('2026-05-10T14:00:00.000Z', '2026-05-10T17:00:00.000Z', received)[0]?.path).toBe(
      'submittedAt',
    );
  });
});
