import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase, type TestDatabase } from '../db/testing.js';
import { createDemoDsp } from '../demo/generate.js';
import { diskStorage } from '../files/storage.js';
import { newDamage } from './domain/new-damage.js';
import { isRushed } from './domain/timing.js';
import { findInspections, toInspection } from './store.js';

// Issue 15: "12 weeks of inspections (some failures and rushed ones), damage with photos (generated images)".
describe('demo inspections', () => {
  let db: TestDatabase;
  let dir = '';
  let orgId = '';

  beforeAll(async () => {
    db = await freshDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-demo-'));
    orgId = (await createDemoDsp(db.db, { seed: 1, scale: 1, storage: diskStorage(dir) })).orgId;
  });
  afterAll(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const all = async () =>
    (await db.db.selectFrom('inspections').selectAll().where('org_id', '=', orgId).execute()).map(
      toInspection,
    );

  it('has twelve weeks of pre- and post-trips, about 3% failed and 8% rushed by the rule', async () => {
    const inspections = await all();
    const dates = new Set(inspections.map((i) => i.businessDate));
    expect(dates.size).toBeGreaterThanOrEqual(83);
    expect(inspections.filter((i) => i.kind === 'post_trip').length).toBeGreaterThan(
      inspections.length * 0.4,
    );
    const failed = inspections.filter((i) => !i.passed).length / inspections.length;
    expect(failed).toBeGreaterThan(0.02);
    expect(failed).toBeLessThan(0.045);
    const rushed = inspections.filter((i) => i.rushed).length / inspections.length;
    expect(rushed).toBeGreaterThan(0.05);
    expect(rushed).toBeLessThan(0.11);
    for (const i of inspections) expect(i.rushed).toBe(isRushed(i.durationSeconds, i.vanType));
  });

  it('shows the stored generated photos on every inspection', async () => {
    const [one] = await all();
    const files = await db.db
      .selectFrom('files')
      .select(['id', 'content_type', 'thumbnail_key'])
      .where('org_id', '=', orgId)
      .where('id', 'in', [one?.bodyPhotos.front ?? '', one?.odometerPhotoId ?? ''])
      .execute();
    expect(files).toHaveLength(2);
    expect(files.every((f) => f.content_type === 'image/jpeg' && f.thumbnail_key)).toBe(true);
  });

  it('records damage found between consecutive inspections of a van, attributed, with a photo', async () => {
    const found = await db.db
      .selectFrom('damage_records')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('source', '=', 'inspection')
      .execute();
    expect(found.length).toBeGreaterThan(3);
    const linked = new Map(
      (
        await findInspections(
          db.db,
          orgId,
          found.flatMap((d) => [d.previous_inspection_id ?? '', d.inspection_id ?? '']),
        )
      ).map((i) => [i.id, i]),
    );
    for (const d of found) {
      const previous = linked.get(d.previous_inspection_id ?? '');
      const current = linked.get(d.inspection_id ?? '');
      expect(previous?.vanId).toBe(d.van_id);
      expect(current?.vanId).toBe(d.van_id);
      expect(previous && current && previous.startedAt < current.startedAt).toBe(true);
      expect(newDamage(previous ?? null, current ?? { damageMarks: [] })).toEqual(JSON.parse(d.panels));
      expect(JSON.parse(d.photo_ids)).toHaveLength(1);
      expect(d.attribution).toContain('damage found on');
    }
    expect(new Set(found.map((d) => d.attribution_kind))).toContain('shift');
  });

  it('grounds the van of every "van grounded" alert (this morning’s failure), and tells of new damage', async () => {
    const alerts = await db.db.selectFrom('alerts').selectAll().where('org_id', '=', orgId).execute();
    for (const a of alerts.filter((x) => x.kind === 'van_grounded')) {
      const van = await db.db
        .selectFrom('vans')
        .select('status')
        .where('id', '=', a.van_id ?? '')
        .executeTakeFirst();
      expect(van?.status).toBe('grounded');
      const [failed] = await findInspections(db.db, orgId, [a.entity_id]);
      expect(failed).toMatchObject({ kind: 'pre_trip', grounded: true, passed: false });
    }
    expect(alerts.some((a) => a.kind === 'new_damage' && a.acknowledged_at === null)).toBe(true);
  });
});
