import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrg } from '../app/testing.js';
import { freshDatabase, type TestDatabase } from '../db/testing.js';
import { type Inspection, insertInspections, listPreTrips } from './store.js';

let db: TestDatabase;
let orgId: string;
let stationId: string;

beforeAll(async () => {
  db = await freshDatabase();
  const org = await seedOrg(db, { slug: 'pretrips', stations: ['DAU5'] });
  orgId = org.orgId;
  stationId = org.stationIds.DAU5 ?? '';
});
afterAll(() => db.drop());

const inspection = (
  id: string,
  vanId: string,
  businessDate: string,
  startedAt: string,
  kind: Inspection['kind'] = 'pre_trip',
): Inspection => ({
  id,
  vanId,
  stationId,
  vanType: 'edv',
  kind,
  businessDate,
  driverId: null,
  inspectorUserId: null,
  inspectorName: 'manager',
  startedAt,
  submittedAt: startedAt,
  receivedAt: startedAt,
  durationSeconds: 240,
  rushed: false,
  odometerMiles: 1000,
  fuelPercent: 80,
  items: [],
  bodyPhotos: { front: 'f', rear: 'r', driver_side: 'd', passenger_side: 'p' },
  odometerPhotoId: 'o',
  videoId: null,
  damageMarks: [],
  passed: true,
  grounded: false,
});

describe('listPreTrips', () => {
  it('finds the pre-trips of a business date started as far from it as clocks go (UTC+14, UTC−12)', async () => {
    await insertInspections(db.db, orgId, [
      // 00:30 on the 10th at UTC+14 (Kiritimati) is 10:30 UTC on the 9th.
      inspection('i-east', 'van-1', '2026-03-10', '2026-03-09T10:30:00.000Z'),
      // 23:30 on the 10th at UTC−12 is 11:30 UTC on the 11th.
      inspection('i-west', 'van-2', '2026-03-10', '2026-03-11T11:30:00.000Z'),
      inspection('i-day-before', 'van-1', '2026-03-09', '2026-03-09T09:00:00.000Z'),
      inspection('i-post-trip', 'van-2', '2026-03-10', '2026-03-10T20:00:00.000Z', 'post_trip'),
      inspection('i-other-van', 'van-3', '2026-03-10', '2026-03-10T15:00:00.000Z'),
    ]);
    const ids = async (dates: string[]) =>
      (await listPreTrips(db.db, orgId, ['van-1', 'van-2'], dates)).map((r) => r.id).sort();
    expect(await ids(['2026-03-10'])).toEqual(['i-east', 'i-west']);
    expect(await ids(['2026-03-10', '2026-03-09'])).toEqual(['i-day-before', 'i-east', 'i-west']);
    expect(await ids(['2026-03-08'])).toEqual([]);
  });
});
