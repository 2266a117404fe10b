/**
 * Money at group scale (issue 16, item 14): a year of weekly files for ten stations reconciled from the
 * database, as the money slice checks a week when its files land: each station week's latest Variable
 * invoice, WST rows, deposits and rate card read, the checks run, the open discrepancies replaced. The
 * floor is reading the same rows alone, best of three in the same run. Prints `NAME floor: T ms`,
 * `NAME: T ms` and `NAME ratio: R` (target ≤ 3), and the same in CPU time.
 *
 * The `--scale 10` demo takes long to build and carries twelve weeks, not a year; so the bench makes the
 * group's ten stations, draws 30 routes a station day, and writes each week's files with the demo's own
 * functions (money-files.ts, with the demo's leaks planted in every 12-week stretch), imported through
 * the import runner without checking on commit.
 *
 *   node --import tsx bench/money.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Actor } from '../src/auth/domain/permissions.js';
import type { Db } from '../src/db/database.js';
import { openSqlite } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import type { StationsTable } from '../src/db/schema.js';
import type { DemoFile } from '../src/demo/demo-file.js';
import { STATIONS } from '../src/demo/generate.js';
import { rateCardFile } from '../src/demo/money-card.js';
import { depositFile, type RunRoute, weekFiles } from '../src/demo/money-files.js';
import { stationHourCents, stationPlan } from '../src/demo/money-plan.js';
import { importDemoFiles } from '../src/demo/performance.js';
import { writeDemoFiles } from '../src/demo/performance-write.js';
import { seededRandom } from '../src/demo/random.js';
import { latestFileOfWeek, latestWstFileOfWeek } from '../src/money/amazon-files-store.js';
import { listDeposits, listInvoiceRows, listWstRows } from '../src/money/amazon-rows-store.js';
import { listRates } from '../src/money/rate-card-store.js';
import { reconcileWeek } from '../src/money/reconcile-week.js';
import { addDays, weekday } from '../src/shared/days.js';
import { insertOrg, insertStation } from '../src/tenancy/store.js';
import { bestOfThree } from './timing.js';

const WEEKS = 52;
const ROUTES_A_DAY = 30;
const VANS = ['edv', 'cdv', 'step_van'];
const TODAY = new Date().toISOString().slice(0, 10);
const FIRST_WEEK = addDays(TODAY, -weekday(TODAY) - 7 * WEEKS);
const weeks = Array.from({ length: WEEKS }, (_, i) => addDays(FIRST_WEEK, 7 * i));

/** A station week's routes: 30 a day, 8 to 10-hour plans, in the demo's vans. */
function drawWeek(rand: () => number, week: string): RunRoute[] {
  return Array.from({ length: 7 * ROUTES_A_DAY }, (_, i) => ({
    date: addDays(week, Math.floor(i / ROUTES_A_DAY)),
    code: `CX${(i % ROUTES_A_DAY) + 1}`,
    da: `DA ${(i % ROUTES_A_DAY) + 1}`,
    serviceType: rand() < 0.03 ? 'Nursery' : 'Standard Parcel',
    vanType: VANS[Math.floor(rand() * VANS.length)] ?? 'cdv',
    plannedMinutes: 420 + Math.floor(rand() * 180),
    delivered: 150 + Math.floor(rand() * 120),
  }));
}

/** A station's year: its rate card, each week's WST file and invoice (leaks planted), the deposits. */
function stationYear(station: StationsTable, index: number): DemoFile[] {
  const rand = seededRandom(20261207 + index);
  const priced = { code: station.code, hourCents: stationHourCents(index) };
  const plan = stationPlan(index);
  const files = [rateCardFile(priced, FIRST_WEEK)];
  const paid = weeks.map((week, i) => {
    const leak = plan.find((p) => p.week === i % 12)?.leak;
    const made = weekFiles(priced, { week, run: drawWeek(rand, week), trainingDays: [] }, leak, rand);
    files.push(...made.files);
    return { week, ...made };
  });
  return [...files, depositFile(station.code, paid)];
}

async function seedGroup(db: Db, dir: string) {
  const org = await insertOrg(db, { name: 'Bench Delivery Group', slug: 'bench-money' });
  const owner: Actor = { orgId: org.id, userId: null, role: 'owner', stationIds: null, label: 'bench' };
  const stations: StationsTable[] = [];
  for (const s of STATIONS) stations.push(await insertStation(db, org.id, s));
  for (const [i, station] of stations.entries()) {
    const written = await writeDemoFiles(dir, stationYear(station, i));
    await importDemoFiles(db, owner, written, new Map([[station.code, station.id]]));
  }
  return { orgId: org.id, stations };
}

/** Every station week's rows, read as reconcileWeek reads them. */
async function readWeeks(db: Db, orgId: string, stations: StationsTable[]) {
  let rows = 0;
  for (const s of stations) {
    rows += (await listRates(db, orgId, s.id)).length;
    for (const week of weeks) {
      const invoice = await latestFileOfWeek(db, orgId, s.id, 'variable-invoice', week);
      const wst = await latestWstFileOfWeek(db, orgId, s.id, week);
      const [lines, wstRows, deposits] = await Promise.all([
        invoice ? listInvoiceRows(db, orgId, invoice.id) : [],
        wst ? listWstRows(db, orgId, wst.id, week) : [],
        listDeposits(db, orgId, s.id, week),
      ]);
      rows += lines.length + wstRows.length + deposits.length;
    }
  }
  return rows;
}

async function reconcileAll(db: Db, orgId: string, stations: StationsTable[]) {
  for (const s of stations) for (const week of weeks) await reconcileWeek(db, orgId, s.id, week);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-bench-money-'));
  const handle = openSqlite(path.join(dir, 'bench.sqlite'));
  try {
    await migrateToLatest(handle);
    const seeded = Date.now();
    const { orgId, stations } = await seedGroup(handle.db, path.join(dir, 'files'));
    console.error(
      `money: ${stations.length} stations × ${WEEKS} weeks imported in ${Date.now() - seeded} ms`,
    );
    const rows = await readWeeks(handle.db, orgId, stations);
    await reconcileAll(handle.db, orgId, stations);
    const found = await handle.db.selectFrom('money_discrepancies').select('id').execute();
    if (found.length < stations.length * WEEKS * 0.5)
      throw new Error(`money: only ${found.length} discrepancies found in ${rows} rows`);
    const floor = await bestOfThree(() => readWeeks(handle.db, orgId, stations));
    const checked = await bestOfThree(() => reconcileAll(handle.db, orgId, stations));
    const name = `money-reconcile-${stations.length}-stations-${WEEKS}-weeks-${rows}-rows`;
    console.log(`${name} floor: ${floor.ms.toFixed(0)} ms`);
    console.log(`${name}: ${checked.ms.toFixed(0)} ms`);
    console.log(`${name} ratio: ${(checked.ms / floor.ms).toFixed(2)}`);
    console.log(`${name} cpu floor: ${floor.cpu.toFixed(0)} ms`);
    console.log(`${name} cpu: ${checked.cpu.toFixed(0)} ms`);
    console.log(`${name} cpu ratio: ${(checked.cpu / floor.cpu).toFixed(2)}`);
    console.log(`${name} discrepancies: ${found.length}`);
  } finally {
    await handle.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
