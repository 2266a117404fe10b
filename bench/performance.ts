/**
 * Performance data at scale. Imports 1,000,000 safety events (a Cortex Safety Dashboard CSV) into a
 * fresh embedded database, as the server does it: in a process of its own running the built server
 * (`npm run build:server` first; `npm run bench` does), so its peak memory is the import's and no
 * TypeScript loader's. The baseline is csv-parse alone reading the same file, best of three, in the
 * same run; the import's own reader (which parses a file this big on a thread) is printed too. Then
 * scores, ranks and tiers 1,200 DAs × 12 weeks. Prints `NAME: VALUE UNIT` lines; targets: ratio ≤ 3,
 * peak rss ≤ 300 MB.
 */

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'csv-parse';
import { openSqlite } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { readRows } from '../src/imports/read-rows.js';
import { insertDrivers } from '../src/people/store.js';
import { transporterIdOf, writeSafetyDashboard } from '../src/performance/cortex-file.js';
import { noMetrics } from '../src/performance/domain/metrics.js';
import { DEFAULT_PROFILE } from '../src/performance/domain/profile.js';
import { type FactWeek, scoreWeeks } from '../src/performance/domain/weekly.js';
import { weeksEndingAt } from '../src/performance/domain/weeks.js';
import { insertOrg, insertStation } from '../src/tenancy/store.js';

const EVENTS = 1_000_000;
const DAS = 120;

/** CPU time (user + system, ms) of the last `timed` work: on a machine others share, wall time drifts. */
let lastCpu = 0;

async function timed(work: () => Promise<unknown>): Promise<number> {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await work();
  const used = process.cpuUsage(cpu);
  lastCpu = (used.user + used.system) / 1000;
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function readAll(file: string): Promise<void> {
  for await (const _ of readRows(file, 'csv')) {
    // every row read, nothing else
  }
}

async function csvParseAlone(file: string): Promise<void> {
  const parser = fs
    .createReadStream(file)
    .pipe(parse({ bom: true, relax_column_count: true, record_delimiter: ['\r\n', '\n', '\r'] }));
  for await (const _ of parser) {
    // every record parsed, nothing else
  }
}

/** The import, in a process of its own on the built server: wall and CPU time, and its peak memory. */
const IMPORT_PROCESS = `
const [db, file, orgId, stationId] = process.argv.slice(1);
const dist = (p) => new URL(p, process.env.BENCH_DIST).href;
(await import(dist('shared/heap.js'))).tuneHeap(); // as the server and the CLI do first
const { openSqlite } = await import(dist('db/database.js'));
const { runImport } = await import(dist('imports/run-import.js'));
const { safetyEventsImport } = await import(dist('performance/safety-events-import.js'));
const handle = openSqlite(db);
const actor = { orgId, userId: null, role: 'owner', stationIds: null, label: 'bench' };
const cpu = process.cpuUsage();
const start = process.hrtime.bigint();
const result = await runImport(handle.db, {
  kind: safetyEventsImport, file, fileName: 'Safety_Dashboard_DXC1.csv', sha256: 'bench', actor, stationId, dryRun: false,
});
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const used = process.cpuUsage(cpu);
await handle.close();
console.log(JSON.stringify({
  ms, cpu: (used.user + used.system) / 1000, peakMb: process.resourceUsage().maxRSS / 1024,
  status: \`\${result.status} \${result.created} \${JSON.stringify(result.errors.slice(0, 3))}\`,
}));
`;

async function importEvents(dir: string, file: string): Promise<{ ms: number; cpu: number; peakMb: number }> {
  const dist = path.resolve(import.meta.dirname, '../dist/');
  if (!fs.existsSync(path.join(dist, 'imports/run-import.js')))
    throw new Error('No built server in dist/: run `npm run build:server` first.');
  const db = path.join(dir, 'bench.sqlite');
  const handle = openSqlite(db);
  await migrateToLatest(handle);
  const org = await insertOrg(handle.db, { name: 'Bench DSP', slug: 'bench-performance' });
  const station = await insertStation(handle.db, org.id, {
    code: 'DXC1',
    name: 'Bench station',
    time_zone: 'America/Los_Angeles',
    state: 'CA',
  });
  await insertDrivers(
    handle.db,
    org.id,
    Array.from({ length: DAS }, (_, i) => ({
      user_id: null,
      first_name: 'DA',
      last_name: `Number ${i}`,
      employee_id: null,
      transporter_id: transporterIdOf(i),
      phone: null,
      email: null,
      language: 'en' as const,
      sms_consent_at: null,
      home_station_id: station.id,
      hourly_rate_cents: null,
      hire_date: null,
      van_types: '["cdv"]',
      license_number: null,
      license_state: null,
      license_expiry: null,
      dot_medical_expiry: null,
      status: 'active' as const,
      status_reason: null,
      status_since: '2025-01-01',
    })),
  );
  await handle.close();
  const out = execFileSync(
    process.execPath,
    ['--input-type=module', '-e', IMPORT_PROCESS, db, file, org.id, station.id],
    { env: { ...process.env, BENCH_DIST: `${pathToFileURL(dist).href}/` }, encoding: 'utf8' },
  );
  const result = JSON.parse(out.trim().split('\n').at(-1) ?? '{}');
  if (!String(result.status).startsWith(`committed ${EVENTS} `))
    throw new Error(`safety events import: ${result.status}`);
  return result;
}

/** 1,200 DAs × 12 weeks of plausible metrics, scored, tiered and ranked as the week view does. */
function tiersBench(): number {
  const weeks = weeksEndingAt('2026-11-22', 12);
  const rows: FactWeek[] = [];
  let seed = 7;
  const random = () => {
    seed = (seed * 48_271) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  for (const week of weeks) {
    for (let i = 0; i < 1200; i++) {
      rows.push({
        id: `${week}-${i}`,
        weekStart: week,
        metrics: {
          ...noMetrics(),
          fico: 700 + Math.round(random() * 150),
          dcr: 0.96 + random() * 0.04,
          cdf_dpmo: Math.round(random() * 6000),
          ced: random() < 0.02 ? 1 : 0,
          pod: 0.93 + random() * 0.07,
          delivered: 800 + Math.round(random() * 900),
        },
      });
    }
  }
  const start = process.hrtime.bigint();
  const scored = scoreWeeks(() => DEFAULT_PROFILE, rows);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (scored.size !== rows.length) throw new Error('tiers: not every DA week scored');
  return ms;
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-bench-performance-'));
  const name = `import-safety-events-${EVENTS}-csv`;
  try {
    const file = path.join(dir, 'Safety_Dashboard_DXC1.csv');
    await writeSafetyDashboard(file, { events: EVENTS, das: DAS });
    const imported = await importEvents(dir, file);
    const parses: number[] = [];
    const parseCpus: number[] = [];
    for (let i = 0; i < 3; i++) {
      parses.push(await timed(() => csvParseAlone(file)));
      parseCpus.push(lastCpu);
    }
    const reader = await timed(() => readAll(file));
    const base = Math.min(...parses);
    console.log(`${name} raw parse: ${base.toFixed(0)} ms`);
    console.log(`${name} import reader: ${reader.toFixed(0)} ms`);
    console.log(`${name} import: ${imported.ms.toFixed(0)} ms`);
    console.log(`${name} ratio: ${(imported.ms / base).toFixed(2)}`);
    // The same two in CPU time (all threads: the parse thread and GC helpers too), steadier when other
    // work shares the machine.
    const baseCpu = Math.min(...parseCpus);
    console.log(`${name} raw parse cpu: ${baseCpu.toFixed(0)} ms`);
    console.log(`${name} import cpu: ${imported.cpu.toFixed(0)} ms`);
    console.log(`${name} cpu ratio: ${(imported.cpu / baseCpu).toFixed(2)}`);
    console.log(`${name} peak rss: ${imported.peakMb.toFixed(0)} MB`);
    console.log(`tiers-1200x12: ${tiersBench().toFixed(1)} ms`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
