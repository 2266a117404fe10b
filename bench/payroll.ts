/**
 * Payroll at group scale (issue 15, item 14): one two-week pay period for 1,200 DAs (ten stations of
 * 120, the `--scale 10` group's size in sizing.md), computed from the database as payroll does it:
 * the punches of the period and the 6 days before it read per station, the org's rules, then the pure
 * calculator on every DA's two workweeks. The floor is reading the same punches alone, best of three
 * in the same run. Prints `NAME floor: T ms`, `NAME: T ms` and `NAME ratio: R` (target ≤ 2), and the
 * same in CPU time.
 *
 * The demo generator makes 60 DAs a station and a whole history with photos and Amazon's files, far
 * more than this needs and slower than a benchmark should wait for; so the bench makes the group's
 * stations and DAs with the demo's own functions and draws each DA's punches of those three weeks with
 * the demo's punch drawing, on five shifts a week with believable waves and route closes.
 *
 *   node --import tsx bench/payroll.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '../src/db/database.js';
import { openSqlite } from '../src/db/database.js';
import { insertRows } from '../src/db/insert-rows.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { PunchesTable, StationsTable } from '../src/db/schema.js';
import { isoAtLocal } from '../src/demo/clock.js';
import { demoDriver } from '../src/demo/drivers.js';
import { STATIONS } from '../src/demo/generate.js';
import type { WorkedDay } from '../src/demo/punch-days.js';
import { drawPunches, stationPlace } from '../src/demo/punches.js';
import { seededRandom } from '../src/demo/random.js';
import { workweekStart } from '../src/payroll/domain/workday.js';
import { computeDriverWeek, findOrgPolicy } from '../src/payroll/driver-week.js';
import { listStationPunches } from '../src/payroll/store.js';
import { groupBy } from '../src/people/domain/group.js';
import { insertDrivers } from '../src/people/store.js';
import { addDays } from '../src/shared/days.js';
import { insertOrg, insertStation } from '../src/tenancy/store.js';
import { bestOfThree } from './timing.js';

const DAS_PER_STATION = 120;
/** The pay period: the two workweeks before this one. */
const PERIOD_START = addDays(workweekStart(new Date().toISOString().slice(0, 10)), -14);
const READ_FROM = addDays(PERIOD_START, -6);
const PERIOD_END = addDays(PERIOD_START, 13);

/** The group's stations and DAs, and five shifts a week each over the period and the week before it. */
async function seedGroup(db: Db) {
  const rand = seededRandom(20261207);
  const org = await insertOrg(db, { name: 'Bench Delivery Group', slug: 'bench-payroll' });
  const stations: StationsTable[] = [];
  for (const s of STATIONS) stations.push(await insertStation(db, org.id, s));
  let punches = 0;
  for (const [at, station] of stations.entries()) {
    const das = await insertDrivers(
      db,
      org.id,
      Array.from({ length: DAS_PER_STATION }, (_, i) => ({
        ...demoDriver(
          rand,
          station,
          { index: i + 1, stationNumber: at + 1, firstName: 'DA', lastName: `${i + 1}`, forceActive: true },
          PERIOD_END,
        ),
      })),
    );
    const clock = {
      orgId: org.id,
      onProviderClock: new Set<string>(),
      place: stationPlace(station.code),
      system: 'bench',
    };
    const rows: PunchesTable[] = [];
    for (const da of das) {
      const off = Math.floor(rand() * 7);
      for (let date = READ_FROM; date <= PERIOD_END; date = addDays(date, 1)) {
        const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 7 - off) % 7;
        if (weekday >= 5) continue;
        rows.push(...drawPunches(rand, clock, workedDay(rand, station, da.id, date), new Date()).punches);
      }
    }
    await insertRows(db, 'punches', rows);
    punches += rows.length;
  }
  return { orgId: org.id, stations, punches };
}

/** A route day: checked in before a wave between 09:20 and 10:40, back after 8 to 10 hours on the road. */
function workedDay(rand: () => number, station: StationsTable, driverId: string, date: string): WorkedDay {
  const at = (minutes: number) => Date.parse(isoAtLocal(station.time_zone, date, minutes));
  const wave = 560 + 20 * Math.floor(rand() * 5);
  const end = at(wave + 480 + Math.floor(rand() * 120));
  return {
    station: { id: station.id, code: station.code, timeZone: station.time_zone, state: station.state },
    date,
    today: false,
    driverId,
    userId: null,
    providerName: 'DA',
    employeeNumber: null,
    standby: false,
    checkIn: at(wave - 15 - Math.floor(rand() * 30)),
    start: at(wave),
    end,
    plannedEnd: end,
    routeEnd: end,
    routeCode: 'CX1',
    rescued: false,
  };
}

/** The period's punches as payroll reads them: per station, from 6 days before the period to its end. */
async function readPunches(db: Db, orgId: string, stations: StationsTable[]) {
  const out = [];
  for (const s of stations) out.push(await listStationPunches(db, orgId, s.id, READ_FROM, PERIOD_END));
  return out;
}

/** The period computed: the punches and rules read, then every DA's two workweeks through the calculator. */
async function computePeriod(db: Db, orgId: string, stations: StationsTable[]) {
  const { caps } = await findOrgPolicy(db, orgId);
  const read = await readPunches(db, orgId, stations);
  let minutes = 0;
  stations.forEach((station, i) => {
    for (const punches of groupBy(read[i] ?? [], (p) => p.driver_id).values())
      for (const week of [PERIOD_START, addDays(PERIOD_START, 7)]) {
        const { result } = computeDriverWeek(station, caps, punches, week);
        minutes += result.minutes.REG + result.minutes.OT + result.minutes.DT;
      }
  });
  return minutes;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-bench-payroll-'));
  const handle = openSqlite(path.join(dir, 'bench.sqlite'));
  try {
    await migrateToLatest(handle);
    const { orgId, stations, punches } = await seedGroup(handle.db);
    const das = stations.length * DAS_PER_STATION;
    const minutes = await computePeriod(handle.db, orgId, stations);
    if (minutes < das * 10 * 7 * 60) throw new Error(`payroll: only ${minutes} minutes computed`);
    const floor = await bestOfThree(() => readPunches(handle.db, orgId, stations));
    const period = await bestOfThree(() => computePeriod(handle.db, orgId, stations));
    const name = `payroll-period-${das}-das-${punches}-punches`;
    console.log(`${name} floor: ${floor.ms.toFixed(0)} ms`);
    console.log(`${name}: ${period.ms.toFixed(0)} ms`);
    console.log(`${name} ratio: ${(period.ms / floor.ms).toFixed(2)}`);
    console.log(`${name} cpu floor: ${floor.cpu.toFixed(0)} ms`);
    console.log(`${name} cpu: ${period.cpu.toFixed(0)} ms`);
    console.log(`${name} cpu ratio: ${(period.cpu / floor.cpu).toFixed(2)}`);
  } finally {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
