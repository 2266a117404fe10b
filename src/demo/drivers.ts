import type { DriverStatus } from '../db/schema.js';
import type { DriverValues } from '../people/store.js';
import type { VanType } from '../shared/vans.js';
import { pick } from './random.js';

export const DAS_PER_STATION = 60;

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789';

/** A mix like a real roster: mostly active, a pipeline of new hires, some who left. */
const STATUS_MIX: [DriverStatus, number][] = [
  ['active', 0.76],
  ['onboarding', 0.08],
  ['applicant', 0.06],
  ['inactive', 0.05],
  ['terminated', 0.05],
];

const AREA_CODES: Record<string, string[]> = {
  CA: ['951', '909', '714'],
  TX: ['817', '682', '214'],
  AZ: ['480', '602'],
  WA: ['253', '206'],
  FL: ['407', '321'],
  GA: ['404', '770'],
  IL: ['815', '630'],
  NJ: ['732', '908'],
  OH: ['614', '380'],
  CO: ['303', '720'],
};

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function statusFor(rand: () => number): DriverStatus {
  let r = rand();
  for (const [status, share] of STATUS_MIX) {
    if (r < share) return status;
    r -= share;
  }
  return 'active';
}

export interface DemoDriverSpec {
  index: number;
  /** The station's place in the group (1, 2, …): the first digits of its DAs' employee IDs. */
  stationNumber: number;
  firstName: string;
  lastName: string;
  /** Logins are given to the first few DAs of a station: they must be able to work. */
  forceActive: boolean;
}

/**
 * One believable DA of a station: Transporter ID, phone in the station's area codes, van types,
 * license and (for step-van drivers) DOT medical card; a few documents expired or about to.
 */
export function demoDriver(
  rand: () => number,
  station: { id: string; code: string; state: string },
  spec: DemoDriverSpec,
  today: string,
): DriverValues {
  const status = spec.forceActive ? 'active' : statusFor(rand);
  const stepVan = rand() < 0.15;
  const vanTypes: VanType[] = [
    'cdv',
    'edv',
    ...(stepVan ? (['step_van'] as const) : []),
    ...(rand() < 0.3 ? (['rental'] as const) : []),
  ];
  // About one in twenty licenses has lapsed, and a few more lapse within the month.
  const licenseDays = spec.forceActive
    ? 200 + Math.floor(rand() * 900)
    : rand() < 0.05
      ? -Math.floor(rand() * 60) - 1
      : Math.floor(rand() * 1400) + 3;
  const medicalDays = rand() < 0.1 ? -Math.floor(rand() * 30) - 1 : Math.floor(rand() * 700) + 5;
  const area = pick(rand, AREA_CODES[station.state] ?? ['555']);
  const transporterId = `A${Array.from({ length: 13 }, () => pick(rand, [...ALNUM])).join('')}`;
  const hiredDaysAgo = status === 'applicant' ? 0 : 20 + Math.floor(rand() * 900);
  return {
    user_id: null,
    first_name: spec.firstName,
    last_name: spec.lastName,
    // The payroll provider's employee number (ADP's File # is at most 6 digits): 1017 is DA 17 of the first station.
    employee_id: String(spec.stationNumber * 1000 + spec.index),
    transporter_id: transporterId,
    phone: `+1${area}555${String(1000 + Math.floor(rand() * 8999)).slice(0, 4)}`,
    email: null,
    language: rand() < 0.35 ? 'es' : 'en',
    sms_consent_at: rand() < 0.85 ? `${addDays(today, -hiredDaysAgo)}T15:00:00.000Z` : null,
    home_station_id: station.id,
    hourly_rate_cents: 1900 + 25 * Math.floor(rand() * 17),
    hire_date: status === 'applicant' ? null : addDays(today, -hiredDaysAgo),
    van_types: JSON.stringify(vanTypes.sort()),
    license_number: `${station.state}${Math.floor(10_000_000 + rand() * 89_999_999)}`,
    license_state: station.state,
    license_expiry: addDays(today, licenseDays),
    dot_medical_expiry: stepVan ? addDays(today, medicalDays) : null,
    status,
    status_reason:
      status === 'terminated' ? 'Voluntary resignation' : status === 'inactive' ? 'Leave of absence' : null,
    status_since: addDays(today, -Math.min(hiredDaysAgo, 30)),
  };
}
