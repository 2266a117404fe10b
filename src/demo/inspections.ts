import type { Db } from '../db/database.js';
import { insertVanStatusChanges, type StatusChangeValues } from '../fleet/store.js';
import { templateInUse } from '../inspections/templates.js';
import { VAN_TYPES } from '../shared/vans.js';
import { reportedIncidents } from './damage-incidents.js';
import type { InspectionDemoContext, InspectionsDemoOptions } from './inspection-context.js';
import { groundPlanted, writeFound } from './inspection-findings.js';
import { type StationRun, stationInspections } from './inspection-history.js';
import { demoPhotos } from './inspection-photos.js';
import type { Found } from './inspection-van-days.js';
import { seededRandom } from './random.js';

/**
 * Twelve weeks of DVICs for the demo DSP (issue 15), following the rosters: a van is inspected on a day
 * only if it was on a route, by that route's DA — a pre-trip before the wave and a post-trip once back;
 * about 3% with a failed check (the critical ones are the roster's: the van was grounded, swapped for a
 * spare and fixed within days) and 8% rushed; damage found by comparing inspections and attributed to
 * the shift in between; and incidents a manager reported, with claims and repairs. One van of the first
 * station fails a critical check this morning, so the demo opens with a grounded van and an alert.
 * Written in multi-row batches (fast at --scale 10); the bulk history is generated as if imported, so
 * only damage, repairs, alerts and today's grounding get audit rows.
 */
export async function createInspectionsDemo(
  trx: Db,
  opts: InspectionsDemoOptions,
): Promise<{ inspections: number; damage: number }> {
  // Its own stream, so adding inspections leaves the rest of the demo as it was for the same seed.
  const ctx: InspectionDemoContext = { ...opts, rand: seededRandom(opts.seed + 9) };
  const photos = await demoPhotos(trx, ctx);
  for (const vanType of VAN_TYPES) await templateInUse(trx, ctx.system, vanType);
  let inspections = 0;
  const found: Found[] = [];
  const groundToday: StationRun['groundToday'] = [];
  const history: StatusChangeValues[] = [];
  for (const [s, station] of ctx.stations.entries()) {
    const run = await stationInspections(trx, ctx, station, s === 0, photos, found);
    inspections += run.inspections;
    groundToday.push(...run.groundToday);
    history.push(...run.history);
  }
  await insertVanStatusChanges(trx, ctx.orgId, history);
  const damage = await writeFound(trx, ctx, found);
  for (const { van, inspection } of groundToday) await groundPlanted(trx, ctx, van, inspection);
  return { inspections, damage: damage + (await reportedIncidents(trx, ctx, photos)) };
}
