import type { Van } from '../fleet/store.js';
import type { DamageValues } from '../inspections/damage-store.js';
import { type AnsweredItem, DEFAULT_ITEMS } from '../inspections/domain/checklist.js';
import { attributeNewDamage, newDamage } from '../inspections/domain/new-damage.js';
import { PANEL_LABELS, PANELS, type Panel } from '../inspections/domain/panels.js';
import { isRushed } from '../inspections/domain/timing.js';
import { type Inspection, inspectionFacts } from '../inspections/store.js';
import { addDays } from '../shared/days.js';
import { newId } from '../shared/ids.js';
import type { InspectionDemoContext } from './inspection-context.js';
import type { DemoPhotos } from './inspection-photos.js';
import { pick } from './random.js';
import type { VanDay } from './story.js';

/**
 * One van's day on a route as its DVICs tell it: the pre-trip and post-trip, the checks that fail, the
 * damage that happens and which inspection finds it.
 */

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

export interface Shift {
  van: Van;
  station: { id: string; time_zone: string };
  date: string;
  da: { id: string; userId: string | null; name: string };
  plan: VanDay;
}

/** Everything the generator carries from one day to the next for one van. */
export interface VanHistory {
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

export interface Found {
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
export function vanDay(
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
