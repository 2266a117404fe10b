import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../db/testing.js';
import { diskStorage } from '../files/storage.js';
import { PastDate, PlanningDate, TermDate } from '../shared/date-schemas.js';
import { addDays, weekday } from '../shared/days.js';
import { createDemoDsp } from './generate.js';

// Issue 15: "attendance history with realistic callout rates (plan for 3–8% of scheduled shifts, higher
// on Mondays/Saturdays)".

describe('demo people records', () => {
  let db: TestDatabase;
  let dir = '';
  let orgId = '';

  beforeAll(async () => {
    db = await freshDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-demo-'));
    orgId = (await createDemoDsp(db.db, { seed: 1, scale: 1, storage: diskStorage(dir) })).orgId;
  }, 180_000); // the whole demo DSP, its payroll included: slow on a loaded machine
  afterAll(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives every date a range a request or a file would accept for it (issue 12, item 6)', async () => {
    const dates = async (table: string, column: string) =>
      (
        await sql<{ date: string | null }>`select ${sql.ref(column)} as date from ${sql.table(table)}
          where org_id = ${orgId}`.execute(db.db)
      ).rows.flatMap((r) => (r.date === null ? [] : [r.date]));
    const checks: [string, string, typeof PastDate][] = [
      ['drivers', 'hire_date', PastDate],
      ['drivers', 'license_expiry', TermDate],
      ['drivers', 'dot_medical_expiry', TermDate],
      ['vans', 'ownership_start', TermDate],
      ['vans', 'ownership_end', TermDate],
      ['service_records', 'service_date', PastDate],
      ['onboarding_records', 'expiry', TermDate],
      ['driver_documents', 'expiry', TermDate],
      ['attendance_events', 'business_date', PlanningDate],
      ['shifts', 'business_date', PlanningDate],
      ['time_off_requests', 'first_date', PlanningDate],
      ['damage_repairs', 'repaired_on', PastDate],
    ];
    for (const [table, column, schema] of checks) {
      const all = await dates(table, column);
      const bad = all.filter((d) => !schema.safeParse(d).success);
      expect(bad, `${table}.${column}`).toEqual([]);
    }
  });

  it('calls out on 3–8% of scheduled shifts, more on Mondays and Saturdays', async () => {
    const active = await db.db
      .selectFrom('drivers')
      .select('id')
      .where('org_id', '=', orgId)
      .where('status', '=', 'active')
      .execute();
    const callouts = await db.db
      .selectFrom('attendance_events')
      .select('business_date')
      .where('org_id', '=', orgId)
      .where('kind', '=', 'callout')
      .execute();
    // Five shifts a week over twelve weeks, less for DAs hired within them: at most 60 each.
    const rate = callouts.length / (active.length * 60);
    expect(rate).toBeGreaterThan(0.03);
    expect(rate).toBeLessThan(0.08);
    const busy = callouts.filter((c) => [1, 6].includes(weekday(c.business_date))).length / 2;
    const other = callouts.filter((c) => ![1, 6].includes(weekday(c.business_date))).length / 5;
    expect(busy).toBeGreaterThan(other);
  });

  it('puts a few DAs over the flag, has documents expiring soon and expired, and one to review per station', async () => {
    const points = await db.db
      .selectFrom('attendance_events')
      .select(['driver_id', (eb) => eb.fn.sum<number>('points_tenths').as('p')])
      .where('org_id', '=', orgId)
      .groupBy('driver_id')
      .execute();
    const flagged = points.filter((r) => Number(r.p) >= 60).length;
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThan(points.length / 5);
    const docs = await db.db.selectFrom('driver_documents').selectAll().where('org_id', '=', orgId).execute();
    expect(docs.filter((d) => d.status === 'pending_review')).toHaveLength(2);
    const today = new Date().toISOString().slice(0, 10);
    const checks = docs.filter((d) => d.type === 'mvr' && d.expiry);
    expect(checks.some((d) => (d.expiry as string) < today)).toBe(true);
    const soon = addDays(today, 30);
    expect(checks.some((d) => (d.expiry as string) >= today && (d.expiry as string) <= soon)).toBe(true);
    const steps = await db.db
      .selectFrom('onboarding_records')
      .select('status')
      .where('org_id', '=', orgId)
      .execute();
    expect(new Set(steps.map((s) => s.status))).toEqual(new Set(['done', 'failed']));
  });
});
