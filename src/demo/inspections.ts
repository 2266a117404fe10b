import sharp from 'sharp';
import { type AuditActor, recordAudit } from '../audit/store.js';
import type { Db } from '../db/database.js';
import { storeGeneratedFile } from '../files/files.js';
import type { FileStorage } from '../files/storage.js';
import { groundVan } from '../fleet/ground-van.js';
import {
  insertVanStatusChanges,
  listStationVans,
  type StatusChangeValues,
  type Van,
} from '../fleet/store.js';
import { raiseAlert } from '../inspections/alerts.js';
import { type DamageValues, insertDamageRecords, insertRepair } from '../inspections/damage-store.js';
import { type AnsweredItem, DEFAULT_ITEMS } from '../inspections/domain/checklist.js';
import { attributeNewDamage, newDamage } from '../inspections/domain/new-damage.js';
import { PANEL_LABELS, PANELS, type Panel } from '../inspections/domain/panels.js';
import { isRushed } from '../inspections/domain/timing.js';
import {
  type BodyPhotos,
  type Inspection,
  insertInspections,
  inspectionFacts,
} from '../inspections/store.js';
import { templateInUse } from '../inspections/templates.js';
import { groupBy } from '../people/domain/group.js';
import { listDriversInStatuses } from '../people/store.js';
import { localDate } from '../shared/dates.js';
import { addDays, daysBetween } from '../shared/days.js';
import { newId } from '../shared/ids.js';
import { VAN_TYPES } from '../shared/vans.js';
import { atLocal } from './clock.js';
import { pick, seededRandom } from './random.js';
import type { VanDay } from './story.js';

export interface InspectionsDemoOptions {
  orgId: string;
  stations: { id: string; code: string; time_zone: string }[];
  storage: FileStorage;
  seed: number;
  system: AuditActor;
  /** Each van's day on a route, from the dispatch demo's rosters, in date order per station. */
  vanDays: readonly VanDay[];
}

/** What the generator's helpers share: the options and one seeded random stream. */
interface InspectionDemoContext extends InspectionsDemoOptions {
  rand: () => number;
}

// ---- generated photos ------------------------------------------------------------------------------

const svgJpeg = (body: string) =>
  sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480">${body}</svg>`))
    .jpeg({ quality: 70 })
    .toBuffer();

const vanSvg = (label: string, side: boolean) => `
  <rect width="640" height="480" fill="#9fb7c9"/><rect y="330" width="640" height="150" fill="#55595c"/>
  ${side ? '<rect x="70" y="130" width="500" height="210" rx="18" fill="#f4f4f2"/><rect x="430" y="150" width="110" height="80" rx="8" fill="#3d5566"/>' : '<rect x="170" y="110" width="300" height="230" rx="18" fill="#f4f4f2"/><rect x="200" y="135" width="240" height="90" rx="8" fill="#3d5566"/>'}
  <circle cx="${side ? 170 : 215}" cy="345" r="38" fill="#222"/><circle cx="${side ? 470 : 425}" cy="345" r="38" fill="#222"/>
  <rect x="${side ? 180 : 250}" y="${side ? 250 : 255}" width="140" height="26" fill="#1a98d5"/>
  <text x="20" y="40" font-family="sans-serif" font-size="28" fill="#fff">${label}</text>`;

const DENT_SVG = `<rect width="640" height="480" fill="#e9e9e6"/>
  <ellipse cx="330" cy="250" rx="130" ry="70" fill="#c9c9c4"/><ellipse cx="320" cy="245" rx="80" ry="38" fill="#a9a9a2"/>
  <path d="M180 300 Q320 200 470 290" stroke="#6d6d66" stroke-width="6" fill="none"/>
  <text x="20" y="40" font-family="sans-serif" font-size="28" fill="#333">Damage close-up</text>`;

const ODOMETER_SVG = `<rect width="640" height="480" fill="#111"/><rect x="120" y="180" width="400" height="110" rx="10" fill="#202a20"/>
  <text x="150" y="260" font-family="monospace" font-size="72" fill="#7cfc8a">048213 mi</text>`;

interface DemoPhotos {
  body: BodyPhotos;
  odometer: string;
  dent: string;
}

/** A handful of JPEGs made once and shared by every demo record (stored through the files slice). */
async function demoPhotos(trx: Db, ctx: InspectionDemoContext): Promise<DemoPhotos> {
  const store = async (name: string, svg: string) =>
    (
      await storeGeneratedFile(trx, ctx.storage, ctx.orgId, {
        bytes: await svgJpeg(svg),
        fileName: name,
        purpose: 'photo',
      })
    ).id;
  return {
    body: {
      front: await store('van-front.jpg', vanSvg('Front', false)),
      rear: await store('van-rear.jpg', vanSvg('Rear', false)),
      driver_side: await store('van-driver-side.jpg', vanSvg('Driver side', true)),
      passenger_side: await store('van-passenger-side.jpg', vanSvg('Passenger side', true)),
    },
    odometer: await store('odometer.jpg', ODOMETER_SVG),
    dent: await store('damage-close-up.jpg', DENT_SVG),
  };
}

// ---- one van's history ------------------------------------------------------------------------------

const NON_CRITICAL_FAILS: [string, string][] = [
  ['horn', 'Horn is weak'],
  ['wipers', 'Wiper blade torn'],
  ['camera', 'Camera lens dirty'],
  ['cargo_area', 'Shelf bracket loose'],
];
const CRITICAL_FAILS: [string, string][] = [
  ['tires', 'Rear tire sidewall bulge'],
  ['lights', 'Left brake light out'],
];

interface Shift {
  van: Van;
  station: { id: string; time_zone: string };
  date: string;
  da: { id: string; userId: string | null; name: string };
  plan: VanDay;
}

/** Everything the generator carries from one day to the next for one van. */
interface VanHistory {
  marks: Set<Panel>;
  /** Damage that happened on a shift and was not on its post-trip: the next pre-trip shows it. */
  unseen: Panel[];
  last: Inspection | null;
  odometer: number;
}

function answers(failKey: string | null, note: string | null): AnsweredItem[] {
  return DEFAULT_ITEMS.map((i) => ({
    ...i,
    result: i.key === failKey ? 'fail' : 'pass',
    note: i.key === failKey ? note : null,
    photoIds: [],
  }));
}

function makeInspection(
  ctx: InspectionDemoContext,
  shift: Shift,
  kind: Inspection['kind'],
  startedAt: Date,
  history: VanHistory,
  photos: DemoPhotos,
  fail: [string, string] | null,
): Inspection {
  const rushed = ctx.rand() < 0.08;
  const step = shift.van.vanType === 'step_van';
  const seconds = rushed
    ? Math.floor((step ? 120 : 35) + ctx.rand() * (step ? 170 : 50))
    : Math.floor((step ? 320 : 140) + ctx.rand() * 420);
  const critical = fail !== null && CRITICAL_FAILS.some(([k]) => k === fail[0]);
  return {
    id: newId(),
    vanId: shift.van.id,
    stationId: shift.station.id,
    vanType: shift.van.vanType,
    kind,
    businessDate: shift.date,
    driverId: shift.da.id,
    inspectorUserId: shift.da.userId,
    inspectorName: shift.da.name,
    startedAt: startedAt.toISOString(),
    submittedAt: new Date(startedAt.getTime() + seconds * 1000).toISOString(),
    receivedAt: new Date(startedAt.getTime() + seconds * 1000 + 1500).toISOString(),
    durationSeconds: seconds,
    rushed: isRushed(seconds, shift.van.vanType),
    odometerMiles: history.odometer,
    fuelPercent: Math.floor(40 + ctx.rand() * 61),
    items: answers(fail?.[0] ?? null, fail?.[1] ?? null),
    bodyPhotos: photos.body,
    odometerPhotoId: photos.odometer,
    videoId: null,
    damageMarks: [...history.marks].map((panel) => ({ panel, note: null, photoIds: [photos.dent] })),
    passed: fail === null,
    // The rosters only fail a critical check on a van that was on the road, so it grounded it.
    grounded: critical,
  };
}

/** A found-damage record as the slice would have written it, assessed and often repaired by now. */
function foundRecord(
  ctx: InspectionDemoContext,
  previous: Inspection,
  current: Inspection,
  panels: Panel[],
  photos: DemoPhotos,
  old: boolean,
): DamageValues {
  const a = attributeNewDamage(inspectionFacts(previous), inspectionFacts(current), panels);
  return {
    van_id: current.vanId,
    station_id: current.stationId,
    panels: JSON.stringify(panels),
    occurred_at: current.startedAt,
    driver_id: a.driverId,
    description: panels.map((p) => `${PANEL_LABELS[p]}: scrape and dent`).join('\n'),
    severity: old ? pick(ctx.rand, ['minor', 'minor', 'moderate'] as const) : null,
    third_party: 0,
    third_party_details: null,
    police_report: null,
    claim_status: old ? 'closed' : 'none',
    cost_cents: old ? 25_000 + Math.floor(ctx.rand() * 150) * 1000 : null,
    photo_ids: JSON.stringify([photos.dent]),
    video_ids: '[]',
    source: 'inspection',
    previous_inspection_id: previous.id,
    inspection_id: current.id,
    attribution: a.explanation,
    attribution_kind: a.kind,
    created_by: 'Inspection comparison',
  };
}

// ---- the generator -----------------------------------------------------------------------------------

interface Found {
  values: DamageValues;
  fleetNumber: string;
  repairedOn: string | null;
}

/** Adds an inspection to a van's history, recording damage it shows that the one before did not. */
function keep(
  ctx: InspectionDemoContext,
  h: VanHistory,
  i: Inspection,
  photos: DemoPhotos,
  found: Found[],
  daysAgo: number,
  fleetNumber: string,
) {
  if (h.last) {
    const panels = newDamage(h.last, i);
    // Damage found more than ten days ago has been assessed, claimed and repaired a week later.
    const old = daysAgo > 10;
    if (panels.length > 0) {
      found.push({
        values: foundRecord(ctx, h.last, i, panels, photos, old),
        fleetNumber,
        repairedOn: old ? addDays(i.businessDate, 6) : null,
      });
    }
  }
  h.last = i;
}

/**
 * Critical failures are the roster's (the van was swapped and repaired); the checks that fail without
 * keeping the van off the road are drawn here, on about one inspection in forty.
 */
function failureFor(
  ctx: InspectionDemoContext,
  shift: Shift,
  kind: Inspection['kind'],
): [string, string] | null {
  if (kind === 'pre_trip' && shift.plan.critical) {
    return (shift.plan.planted ? CRITICAL_FAILS[0] : pick(ctx.rand, CRITICAL_FAILS)) ?? null;
  }
  return ctx.rand() < 0.024 ? pick(ctx.rand, NON_CRITICAL_FAILS) : null;
}

/**
 * One van's day on a route: the pre-trip at the time the roster gives, then (unless it failed
 * critically, the route is still out, or the DA skipped it) the post-trip. Damage happens on about one
 * shift in 250; the DA reports it on the post-trip seven times in ten, otherwise the next pre-trip finds
 * it. `dent` plants one that the DA leaves off (no post-trip), so every demo has one to show.
 */
function vanDay(
  ctx: InspectionDemoContext,
  shift: Shift,
  h: VanHistory,
  photos: DemoPhotos,
  found: Found[],
  daysAgo: number,
  dent: boolean,
): Inspection[] {
  const done: Inspection[] = [];
  for (const panel of h.unseen.splice(0)) h.marks.add(panel);
  const pre = makeInspection(
    ctx,
    shift,
    'pre_trip',
    shift.plan.preTripAt,
    h,
    photos,
    failureFor(ctx, shift, 'pre_trip'),
  );
  keep(ctx, h, pre, photos, found, daysAgo, shift.van.fleetNumber);
  done.push(pre);
  if (pre.grounded || !shift.plan.postTripAt) return done;
  h.odometer += 60 + Math.floor(ctx.rand() * 70);
  const free = PANELS.filter((p) => !h.marks.has(p));
  const dents = dent || ctx.rand() < 0.004;
  const dented = dents && free.length > 0 ? pick(ctx.rand, free) : undefined;
  const skipsPostTrip = dent || ctx.rand() < 0.04;
  if (dented && !skipsPostTrip && ctx.rand() < 0.7) h.marks.add(dented);
  else if (dented) h.unseen.push(dented);
  if (skipsPostTrip) return done;
  const post = makeInspection(
    ctx,
    shift,
    'post_trip',
    shift.plan.postTripAt,
    h,
    photos,
    failureFor(ctx, shift, 'post_trip'),
  );
  keep(ctx, h, post, photos, found, daysAgo, shift.van.fleetNumber);
  done.push(post);
  return done;
}

/** Two days ago at the first station: a van also out yesterday, so yesterday's pre-trip finds the dent. */
function dentVanDay(days: Map<string, VanDay[]>, today: string): VanDay | undefined {
  const yesterday = new Set((days.get(addDays(today, -1)) ?? []).map((v) => v.vanId));
  return days.get(addDays(today, -2))?.find((v) => !v.critical && v.postTripAt && yesterday.has(v.vanId));
}

interface StationRun {
  inspections: number;
  groundToday: { van: Van; inspection: Inspection }[];
  history: StatusChangeValues[];
}

/** A station's inspections, van-day by van-day as the rosters had them, written in batches. */
async function stationInspections(
  trx: Db,
  ctx: InspectionDemoContext,
  station: InspectionsDemoOptions['stations'][number],
  first: boolean,
  photos: DemoPhotos,
  found: Found[],
): Promise<StationRun> {
  const vans = new Map((await listStationVans(trx, ctx.orgId, station.id)).map((v) => [v.id, v]));
  const das = new Map(
    (await listDriversInStatuses(trx, { orgId: ctx.orgId, stationIds: null }, ['active'], station.id)).map(
      (d) => [d.id, { id: d.id, userId: d.userId, name: `${d.firstName} ${d.lastName}` }],
    ),
  );
  const today = localDate(station.time_zone);
  const mine = ctx.vanDays.filter((v) => v.stationId === station.id);
  const trips = groupBy(mine, (v) => v.vanId);
  const histories = new Map(
    [...vans.values()].map((v): [string, VanHistory] => [
      v.id,
      {
        marks: new Set(PANELS.filter(() => ctx.rand() < 0.08)),
        unseen: [],
        last: null,
        odometer: Math.max(0, (v.odometerMiles ?? 30_000) - (trips.get(v.id)?.length ?? 0) * 95),
      },
    ]),
  );
  const byDate = groupBy(mine, (v) => v.date);
  const dent = first ? dentVanDay(byDate, today) : undefined;
  const run: StationRun = { inspections: 0, groundToday: [], history: [] };
  const batch: Inspection[] = [];
  const repaired = new Set<Found>();
  for (const [date, list] of byDate) {
    const daysAgo = daysBetween(date, today);
    for (const plan of list) {
      const van = vans.get(plan.vanId);
      const da = das.get(plan.driverId);
      const h = histories.get(plan.vanId);
      if (!van || !da || !h) continue;
      const day = vanDay(ctx, { van, station, date, da, plan }, h, photos, found, daysAgo, plan === dent);
      const pre = day[0];
      if (pre?.grounded && plan.planted) run.groundToday.push({ van, inspection: pre });
      else if (pre?.grounded && plan.fixedOn)
        run.history.push(...groundedUntilFixed(ctx, station, pre, plan.fixedOn));
      batch.push(...day);
    }
    for (const f of found) {
      if (
        repaired.has(f) ||
        f.repairedOn === null ||
        f.repairedOn > date ||
        f.values.station_id !== station.id
      )
        continue;
      repaired.add(f);
      const h = histories.get(f.values.van_id);
      for (const p of JSON.parse(f.values.panels) as Panel[]) h?.marks.delete(p);
    }
    if (batch.length >= 2000) {
      run.inspections += batch.length;
      await insertInspections(trx, ctx.orgId, batch.splice(0));
    }
  }
  run.inspections += batch.length;
  await insertInspections(trx, ctx.orgId, batch);
  return run;
}

/** A van grounded by a failed pre-trip in the past: its status history, grounded until it was fixed. */
function groundedUntilFixed(
  ctx: InspectionDemoContext,
  station: { time_zone: string },
  pre: Inspection,
  fixedOn: string,
): StatusChangeValues[] {
  const failed = pre.items.filter((i) => i.result === 'fail').map((i) => `${i.label} (${i.note})`);
  const common = { vanId: pre.vanId, changedByUserId: null };
  return [
    {
      ...common,
      status: 'grounded',
      reason: `DVIC: ${pre.inspectorName}’s pre-trip failed ${failed.join(', ')}.`,
      source: 'inspection',
      changedBy: pre.inspectorName,
      at: pre.submittedAt,
    },
    {
      ...common,
      status: 'active',
      reason: 'Repaired; back in service.',
      source: 'manual',
      changedBy: ctx.system.label,
      at: atLocal(station.time_zone, fixedOn, 7 * 60).toISOString(),
    },
  ];
}

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

async function writeFound(trx: Db, ctx: InspectionDemoContext, found: Found[]): Promise<number> {
  const rows = await insertDamageRecords(
    trx,
    ctx.orgId,
    found.map((f) => f.values),
  );
  for (const [i, row] of rows.entries()) {
    await recordAudit(trx, ctx.system, { entity: 'damage', entityId: row.id, before: null, after: row });
    const repairedOn = found[i]?.repairedOn;
    if (repairedOn) {
      const repair = await insertRepair(trx, ctx.orgId, {
        damage_id: row.id,
        repaired_on: repairedOn,
        vendor: pick(ctx.rand, ['Fleet Body Works', 'Collision Pros', 'Mobile Dent Repair']),
        cost_cents: row.cost_cents ?? 30_000,
        note: 'Panel repaired and repainted.',
        invoice_file_id: null,
      });
      await recordAudit(trx, ctx.system, {
        entity: 'damage_repair',
        entityId: repair.id,
        before: null,
        after: repair,
      });
    } else {
      await raiseAlert(trx, ctx.system, {
        station_id: row.station_id,
        van_id: row.van_id,
        kind: 'new_damage',
        message: `New damage on van ${found[i]?.fleetNumber}. ${row.attribution ?? ''}`.trim(),
        entity: 'damage',
        entity_id: row.id,
      });
    }
  }
  return rows.length;
}

/** This morning's critical failure: the van is grounded now, and managers have an open alert. */
async function groundPlanted(trx: Db, ctx: InspectionDemoContext, van: Van, inspection: Inspection) {
  const failed = inspection.items.filter((i) => i.result === 'fail').map((i) => `${i.label} (${i.note})`);
  const what = `${inspection.inspectorName}’s pre-trip failed ${failed.join(', ')}`;
  await groundVan(trx, ctx.system, { vanId: van.id, reason: `DVIC: ${what}.`, source: 'inspection' });
  await raiseAlert(trx, ctx.system, {
    station_id: van.stationId,
    van_id: van.id,
    kind: 'van_grounded',
    message: `Van ${van.fleetNumber} grounded: ${what}.`,
    entity: 'inspection',
    entity_id: inspection.id,
  });
}

/** A few incidents a manager wrote up: a third party, a police report, a claim at each stage. */
async function reportedIncidents(trx: Db, ctx: InspectionDemoContext, photos: DemoPhotos): Promise<number> {
  const stories = [
    {
      panels: ['rear_bumper'],
      text: 'Rear-ended at a light on the way back to the station.',
      claim: 'submitted',
      third: 'Other driver: Honda Civic, insurer notified',
      police: 'PR-24-11873',
      severity: 'moderate',
      cost: 184_000,
    },
    {
      panels: ['passenger_side_front'],
      text: 'Scraped a mailbox post backing out of a driveway.',
      claim: 'paid',
      third: 'Homeowner’s mailbox replaced',
      police: null,
      severity: 'minor',
      cost: 46_000,
    },
    {
      panels: ['windshield'],
      text: 'Rock chip spread into a crack across the windshield.',
      claim: 'open',
      third: null,
      police: null,
      severity: 'minor',
      cost: 38_500,
    },
    {
      panels: ['roof', 'rear_doors'],
      text: 'Hit a low carport at a residence.',
      claim: 'denied',
      third: 'Carport owner filed a claim',
      police: 'PR-24-12450',
      severity: 'major',
      cost: 412_000,
    },
  ] as const;
  let n = 0;
  for (const station of ctx.stations) {
    const vans = await listStationVans(trx, ctx.orgId, station.id);
    const today = localDate(station.time_zone);
    for (const [i, story] of stories.entries()) {
      const van = vans[(i * 7 + 3) % Math.max(1, vans.length)];
      if (!van) continue;
      const day = addDays(today, -(5 + i * 13));
      const [row] = await insertDamageRecords(trx, ctx.orgId, [
        {
          van_id: van.id,
          station_id: station.id,
          panels: JSON.stringify(story.panels),
          occurred_at: atLocal(station.time_zone, day, 14 * 60 + i * 37).toISOString(),
          driver_id: null,
          description: story.text,
          severity: story.severity,
          third_party: story.third ? 1 : 0,
          third_party_details: story.third,
          police_report: story.police,
          claim_status: story.claim,
          cost_cents: story.cost,
          photo_ids: JSON.stringify([photos.dent]),
          video_ids: '[]',
          source: 'manual',
          previous_inspection_id: null,
          inspection_id: null,
          attribution: null,
          attribution_kind: null,
          created_by: 'manager@demo.test',
        },
      ]);
      if (!row) continue;
      await recordAudit(trx, ctx.system, { entity: 'damage', entityId: row.id, before: null, after: row });
      if (story.claim === 'paid') {
        const repair = await insertRepair(trx, ctx.orgId, {
          damage_id: row.id,
          repaired_on: addDays(day, 9),
          vendor: 'Collision Pros',
          cost_cents: story.cost,
          note: 'Door skin replaced.',
          invoice_file_id: null,
        });
        await recordAudit(trx, ctx.system, {
          entity: 'damage_repair',
          entityId: repair.id,
          before: null,
          after: repair,
        });
      }
      n += 1;
    }
  }
  return n;
}
