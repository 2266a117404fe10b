import { describe, expect, it } from 'vitest';
import { countingPunches, distanceMeters, outsideRadius } from './punches.js';

describe('countingPunches', () => {
  it('a correction replaces its original, which is kept; a correction of a correction wins', () => {
    const rows = [
      { id: 'a', corrects_id: null },
      { id: 'b', corrects_id: 'a' },
      { id: 'c', corrects_id: 'b' },
      { id: 'd', corrects_id: null },
    ];
    expect(countingPunches(rows).map((r) => r.id)).toEqual(['c', 'd']);
  });
});

describe('the station radius', () => {
  const station = { latitude: 34.0522, longitude: -118.2437, radiusMeters: 300 };
  it('measures about 111 km per degree of latitude', () => {
    expect(
      Math.round(distanceMeters({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 }) / 1000),
    ).toBe(111);
  });
  it('flags a phone 0.005° (≈ 555 m) north, not one 0.001° (≈ 111 m) north, and knows nothing without places', () => {
    expect(outsideRadius({ latitude: 34.0572, longitude: -118.2437 }, station)).toBe(1);
    expect(outsideRadius({ latitude: 34.0532, longitude: -118.2437 }, station)).toBe(0);
    expect(outsideRadius(undefined, station)).toBeNull();
    expect(outsideRadius({ latitude: 34, longitude: -118 }, undefined)).toBeNull();
  });
});
