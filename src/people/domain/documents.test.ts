import { describe, expect, it } from 'vitest';
import { type ApprovedDocument, expiringFor, newestByType } from './documents.js';

// Issue 4: "expiry dates, a list of what expires in 30/14/7 days and what has expired; an expired license
// or medical card makes the DA not cleared". The license and DOT card expiries live on the profile.

const TODAY = '2026-05-01';
const da = { licenseExpiry: '2026-05-10', dotMedicalExpiry: '2026-04-20', vanTypes: ['cdv' as const] };
const doc = (over: Partial<ApprovedDocument>): ApprovedDocument => ({
  id: 'd1',
  type: 'background_check',
  expiry: '2026-05-20',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...over,
});

describe('expiringFor', () => {
  it('lists the profile’s license even with no document uploaded', () => {
    expect(expiringFor(da, [], TODAY, 14)).toEqual([
      {
        type: 'drivers_license',
        expiry: '2026-05-10',
        bucket: 'within14',
        source: 'profile',
        documentId: null,
      },
    ]);
  });

  it('lists the DOT card only for a DA who may drive step vans', () => {
    expect(expiringFor(da, [], TODAY, 7)).toEqual([]);
    const stepVan = { ...da, vanTypes: ['step_van' as const] };
    expect(expiringFor(stepVan, [], TODAY, 7)).toEqual([
      {
        type: 'dot_medical_card',
        expiry: '2026-04-20',
        bucket: 'expired',
        source: 'profile',
        documentId: null,
      },
    ]);
  });

  it('keeps to the window asked: 30 days lists what 7 days leaves out, soonest first', () => {
    const items = expiringFor(da, [doc({})], TODAY, 30);
    expect(items.map((i) => [i.type, i.bucket])).toEqual([
      ['drivers_license', 'within14'],
      ['background_check', 'within30'],
    ]);
    expect(expiringFor(da, [doc({})], TODAY, 7)).toEqual([]);
  });

  it('reads other documents by their newest copy: a renewal replaces the expired one', () => {
    const old = doc({ id: 'old', expiry: '2026-04-01', createdAt: '2025-04-01T00:00:00.000Z' });
    const renewed = doc({ id: 'new', expiry: '2027-04-01', createdAt: '2026-04-02T00:00:00.000Z' });
    expect(expiringFor({ ...da, licenseExpiry: '2030-01-01' }, [old, renewed], TODAY, 30)).toEqual([]);
    expect(newestByType([renewed, old]).map((d) => d.id)).toEqual(['new']);
  });

  it('leaves license documents to the profile, so they are not listed twice', () => {
    const license = doc({ type: 'drivers_license', expiry: '2026-05-02' });
    expect(expiringFor({ ...da, licenseExpiry: '2030-01-01' }, [license], TODAY, 30)).toEqual([]);
  });
});
