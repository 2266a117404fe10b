import { describe, expect, it } from 'vitest';
import { type ClearanceInput, clearedToDrive } from './cleared.js';

// Issue 3's DA profile: "van types they may drive (EDV, CDV, step van, rental), driver's license number,
// state and expiry, DOT medical card expiry"; glossary: a step van is over 10,000 lb GVWR, "so DOT rules
// and medical card apply".

const TODAY = '2026-05-01';
const da = (over: Partial<ClearanceInput> = {}): ClearanceInput => ({
  status: 'active',
  vanTypes: ['edv', 'cdv'],
  licenseExpiry: '2027-01-31',
  dotMedicalExpiry: null,
  ...over,
});

describe('clearedToDrive', () => {
  it('clears an active DA with a valid license for their van types', () => {
    expect(clearedToDrive(da(), TODAY)).toMatchObject({
      cleared: true,
      reasons: [],
      vanTypes: ['edv', 'cdv'],
    });
  });

  it('issue 3 (status): a DA who is not active is not cleared, whatever else is on file', () => {
    for (const status of ['applicant', 'onboarding', 'inactive', 'terminated'] as const) {
      expect(clearedToDrive(da({ status }), TODAY)).toMatchObject({
        cleared: false,
        reasons: [`Status is ${status}, not active.`],
        vanTypes: [],
      });
    }
  });

  it("issue 3 (driver's license expiry): no expiry on file is not cleared", () => {
    expect(clearedToDrive(da({ licenseExpiry: null }), TODAY).reasons).toEqual([
      'No driver’s license expiry on file.',
    ]);
  });

  it("issue 3 (driver's license expiry): expired the day before is not cleared", () => {
    expect(clearedToDrive(da({ licenseExpiry: '2026-04-30' }), TODAY)).toMatchObject({
      cleared: false,
      reasons: ['Driver’s license expired on 2026-04-30.'],
      vanTypes: [],
    });
  });

  it("issue 3 (driver's license expiry): a license expiring on the day itself is still valid that day", () => {
    expect(clearedToDrive(da({ licenseExpiry: TODAY }), TODAY).cleared).toBe(true);
  });

  it('issue 3 (van types they may drive): a DA with no van types is not cleared', () => {
    expect(clearedToDrive(da({ vanTypes: [] }), TODAY).reasons).toEqual([
      'No van types the DA is qualified for.',
    ]);
  });

  it('issue 3 (DOT medical card expiry): a step-van-only DA without a medical card is not cleared', () => {
    expect(clearedToDrive(da({ vanTypes: ['step_van'] }), TODAY)).toMatchObject({
      cleared: false,
      reasons: ['No DOT medical card on file (step vans).'],
      vanTypes: [],
    });
  });

  it('issue 3 (DOT medical card expiry): a step-van-only DA whose card expired is not cleared, and why', () => {
    expect(
      clearedToDrive(da({ vanTypes: ['step_van'], dotMedicalExpiry: '2026-04-30' }), TODAY).reasons,
    ).toEqual(['DOT medical card expired on 2026-04-30.']);
  });

  it('issue 3 (DOT medical card expiry): a mixed DA without a card is cleared, without step_van', () => {
    expect(clearedToDrive(da({ vanTypes: ['cdv', 'step_van', 'rental'] }), TODAY)).toMatchObject({
      cleared: true,
      reasons: [],
      vanTypes: ['cdv', 'rental'],
    });
  });

  it('issue 3 (DOT medical card expiry): a card expiring on the day itself still allows step vans that day', () => {
    expect(clearedToDrive(da({ vanTypes: ['step_van'], dotMedicalExpiry: TODAY }), TODAY)).toMatchObject({
      cleared: true,
      reasons: [],
      vanTypes: ['step_van'],
    });
  });

  it('gives every reason at once, so a dispatcher sees all that is missing', () => {
    expect(
      clearedToDrive(
        { status: 'onboarding', vanTypes: [], licenseExpiry: null, dotMedicalExpiry: null },
        TODAY,
      ).reasons,
    ).toEqual([
      'Status is onboarding, not active.',
      'No driver’s license expiry on file.',
      'No van types the DA is qualified for.',
    ]);
  });
});

describe('clearedToDrive with onboarding', () => {
  it('a failed onboarding step (e.g. a drug test) keeps even an active DA off the road, naming it', () => {
    expect(clearedToDrive(da({ failedSteps: ['Drug test'] }), TODAY)).toMatchObject({
      cleared: false,
      reasons: ['Onboarding step failed: Drug test.'],
      vanTypes: [],
    });
  });
});

describe('clearedToDrive causes', () => {
  it('gives each reason as a code and its value, for the DA’s phone to word in their language', () => {
    const c = clearedToDrive(da({ failedSteps: ['Drug test'] }), TODAY);
    expect(c.causes).toEqual([{ code: 'step_failed', value: 'Drug test' }]);
    expect(c.causes).toHaveLength(c.reasons.length);
  });
});
