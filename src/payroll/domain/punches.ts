/** Pure helpers over stored punches: which count, and whether a phone was at the station. */

/** A workday never runs longer than this: a punch with no punch in in the 24 h before it starts none. */
export const LONGEST_WORKDAY_MS = 24 * 3600_000;

interface Stored {
  id: string;
  corrects_id: string | null;
}

/** The punches that count: every punch no other punch corrects (a correction replaces, the original stays). */
export function countingPunches<T extends Stored>(rows: readonly T[]): T[] {
  const corrected = new Set(rows.flatMap((r) => (r.corrects_id ? [r.corrects_id] : [])));
  return rows.filter((r) => !corrected.has(r.id));
}

export interface Place {
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_METERS = 6_371_000;
const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance (haversine): plenty for a station's radius of a few hundred meters. */
export function distanceMeters(a: Place, b: Place): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(h));
}

/** 1 when the phone was outside the station's radius, 0 inside, null when either place is unknown. */
export function outsideRadius(
  phone: Place | undefined,
  station: (Place & { radiusMeters: number }) | undefined,
): 0 | 1 | null {
  if (!phone || !station) return null;
  return distanceMeters(phone, station) > station.radiusMeters ? 1 : 0;
}
