import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrg } from '../app/testing.js';
import { rowsOfDriversBetween } from './drivers-between.js';
import { freshDatabase, type TestDatabase } from './testing.js';

describe('rowsOfDriversBetween', () => {
  let db: TestDatabase;
  let orgId: string;
  let otherOrgId: string;
  beforeAll(async () => {
    db = await freshDatabase();
    orgId = (await seedOrg(db, { slug: 'between' })).orgId;
    otherOrgId = (await seedOrg(db, { slug: 'between-other' })).orgId;
    const approval = (org: string, driver: string, date: string, minutes: number) => ({
      org_id: org,
      id: `${org}-${driver}-${date}`,
      station_id: 's',
      driver_id: driver,
      business_date: date,
      route_code: null,
      minutes,
      note: 'approved',
      approved_by: 'u',
      approved_at: '2026-03-01T00:00:00.000Z',
    });
    await db.db
      .insertInto('overtime_approvals')
      .values([
        approval(orgId, 'da1', '2026-03-04', 30),
        approval(orgId, 'da1', '2026-03-01', 10),
        approval(orgId, 'da1', '2026-03-07', 70),
        approval(orgId, 'da1', '2026-03-08', 80),
        approval(orgId, 'da2', '2026-03-02', 20),
        approval(orgId, 'da3', '2026-03-03', 90),
        approval(otherOrgId, 'da1', '2026-03-05', 99),
      ])
      .execute();
  });
  afterAll(() => db.drop());

  const week = { from: '2026-03-01', to: '2026-03-07' };

  it('reads the named DAs of the org on both end dates and between, in the order asked', async () => {
    const rows = await rowsOfDriversBetween(
      db.db,
      'overtime_approvals',
      'business_date',
      { orgId, driverIds: ['da1', 'da2'], ...week },
      ['business_date'],
    );
    expect(rows.map((r) => [r.driver_id, r.business_date, r.minutes])).toEqual([
      ['da1', '2026-03-01', 10],
      ['da2', '2026-03-02', 20],
      ['da1', '2026-03-04', 30],
      ['da1', '2026-03-07', 70],
    ]);
  });

  it('reads nothing for no DAs', async () => {
    const rows = await rowsOfDriversBetween(db.db, 'overtime_approvals', 'business_date', {
      orgId,
      driverIds: [],
      ...week,
    });
    expect(rows).toEqual([]);
  });
});
