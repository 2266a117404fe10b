import { randomUUID } from 'node:crypto';
import {
  type Client,
  type SeededOrg,
  seedOrg,
  signIn,
  type TestApp,
  tinyJpeg,
  uploadFile,
} from '../app/testing.js';
import { insertVan } from '../fleet/store.js';
import { updateDriver } from '../people/store.js';
import type { VanType } from '../shared/vans.js';
import { DEFAULT_ITEMS, type ItemAnswer } from './domain/checklist.js';
import type { Panel } from './domain/panels.js';

/** Throws with the answer's body unless the request got the status expected (no test runner needed here). */
function must<R extends { statusCode: number; body: string }>(res: R, status: number): R {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return res;
}

/**
 * A DSP for inspection tests: stations DAU5 and DAU7, an owner, a manager, a dispatcher limited to DAU7,
 * and two DAs of DAU5 with logins (Xavier and Yolanda), each signed in.
 */
export interface InspectionScene {
  org: SeededOrg;
  owner: Client;
  manager: Client;
  dispatcher: Client;
  xavier: Client;
  yolanda: Client;
  das: { xavier: string; yolanda: string };
}

export async function givenInspectionScene(t: TestApp, slug = 'acme'): Promise<InspectionScene> {
  const org = await seedOrg(t.db, {
    slug,
    stations: ['DAU5', 'DAU7'],
    users: [
      { email: `owner@${slug}.test`, role: 'owner' },
      { email: `manager@${slug}.test`, role: 'manager' },
      { email: `disp@${slug}.test`, role: 'dispatcher', stations: ['DAU7'] },
      { email: `xavier@${slug}.test`, role: 'driver', stations: ['DAU5'] },
      { email: `yolanda@${slug}.test`, role: 'driver', stations: ['DAU5'] },
    ],
  });
  const owner = await signIn(t.app, `owner@${slug}.test`);
  const das = { xavier: '', yolanda: '' };
  for (const [name, last] of [
    ['xavier', 'Diaz'],
    ['yolanda', 'Cruz'],
  ] as const) {
    const add = await owner.request('POST', '/api/v1/drivers', {
      firstName: name[0]?.toUpperCase() + name.slice(1),
      lastName: last,
      homeStationId: org.stationIds.DAU5,
    });
    must(add, 201);
    das[name] = add.json().id;
    await updateDriver(t.db.db, org.orgId, das[name], {
      user_id: org.userIds[`${name}@${slug}.test`] ?? null,
    });
  }
  return {
    org,
    owner,
    manager: await signIn(t.app, `manager@${slug}.test`),
    dispatcher: await signIn(t.app, `disp@${slug}.test`),
    xavier: await signIn(t.app, `xavier@${slug}.test`),
    yolanda: await signIn(t.app, `yolanda@${slug}.test`),
    das,
  };
}

let vanCount = 0;

/** An active van of a station, straight into the fleet's table. */
export async function givenVan(
  t: TestApp,
  org: SeededOrg,
  station: string,
  vanType: VanType = 'edv',
  odometer = 1000,
) {
  vanCount += 1;
  const at = new Date().toISOString();
  const row = await insertVan(t.db.db, org.orgId, {
    station_id: org.stationIds[station] ?? '',
    fleet_number: `V-${String(vanCount).padStart(3, '0')}`,
    vin: `1FTBW3XM${String(vanCount).padStart(9, '0')}`,
    plate: null,
    plate_state: null,
    make: 'Rivian',
    model: 'EDV 700',
    year: 2024,
    van_type: vanType,
    ownership: 'amazon_fleet',
    lessor: null,
    ownership_start: null,
    ownership_end: null,
    monthly_rate_cents: null,
    odometer_miles: odometer,
    odometer_at: at,
    telematics_id: null,
    camera_id: null,
    status: 'active',
    status_reason: null,
    status_since: at,
  });
  return { id: row.id, fleetNumber: row.fleet_number };
}

/** Uploads a photo as this client and answers its id. */
export async function photo(c: Client, name = 'photo.jpg'): Promise<string> {
  return must(await uploadFile(c, 'photo', tinyJpeg(), name), 201).json().id;
}

export interface InspectionSpec {
  vanId: string;
  kind?: 'pre_trip' | 'post_trip';
  /** Minutes before now the DA opened the checklist. */
  startedMinutesAgo?: number;
  seconds?: number;
  odometerMiles?: number;
  fail?: Partial<Record<string, string>>;
  damage?: Panel[];
}

/** A complete inspection body with fresh photos uploaded by `c`: every check passes unless failed. */
export async function inspectionBody(c: Client, spec: InspectionSpec) {
  const started = Date.now() - (spec.startedMinutesAgo ?? 10) * 60_000;
  const items: ItemAnswer[] = DEFAULT_ITEMS.map((i) => {
    const note = spec.fail?.[i.key];
    return { key: i.key, result: note ? 'fail' : 'pass', note: note ?? null, photoIds: [] };
  });
  return {
    id: randomUUID(),
    vanId: spec.vanId,
    kind: spec.kind ?? 'pre_trip',
    startedAt: new Date(started).toISOString(),
    submittedAt: new Date(started + (spec.seconds ?? 240) * 1000).toISOString(),
    odometerMiles: spec.odometerMiles ?? 1200,
    fuelPercent: 80,
    items,
    bodyPhotos: {
      front: await photo(c, 'front.jpg'),
      rear: await photo(c, 'rear.jpg'),
      driver_side: await photo(c, 'driver.jpg'),
      passenger_side: await photo(c, 'passenger.jpg'),
    },
    odometerPhotoId: await photo(c, 'odometer.jpg'),
    damageMarks: (spec.damage ?? []).map((panel) => ({ panel, note: `Dent on ${panel}`, photoIds: [] })),
  };
}

/** Sends an inspection from the phone route and expects it filed. */
export async function submitAsDa(c: Client, spec: InspectionSpec) {
  const body = await inspectionBody(c, spec);
  return must(await c.request('POST', '/api/v1/me/inspections', body), 201).json();
}
