import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../cli/commands.js';
import { demoFilesCommand } from '../cli/demo-files.js';
import type { DaWeeksTable, SafetyEventsTable } from '../db/schema.js';
import { freshDatabase, type TestDatabase } from '../db/testing.js';
import { diskStorage } from '../files/storage.js';
import { groupBy } from '../people/domain/group.js';
import { fitReport } from '../performance/domain/fit-report.js';
import { METRICS } from '../performance/domain/metrics.js';
import { DEFAULT_PROFILE } from '../performance/domain/profile.js';
import { scoreWeeks } from '../performance/domain/weekly.js';
import { weekStartOf } from '../performance/domain/weeks.js';
import { unknownTransporters } from '../performance/links.js';
import { amazonOf, amazonWeekOf, factOf } from '../performance/views.js';
import { createDemoDsp } from './generate.js';
import { completeWeeks } from './performance-history.js';
import { demoCoachingTrait, demoPerformanceProfile, type ProblemMetric } from './performance-profile.js';
import { ownerActor } from './performance-store.js';

// The performance demo: 12 weeks of per-DA figures, safety events and feedback per station, consistent
// with each DA's profile and the dispatch history, imported from real files through the import mechanism.
describe('demo performance', () => {
  const SEED = 1;
  let db: TestDatabase;
  let dir = '';
  let orgId = '';
  let weeks: DaWeeksTable[] = [];
  let events: SafetyEventsTable[] = [];
  let routes: {
    driver_id: string | null;
    business_date: string;
    actual_start: string | null;
    actual_end: string | null;
    vin: string | null;
    fleet_number: string | null;
  }[] = [];
  const key = (...parts: (string | null)[]) => parts.join('|');
  const metricsOf = (w: DaWeeksTable) => JSON.parse(w.metrics) as Record<string, number | null>;

  beforeAll(async () => {
    db = await freshDatabase();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-demo-performance-'));
    orgId = (await createDemoDsp(db.db, { seed: SEED, scale: 1, storage: diskStorage(dir) })).orgId;
    weeks = await db.db.selectFrom('da_weeks').selectAll().where('org_id', '=', orgId).execute();
    events = await db.db.selectFrom('safety_events').selectAll().where('org_id', '=', orgId).execute();
    routes = await db.db
      .selectFrom('routes')
      .leftJoin('vans', 'vans.id', 'routes.van_id')
      .select([
        'routes.driver_id',
        'routes.business_date',
        'routes.actual_start',
        'routes.actual_end',
        'vans.vin',
        'vans.fleet_number',
      ])
      .where('routes.org_id', '=', orgId)
      .where('routes.actual_end', 'is not', null)
      .execute();
  }, 180_000); // the whole demo DSP, its imports included: slow on a loaded PostgreSQL
  afterAll(async () => {
    await db.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('has a row for every DA who drove in each of the last 12 complete weeks, tiers from Fantastic Plus to Poor', async () => {
    const stations = await db.db.selectFrom('stations').selectAll().where('org_id', '=', orgId).execute();
    for (const s of stations) {
      const mine = weeks.filter((w) => w.station_id === s.id);
      expect([...new Set(mine.map((w) => w.week_start))].sort()).toEqual(
        completeWeeks(s.time_zone, new Date()),
      );
    }
    const inRange = new Set(weeks.map((w) => w.week_start));
    const drove = new Set(
      routes
        .filter((r) => inRange.has(weekStartOf(r.business_date)))
        .map((r) => key(r.driver_id, weekStartOf(r.business_date))),
    );
    const rows = new Set(weeks.filter((w) => w.driver_id).map((w) => key(w.driver_id, w.week_start)));
    expect(rows).toEqual(drove);
    expect(rows.size).toBeGreaterThan(24 * 40);

    const standings = groupBy(weeks, (w) => w.overall_standing ?? '-');
    for (const s of ['fantastic_plus', 'fantastic', 'great', 'fair', 'poor']) {
      expect(standings.get(s)?.length ?? 0, s).toBeGreaterThan(weeks.length * 0.03);
    }
    const good = (standings.get('fantastic_plus')?.length ?? 0) + (standings.get('fantastic')?.length ?? 0);
    expect(good / weeks.length).toBeGreaterThan(0.6);
  });

  it('ranks no DA first, by our default estimate, whom Amazon put in Poor on a safety metric', () => {
    const safety = METRICS.filter((m) => m.category === 'safety').map((m) => m.key);
    for (const [station, rows] of groupBy(weeks, (w) => w.station_id)) {
      const scored = scoreWeeks(() => DEFAULT_PROFILE, rows.map(factOf));
      const firsts = rows.filter((r) => scored.get(r.id)?.rank === 1);
      expect(firsts.length, station).toBeGreaterThan(0);
      for (const r of firsts) {
        const tiers = amazonOf(r).tiers;
        expect(
          safety.filter((k) => tiers[k] === 'poor'),
          `${r.transporter_id} ${r.week_start}`,
        ).toEqual([]);
      }
    }
  });

  it('fits weights to Amazon’s scores that beat the default on the weeks held out', () => {
    const report = fitReport(DEFAULT_PROFILE, weeks.map(amazonWeekOf), 'Fitted');
    expect(report.heldOutWeeks).toHaveLength(3);
    expect(report.after.meanAbsError as number).toBeLessThan(report.before.meanAbsError as number);
    expect(report.after.standingAgreement as number).toBeGreaterThan(
      report.before.standingAgreement as number,
    );
    // The demo's Amazon weighs following distance: the fit finds it.
    expect(report.profile?.metrics.following_distance.weight).toBeLessThan(-5);
  });

  it('keeps each DA to their profile: strong DAs Fantastic, weak ones mostly Fair or Poor', () => {
    const linked = weeks.filter((w) => w.driver_id);
    const share = (level: string, standings: string[]) => {
      const mine = linked.filter((w) => {
        const p = demoPerformanceProfile(SEED, w.transporter_id);
        return p.level === level && p.problem === null;
      });
      expect(mine.length).toBeGreaterThan(50);
      return mine.filter((w) => standings.includes(w.overall_standing ?? '')).length / mine.length;
    };
    expect(share('strong', ['fantastic_plus', 'fantastic'])).toBeGreaterThan(0.95);
    expect(share('weak', ['fair', 'poor'])).toBeGreaterThan(0.6);
    // The rates agree with the events: a DA week with no Cortex speeding event has a speeding rate of 0.
    const speeding = new Set(
      events
        .filter((e) => e.metric_type === 'Speeding')
        .map((e) => key(e.driver_id, weekStartOf(e.business_date))),
    );
    for (const w of linked) {
      expect(metricsOf(w).speeding === 0, `${w.transporter_id} ${w.week_start}`).toBe(
        !speeding.has(key(w.driver_id, w.week_start)),
      );
    }
  });

  it('puts every safety event on a route the DA drove that day, in that route’s hours and van, with a video', () => {
    const linked = events.filter((e) => e.driver_id);
    expect(linked.length).toBeGreaterThan(1000);
    expect(new Set(linked.map((e) => e.source))).toEqual(new Set(['netradyne']));
    const byDay = new Map(routes.map((r) => [key(r.driver_id, r.business_date), r]));
    for (const e of linked) {
      const route = byDay.get(key(e.driver_id, e.business_date));
      expect(route, `${e.event_id} on ${e.business_date}`).toBeDefined();
      expect(e.occurred_at >= (route?.actual_start ?? '')).toBe(true);
      expect(e.occurred_at <= (route?.actual_end ?? '')).toBe(true);
      expect([route?.vin, route?.fleet_number]).toContain(e.vehicle);
      expect(e.video_link).toMatch(/^https:\/\//);
    }
    // Cortex's rows (by VIN) and the camera's own (by fleet number) both came in.
    expect(linked.some((e) => e.vehicle?.length === 17)).toBe(true);
    expect(linked.some((e) => e.metric_type === 'Hard Braking')).toBe(true);
  });

  const CORTEX_TYPE: Record<Exclude<ProblemMetric, 'pod'>, string> = {
    following_distance: 'Following Distance',
    speeding: 'Speeding',
    distractions: 'Distraction',
    sign_signal: 'Sign/Signal Violation',
  };

  /** A DA's weeks with data, oldest first, with how bad the problem metric was each week. */
  function problemWeeks(driverId: string, problem: ProblemMetric) {
    const mine = weeks
      .filter((w) => w.driver_id === driverId)
      .sort((a, b) => a.week_start.localeCompare(b.week_start));
    return mine.map((w) => {
      if (problem === 'pod') {
        const pod = metricsOf(w).pod ?? 1;
        return { week: w.week_start, value: pod, bad: pod < 0.94 };
      }
      const n = events.filter(
        (e) =>
          e.driver_id === driverId &&
          e.metric_type === CORTEX_TYPE[problem] &&
          weekStartOf(e.business_date) === w.week_start,
      ).length;
      return { week: w.week_start, value: n, bad: n >= 2 };
    });
  }

  it('makes DAs who respond to coaching better after their first bad week, and those who do not stay bad', async () => {
    const drivers = await db.db
      .selectFrom('drivers')
      .select(['id', 'transporter_id'])
      .where('org_id', '=', orgId)
      .execute();
    const shown = { responds: 0, does_not_respond: 0 };
    for (const d of drivers) {
      const trait = demoCoachingTrait(SEED, d.transporter_id ?? '');
      const { problem } = demoPerformanceProfile(SEED, d.transporter_id ?? '');
      if (!trait || !problem) continue;
      const story = problemWeeks(d.id, problem);
      const first = story.findIndex((w) => w.bad);
      if (first < 0) continue;
      const bad = story[first] as { value: number };
      const after = story.slice(first + 1);
      if (after.length < 2) continue;
      shown[trait]++;
      const mean = after.reduce((n, w) => n + w.value, 0) / after.length;
      if (trait === 'responds') {
        expect(
          after.every((w) => !w.bad),
          `${d.transporter_id} ${problem}`,
        ).toBe(true);
        if (problem === 'pod') expect(mean).toBeGreaterThan(bad.value + 0.02);
        else expect(mean).toBeLessThanOrEqual(bad.value / 3);
      } else {
        expect(
          after.every((w) => w.bad),
          `${d.transporter_id} ${problem}`,
        ).toBe(true);
        if (problem === 'pod') expect(mean).toBeLessThan(0.94);
        else expect(mean).toBeGreaterThanOrEqual(3);
      }
    }
    expect(shown.responds).toBeGreaterThanOrEqual(3);
    expect(shown.does_not_respond).toBeGreaterThanOrEqual(3);
  });

  it('lists the Transporter IDs of DAs who left as unknown, two per station', async () => {
    const { items } = await unknownTransporters(db.db, await ownerActor(db.db, orgId));
    expect(items).toHaveLength(4);
    expect(items.every((i) => i.holder === null)).toBe(true);
    expect(new Set(items.flatMap((i) => i.stations))).toEqual(new Set(['DXC1', 'DXT1']));
  });

  it('writes the same files from the CLI, which import again creating and changing nothing (CSV and XLSX)', async () => {
    const out = path.join(dir, 'files');
    const kindOf = (file: string) =>
      file.startsWith('DSP_Overview')
        ? 'da-weekly'
        : /^(Safety|Netradyne)/.test(file)
          ? 'safety-events'
          : 'customer-feedback';
    const reimport = async (files: string[]) => {
      for (const file of files) {
        const station = path.basename(path.dirname(file));
        const r = await importCommand(db, {
          kind: kindOf(path.basename(file)),
          file,
          org: 'demo',
          station,
          dryRun: false,
        });
        expect([r.status, r.created, r.updated], path.basename(file)).toEqual(['committed', 0, 0]);
        expect(r.unchanged).toBe(r.rows);
      }
    };
    const csv = await demoFilesCommand(db, { out, seed: SEED, xlsx: false });
    expect(csv).toHaveLength(120);
    expect(fs.readFileSync(csv.find((f) => f.includes('DSP_Overview')) ?? '', 'utf8')).toMatch(
      /^Week,Delivery Associate ,Transporter ID,/,
    );
    await reimport(csv);
    const xlsx = await demoFilesCommand(db, { out: path.join(dir, 'xlsx'), seed: SEED, xlsx: true });
    await reimport(xlsx.filter((f) => f.endsWith('.xlsx')));
    expect(xlsx.filter((f) => f.endsWith('.xlsx'))).toHaveLength(24);
  }, 180_000); // 144 imports
});
