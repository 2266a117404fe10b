import type { StationsTable, VanOwnership, VanStatus } from '../db/schema.js';
import { addDays } from '../fleet/domain/maintenance.js';
import { withCheckDigit } from '../fleet/domain/vin.js';
import type { VanValues } from '../fleet/store.js';
import type { VanType } from '../shared/vans.js';
import { intBetween, pick } from './random.js';

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

export interface DemoVan {
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

/** One van of a station: its make and model, a valid VIN and plate, its ownership, miles and status. */
export function demoVan(
  rand: () => number,
  station: StationsTable,
  index: number,
  type: VanType,
  serial: number,
  today: string,
  offRoad: [VanStatus, string] | undefined,
): DemoVan {
  const m = pick(rand, MODELS[type]);
  const year = intBetween(rand, m.years);
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
    (type === 'rental' ? intBetween(rand, [3_000, 30_000]) : 0);
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
      monthly_rate_cents: ownership === 'owned' ? null : intBetween(rand, m.monthly) * 100,
      odometer_miles: odometer,
      odometer_at: `${addDays(today, -1)}T22:00:00.000Z`,
      telematics_id: type === 'edv' ? `RIV-${vin.slice(-8)}` : `GEO-${intBetween(rand, [100_000, 999_999])}`,
      camera_id: `ND${intBetween(rand, [41_000_000, 41_999_999])}`,
      status,
      status_reason: reason,
      status_since: offRoad ? since : at,
    },
    milesPerDay,
    history,
  };
}
