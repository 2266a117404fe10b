import { recordAudit } from '../audit/store.js';
import { hashPassword } from '../auth/domain/passwords.js';
import type { Actor } from '../auth/domain/permissions.js';
import { insertUser } from '../auth/store.js';
import type { Db } from '../db/database.js';
import type { Role } from '../db/schema.js';
import type { FileStorage } from '../files/storage.js';
import { insertStatusChange } from '../people/status-changes-store.js';
import { insertDriver } from '../people/store.js';
import { localDate } from '../shared/dates.js';
import { insertMembership } from '../tenancy/member-store.js';
import { findOrgBySlug, insertOrg, insertStation } from '../tenancy/store.js';
import { createAmazonEventsDemo } from './amazon-events.js';
import { createDispatchDemo, planDispatchDemo } from './dispatch.js';
import { DAS_PER_STATION, demoDriver } from './drivers.js';
import { createFleetDemo } from './fleet.js';
import { createInspectionsDemo } from './inspections.js';
import { createMoneyDemo } from './money.js';
import { createPayPeriodDemo } from './pay-period.js';
import { createPayrollDemo } from './payroll.js';
import { createPeopleRecordsDemo } from './people-records.js';
import { createPerformanceDemo } from './performance.js';
import { pick, seededRandom } from './random.js';

export const DEMO_PASSWORD = 'stationhand-demo';
export const DEMO_SLUG = 'demo';

/** The first two are the ones the docs and tests name; a group adds more across states. */
export const STATIONS = [
  { code: 'DXC1', name: 'Riverside Delivery Station', time_zone: 'America/Los_Angeles', state: 'CA' },
  { code: 'DXT1', name: 'Fort Worth Delivery Station', time_zone: 'America/Chicago', state: 'TX' },
  { code: 'DXA2', name: 'Tempe Delivery Station', time_zone: 'America/Phoenix', state: 'AZ' },
  { code: 'DXW3', name: 'Kent Delivery Station', time_zone: 'America/Los_Angeles', state: 'WA' },
  { code: 'DXF4', name: 'Orlando Delivery Station', time_zone: 'America/New_York', state: 'FL' },
  { code: 'DXG5', name: 'Atlanta Delivery Station', time_zone: 'America/New_York', state: 'GA' },
  { code: 'DXI6', name: 'Joliet Delivery Station', time_zone: 'America/Chicago', state: 'IL' },
  { code: 'DXN7', name: 'Edison Delivery Station', time_zone: 'America/New_York', state: 'NJ' },
  { code: 'DXO8', name: 'Columbus Delivery Station', time_zone: 'America/New_York', state: 'OH' },
  { code: 'DXD9', name: 'Denver Delivery Station', time_zone: 'America/Denver', state: 'CO' },
];

/** 40 × 40 names: enough distinct people for a ten-station group (about 620 with staff). */
const FIRST = [
  'Maria',
  'James',
  'Luis',
  'Aaliyah',
  'Kevin',
  'Sofia',
  'Marcus',
  'Ana',
  'Tyler',
  'Jasmine',
  'Carlos',
  'Destiny',
  'Andre',
  'Gabriela',
  'Brandon',
  'Yesenia',
  'Jose',
  'Brianna',
  'DeShawn',
  'Emily',
  'Miguel',
  'Keisha',
  'Ryan',
  'Valeria',
  'Jamal',
  'Hannah',
  'Diego',
  'Tiana',
  'Austin',
  'Lucia',
  'Terrell',
  'Megan',
  'Javier',
  'Imani',
  'Cody',
  'Daniela',
  'Malik',
  'Ashley',
  'Eduardo',
  'Kiara',
];
const LAST = [
  'Garcia',
  'Johnson',
  'Martinez',
  'Williams',
  'Hernandez',
  'Brown',
  'Lopez',
  'Davis',
  'Gonzalez',
  'Miller',
  'Rodriguez',
  'Wilson',
  'Perez',
  'Jackson',
  'Sanchez',
  'Thomas',
  'Ramirez',
  'Moore',
  'Torres',
  'Taylor',
  'Flores',
  'Anderson',
  'Rivera',
  'White',
  'Gomez',
  'Harris',
  'Diaz',
  'Clark',
  'Reyes',
  'Lewis',
  'Cruz',
  'Robinson',
  'Morales',
  'Walker',
  'Ortiz',
  'Young',
  'Gutierrez',
  'Allen',
  'Chavez',
  'King',
];

export interface DemoOptions {
  seed: number;
  /** Where the demo's generated photos and documents are kept (DATA_DIR's file store). */
  storage: FileStorage;
  /** 1 = one DSP with two stations; 10 = a ten-station group. */
  scale: number;
}

export interface DemoLogin {
  email: string;
  role: Role;
  station: string | null;
}

export interface DemoSummary {
  orgId: string;
  stations: string[];
  logins: DemoLogin[];
  password: string;
}

/** DAs of each station who also get a login (driver1@demo.test, …) for the phone pages. */
const DRIVERS_PER_STATION = 3;

/**
 * Creates the demo DSP (org slug `demo`) with its stations and logins, all with the demo password.
 * Deterministic for a seed and scale; refuses to run twice on the same database.
 */
export async function createDemoDsp(db: Db, opts: DemoOptions): Promise<DemoSummary> {
  if (await findOrgBySlug(db, DEMO_SLUG)) throw new Error('The demo org already exists in this database.');
  const rand = seededRandom(opts.seed);
  const stationCount = Math.min(STATIONS.length, Math.max(2, Math.round(opts.scale)));
  // Every demo login shares one password, so one hash serves them all.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const usedNames = new Set<string>();
  const personName = () => {
    for (;;) {
      const name = `${pick(rand, FIRST)} ${pick(rand, LAST)}`;
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };

  const summary = await db.transaction().execute(async (trx) => {
    const org = await insertOrg(trx, {
      name: opts.scale > 2 ? 'Lone Star & Pacific Delivery Group' : 'Desert Coast Delivery LLC',
      slug: DEMO_SLUG,
    });
    const system: Actor = {
      orgId: org.id,
      userId: null,
      role: 'owner',
      stationIds: null,
      label: 'Demo generator',
    };
    await recordAudit(trx, system, { entity: 'org', entityId: org.id, before: null, after: org });

    const stations = [];
    for (const s of STATIONS.slice(0, stationCount)) {
      const row = await insertStation(trx, org.id, s);
      await recordAudit(trx, system, { entity: 'station', entityId: row.id, before: null, after: row });
      stations.push(row);
    }

    const logins: DemoLogin[] = [];
    const addLogin = async (
      email: string,
      role: Role,
      stationIds: string[] | null,
      station: string | null,
    ) => {
      const name = personName();
      const user = await insertUser(trx, { email, name, passwordHash, mustChangePassword: false });
      await insertMembership(trx, {
        org_id: org.id,
        user_id: user.id,
        role,
        station_ids: stationIds === null ? null : JSON.stringify(stationIds),
      });
      await recordAudit(trx, system, {
        entity: 'member',
        entityId: user.id,
        before: null,
        after: { email, name, role, station_ids: stationIds, status: 'active' },
      });
      logins.push({ email, role, station });
      return { id: user.id, name };
    };

    const first = stations[0];
    if (!first) throw new Error('No demo stations');
    await addLogin('owner@demo.test', 'owner', null, null);
    await addLogin('manager@demo.test', 'manager', null, null);
    await addLogin('dispatcher@demo.test', 'dispatcher', [first.id], first.code);
    for (const s of stations.slice(1)) {
      await addLogin(`dispatcher.${s.code.toLowerCase()}@demo.test`, 'dispatcher', [s.id], s.code);
    }
    let n = 0;
    for (const [at, s] of stations.entries()) {
      const today = localDate(s.time_zone);
      for (let i = 0; i < DAS_PER_STATION; i++) {
        const login =
          i < DRIVERS_PER_STATION ? await addLogin(`driver${++n}@demo.test`, 'driver', [s.id], s.code) : null;
        const [firstName = '', lastName = ''] = (login?.name ?? personName()).split(' ');
        const values = demoDriver(
          rand,
          s,
          { index: i + 1, stationNumber: at + 1, firstName, lastName, forceActive: login !== null },
          today,
        );
        const row = await insertDriver(trx, org.id, { ...values, user_id: login?.id ?? null });
        await insertStatusChange(trx, org.id, {
          driverId: row.id,
          status: row.status,
          reason: row.status_reason,
          effectiveDate: row.status_since,
          changedBy: system.label,
        });
        await recordAudit(trx, system, { entity: 'driver', entityId: row.id, before: null, after: row });
      }
    }
    // Plan first: the vans and the schedule, then attendance on the schedule's shifts, then the
    // rosters and day closes that follow from both, then the inspections of the vans on those routes.
    await createFleetDemo(trx, { orgId: org.id, stations, seed: opts.seed, system });
    const dispatch = { orgId: org.id, stations, seed: opts.seed, system };
    const plan = await planDispatchDemo(trx, dispatch);
    const people = await createPeopleRecordsDemo(trx, {
      orgId: org.id,
      stations,
      storage: opts.storage,
      seed: opts.seed,
      system,
      shifts: plan.pastShifts,
    });
    const vanDays = await createDispatchDemo(trx, dispatch, plan, people.events);
    await createInspectionsDemo(trx, {
      orgId: org.id,
      stations,
      storage: opts.storage,
      seed: opts.seed,
      system,
      vanDays,
    });
    return { orgId: org.id, stations: stations.map((s) => s.code), logins, password: DEMO_PASSWORD };
  });
  // Amazon's weekly files go through the import mechanism, which runs its own transactions: after the
  // commit, on the routes the dispatch history closed.
  await createPerformanceDemo(db, { orgId: summary.orgId, seed: opts.seed });
  // Exceptions are rebuilt and resolved through the payroll slice's own transactions, after the commit too.
  await createPayrollDemo(db, { orgId: summary.orgId, seed: opts.seed });
  // Then the owner's pay run of a settled week: closed and exported once.
  await createPayPeriodDemo(db, summary.orgId);
  // Amazon's money files of the last weeks, checked as they are imported, one leak disputed.
  await createMoneyDemo(db, { orgId: summary.orgId, seed: opts.seed });
  // This week's late truck and late cancel on the board: after the money weeks, which they must not change.
  await createAmazonEventsDemo(db, { orgId: summary.orgId, seed: opts.seed });
  return summary;
}

export function describeDemoLogins(summary: DemoSummary, maxDrivers = 3): string {
  const drivers = summary.logins.filter((l) => l.role === 'driver');
  const staff = summary.logins.filter((l) => l.role !== 'driver');
  const lines = [
    `Demo DSP ready: stations ${summary.stations.join(', ')}. Every demo login uses the password "${summary.password}":`,
    ...staff.map((l) => `  ${l.role.padEnd(10)} ${l.email}${l.station ? ` (${l.station})` : ''}`),
    ...drivers.slice(0, maxDrivers).map((l) => `  driver     ${l.email} (${l.station})`),
  ];
  if (drivers.length > maxDrivers)
    lines.push(`  … and driver${maxDrivers + 1}@demo.test to driver${drivers.length}@demo.test`);
  return lines.join('\n');
}
