import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { StationsTable, VanOwnership, VanStatus } from '../db/schema.js';
import { addDays, DUE_SOON_DAYS, DUE_SOON_MILES } from '../fleet/domain/maintenance.js';
import { withCheckDigit } from '../fleet/domain/vin.js';
import { enforceOverdueCritical } from '../fleet/enforce.js';
import { listScheduleRows, type Schedule, toSchedule, updateFleetSettings } from '../fleet/schedule-store.js';
import { ensureFleetDefaults } from '../fleet/schedules.js';
import { insertServiceRecords, type ServiceValues } from '../fleet/service-store.js';
import {
  insertVanStatusChanges,
  insertVans,
  type StatusChangeValues,
  type VanValues,
} from '../fleet/store.js';
import { localDate } from '../shared/dates.js';
import type { VanType } from '../shared/vans.js';
import { pick, seededRandom } from './random.js';

export const VANS_PER_STATION = 40;

/** Of 40 vans: 14 EDV, 16 CDV, 6 step vans, 4 rentals (about 35 / 40 / 15 / 10 %). */
const TYPE_MIX: [VanType, number][] = [
  ['edv', 14],
  ['cdv', 16],
  ['step_van', 6],
  ['rental', 4],
];

interface Model {
  make: string;
  model: string;
  /** World manufacturer identifier and vehicle descriptor (VIN characters 1–8). */
  vinHead: string;
  years: [number, number];
  /** Typical monthly cost in dollars under the Amazon program or a lease. */
  monthly: [number, number];
}

const MODELS: Record<VanType, Model[]> = {
  edv: [
    { make: 'Rivian', model: 'EDV 500', vinHead: '7FCEHAB2', years: [2022, 2024], monthly: [1500, 1800] },
    { make: 'Rivian', model: 'EDV 700', vinHead: '7FCEHAC2', years: [2022, 2024], monthly: [1600, 1900] },
  ],
  cdv: [
    { make: 'Ford', model: 'Transit 250', vinHead: '1FTBR2CG', years: [2019, 2024], monthly: [1050, 1400] },
    { make: 'Ram', model: 'ProMaster 2500', vinHead: '3C6LRVDG', years: [2019, 2023], monthly: [1000, 1350] },
    {
      make: 'Mercedes-Benz',
      model: 'Sprinter 2500',
      vinHead: 'W1Y4ECHY',
      years: [2020, 2023],
      monthly: [1200, 1550],
    },
  ],
  step_van: [
    {
      make: 'Ford',
      model: 'E-450 step van',
      vinHead: '1FDXE4FN',
      years: [2016, 2021],
      monthly: [1300, 1700],
    },
    { make: 'Freightliner', model: 'MT45', vinHead: '4UZAANDU', years: [2016, 2020], monthly: [1500, 1900] },
  ],
  rental: [
    { make: 'Ford', model: 'Transit 250', vinHead: '1FTBR2CG', years: [2022, 2024], monthly: [2300, 2900] },
    { make: 'Ram', model: 'ProMaster 2500', vinHead: '3C6LRVDG', years: [2022, 2024], monthly: [2200, 2800] },
  ],
};

/** VIN character 10: the model year (49 CFR 565.15). */
const YEAR_CODES: Record<number, string> = {
  2016: 'G',
  2017: 'H',
  2018: 'J',
  2019: 'K',
  2020: 'L',
  2021: 'M',
  2022: 'N',
  2023: 'P',
  2024: 'R',
  2025: 'S',
};

const LESSORS = ['Element Fleet', 'Merchants Fleet', 'Enterprise Fleet Management', 'Wheels'];
const RENTERS = ['Enterprise Truck Rental', 'Penske Truck Rental', 'Ryder'];

/** A few vans of each station are off the road, as on any morning. */
const OFF_ROAD: [VanStatus, string][] = [
  ['grounded', 'Brake pads worn to the indicator (DVIC).'],
  ['grounded', 'Rear bumper and lift gate damaged backing into a dock.'],
  ['in_shop', 'Check engine light: at the dealer for a sensor replacement.'],
  ['returned', 'Lease ended; van returned to the lessor.'],
];

const VENDORS: Record<string, string[]> = {
  'Tire rotation': ['Discount Tire Commercial', 'Goodyear Fleet Service', 'Firestone Complete Auto Care'],
  'Preventive maintenance': ['Jiffy Lube Fleet', 'Ford Commercial Service', 'Firestone Complete Auto Care'],
  'Brake inspection': ['Midas Fleet', 'Firestone Complete Auto Care'],
  'Annual DOT inspection': ['Ryder Fleet Services', 'Penske Fleet Maintenance'],
};
const COSTS: Record<string, [number, number]> = {
  'Tire rotation': [60, 120],
  'Preventive maintenance': [180, 450],
  'Brake inspection': [90, 650],
  'Annual DOT inspection': [120, 250],
};
const REPAIRS: [string, number][] = [
  ['Replace side mirror glass', 145],
  ['Windshield chip repair', 89],
  ['Replace sliding door roller', 310],
  ['Replace battery', 240],
];

const between = (rand: () => number, [lo, hi]: [number, number]) => lo + Math.floor(rand() * (hi - lo + 1));

/**
 * Where in its interval a van stands for one item: mostly fine, some due soon, a few overdue, so the
 * maintenance pages have something to show. Returns how far past the last service it is, in the item's unit.
 */
function sinceLast(rand: () => number, every: number, soon: number): number {
  const r = rand();
  if (r < 0.12) return every + 1 + Math.floor(rand() * every * 0.2);
  if (r < 0.3) return every - Math.floor(rand() * soon);
  return Math.floor(every * (0.1 + rand() * 0.65));
}

interface DemoVan {
  values: VanValues;
  /** Miles a working day, to date past services from the odometer. */
  milesPerDay: number;
  history: { status: VanStatus; reason: string | null; at: string }[];
}

function plateOf(rand: () => number, state: string): string {
  const letters = 'ABCDEFGHJKLMNPRSTUVWXYZ';
  const l = () => pick(rand, [...letters]);
  const d = () => String(Math.floor(rand() * 10));
  return state === 'CA'
    ? `${d()}${l()}${l()}${l()}${d()}${d()}${d()}`
    : `${l()}${l()}${l()}${d()}${d()}${d()}${d()}`;
}

function demoVan(
  rand: () => number,
  station: StationsTable,
  index: number,
  type: VanType,
  serial: number,
  today: string,
  offRoad: [VanStatus, string] | undefined,
): DemoVan {
  const m = pick(rand, MODELS[type]);
  const year = between(rand, m.years);
  const plant = pick(rand, ['A', 'B', 'C', 'D', 'K']);
  const vin = withCheckDigit(`${m.vinHead}0${YEAR_CODES[year]}${plant}${String(serial).padStart(6, '0')}`);
  let ownership: VanOwnership;
  let lessor: string | null = null;
  if (type === 'rental') {
    ownership = 'rental';
    lessor = pick(rand, RENTERS);
  } else if (type === 'edv') {
    // Rivian vans come to DSPs through Amazon's program.
    ownership = 'amazon_fleet';
  } else {
    const r = rand();
    ownership = r < 0.5 ? 'amazon_fleet' : r < 0.88 ? 'leased' : 'owned';
    if (ownership === 'leased') lessor = pick(rand, LESSORS);
  }
  // Rentals are short-term; other vans joined the fleet up to three years ago, not before their model year.
  const maxDays =
    type === 'rental' ? 120 : Math.min(1_100, (Number(today.slice(0, 4)) - year + 1) * 365 - 30);
  const daysInFleet = 20 + Math.floor(rand() * Math.max(1, maxDays - 20));
  const start = addDays(today, -daysInFleet);
  const milesPerDay = 70 + Math.floor(rand() * 50);
  // Delivery vans work about five days in seven.
  const odometer =
    Math.round((daysInFleet * milesPerDay * 5) / 7) +
    (type === 'rental' ? between(rand, [3_000, 30_000]) : 0);
  const at = `${start}T14:00:00.000Z`;
  const history: DemoVan['history'] = [{ status: 'active', reason: null, at }];
  const status = offRoad?.[0] ?? 'active';
  const reason = offRoad?.[1] ?? null;
  const since = `${addDays(today, -1 - Math.floor(rand() * 6))}T15:30:00.000Z`;
  if (offRoad) history.push({ status, reason, at: since });
  return {
    values: {
      station_id: station.id,
      fleet_number: `${station.code}-${String(index).padStart(2, '0')}`,
      vin,
      plate: plateOf(rand, station.state),
      plate_state: station.state,
      make: m.make,
      model: m.model,
      year,
      van_type: type,
      ownership,
      lessor,
      ownership_start: start,
      ownership_end:
        type === 'rental' ? addDays(start, 180) : ownership === 'leased' ? addDays(start, 365 * 4) : null,
      monthly_rate_cents: ownership === 'owned' ? null : between(rand, m.monthly) * 100,
      odometer_miles: odometer,
      odometer_at: `${addDays(today, -1)}T22:00:00.000Z`,
      telematics_id: type === 'edv' ? `RIV-${vin.slice(-8)}` : `GEO-${between(rand, [100_000, 999_999])}`,
      camera_id: `ND${between(rand, [41_000_000, 41_999_999])}`,
      status,
      status_reason: reason,
      status_since: offRoad ? since : at,
    },
    milesPerDay,
    history,
  };
}

/** The services that put each applicable item where `sinceLast` says, plus an earlier one and a few repairs. */
function demoServices(
  rand: () => number,
  van: DemoVan,
  vanId: string,
  schedules: Schedule[],
  today: string,
  recordedBy: string,
): ServiceValues[] {
  const v = van.values;
  const odometer = v.odometer_miles ?? 0;
  const start = v.ownership_start ?? today;
  const out: ServiceValues[] = [];
  const add = (
    scheduleId: string | null,
    what: string,
    date: string,
    miles: number,
    cost: number,
    vendor: string,
  ) =>
    out.push({
      van_id: vanId,
      schedule_id: scheduleId,
      service_date: date,
      odometer_miles: Math.max(0, miles),
      vendor,
      description: scheduleId ? null : what,
      cost_cents: cost * 100,
      invoice_file_id: null,
      notes: null,
      recorded_by: recordedBy,
      recorded_by_user_id: null,
    });
  for (const s of schedules.filter((x) => x.vanTypes.includes(v.van_type as VanType))) {
    let milesAgo: number;
    let daysAgo: number;
    if (s.everyMiles !== null) {
      milesAgo = sinceLast(rand, s.everyMiles, DUE_SOON_MILES);
      daysAgo = Math.round((milesAgo * 7) / 5 / van.milesPerDay);
      if (s.everyDays !== null) daysAgo = Math.min(daysAgo, s.everyDays - DUE_SOON_DAYS - 1);
    } else {
      daysAgo = sinceLast(rand, s.everyDays ?? 365, DUE_SOON_DAYS);
      milesAgo = Math.round((daysAgo * 5 * van.milesPerDay) / 7);
    }
    const date = addDays(today, -daysAgo);
    // A van new to the fleet has no record yet: its count runs from the day it joined.
    if (date <= start || milesAgo >= odometer) continue;
    const vendor = pick(rand, VENDORS[s.name] ?? ['Fleet service center']);
    const cost = COSTS[s.name] ?? [100, 300];
    add(s.id, s.name, date, odometer - milesAgo, between(rand, cost), vendor);
    const everyDays = s.everyDays ?? Math.round(((s.everyMiles ?? 0) * 7) / 5 / van.milesPerDay);
    const before = addDays(date, -everyDays);
    if (before > start)
      add(
        s.id,
        s.name,
        before,
        odometer - milesAgo - (s.everyMiles ?? milesAgo),
        between(rand, cost),
        vendor,
      );
  }
  if (rand() < 0.3) {
    const [what, cost] = pick(rand, REPAIRS);
    const daysAgo = Math.floor(rand() * 90) + 1;
    const date = addDays(today, -daysAgo);
    if (date > start)
      add(
        null,
        what,
        date,
        odometer - Math.round((daysAgo * 5 * van.milesPerDay) / 7),
        cost,
        'Fleet Body & Glass',
      );
  }
  return out;
}

export interface FleetDemoOptions {
  orgId: string;
  stations: StationsTable[];
  seed: number;
  system: Actor;
}

/**
 * About 40 vans per station of mixed types and ownership, a few off the road, with service histories
 * that leave some maintenance due and some overdue. The org grounds vans with overdue critical
 * maintenance, so a step van past its annual DOT inspection shows grounded by that rule. Deterministic
 * for a seed; rows go in with multi-row inserts.
 */
export async function createFleetDemo(trx: Db, opts: FleetDemoOptions): Promise<void> {
  const rand = seededRandom(opts.seed ^ 0x0f1ee7);
  await ensureFleetDefaults(trx, opts.orgId);
  const schedules = (await listScheduleRows(trx, opts.orgId)).map(toSchedule);
  let serial = 100_000 + Math.floor(rand() * 400_000);
  const vans: { van: DemoVan; today: string }[] = [];
  for (const station of opts.stations) {
    const today = localDate(station.time_zone);
    const types = TYPE_MIX.flatMap(([type, n]) => Array.from({ length: n }, () => type));
    // A fixed mix, in a shuffled order, so fleet numbers do not run by type.
    for (let i = types.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [types[i], types[j]] = [types[j] as VanType, types[i] as VanType];
    }
    const offRoadAt = new Set([3, 11, 22, 35]);
    let off = 0;
    types.forEach((type, i) => {
      const offRoad = offRoadAt.has(i + 1) ? OFF_ROAD[off++] : undefined;
      serial += 1 + Math.floor(rand() * 40);
      vans.push({ van: demoVan(rand, station, i + 1, type, serial, today, offRoad), today });
    });
  }

  const rows = await insertVans(
    trx,
    opts.orgId,
    vans.map((v) => v.van.values),
  );
  const history: StatusChangeValues[] = [];
  const services: ServiceValues[] = [];
  for (const [i, row] of rows.entries()) {
    const { van, today } = vans[i] as (typeof vans)[number];
    for (const h of van.history) {
      history.push({
        vanId: row.id,
        ...h,
        source: 'manual',
        changedBy: opts.system.label,
        changedByUserId: null,
      });
    }
    if (row.status !== 'returned')
      services.push(...demoServices(rand, van, row.id, schedules, today, opts.system.label));
    await recordAudit(trx, opts.system, { entity: 'van', entityId: row.id, before: null, after: row });
  }
  await insertVanStatusChanges(trx, opts.orgId, history);
  const records = await insertServiceRecords(trx, opts.orgId, services);
  for (const r of records) {
    await recordAudit(trx, opts.system, { entity: 'service_record', entityId: r.id, before: null, after: r });
  }
  await updateFleetSettings(trx, opts.orgId, { groundOnOverdueCritical: true });
  await recordAudit(trx, opts.system, {
    entity: 'fleet_settings',
    entityId: opts.orgId,
    before: { ground_on_overdue_critical: 0 },
    after: { ground_on_overdue_critical: 1 },
  });
  await enforceOverdueCritical(trx, opts.orgId, {});
}
