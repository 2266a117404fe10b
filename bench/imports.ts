/**
 * Import throughput: 10,000 DAs and 5,000 vans from CSV and XLSX into a fresh embedded database,
 * against the raw parse of the same file (reading every row with the same CSV/XLSX reader, nothing
 * else) measured in the same run. Prints `NAME: VALUE UNIT` and `NAME ratio: R` (target ≤ 3).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { assembleSlices } from '../src/app/slices.js';
import { openSqlite } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { importKinds } from '../src/imports/kinds.js';
import { type FileFormat, readRows } from '../src/imports/read-rows.js';
import { runImport } from '../src/imports/run-import.js';
import { insertOrg, insertStation } from '../src/tenancy/store.js';
import { benchFiles } from './import-files.js';

async function writeFile(dir: string, name: string, format: FileFormat, header: string[], rows: string[][]) {
  const file = path.join(dir, `${name}.${format}`);
  if (format === 'csv') {
    const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
    fs.writeFileSync(file, [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n'));
  } else {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
    const sheet = book.addWorksheet('Sheet1');
    sheet.addRow(header).commit();
    for (const r of rows) sheet.addRow(r).commit();
    await book.commit();
  }
  return file;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await work();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

async function rawParse(file: string, format: FileFormat): Promise<number> {
  let n = 0;
  for await (const _ of readRows(file, format)) n++;
  return n;
}

async function importOnce(dataDir: string, kindName: string, file: string, format: FileFormat) {
  const handle = openSqlite(path.join(dataDir, `${kindName}-${format}-${Date.now()}.sqlite`));
  await migrateToLatest(handle);
  const org = await insertOrg(handle.db, { name: 'Bench DSP', slug: `bench-${kindName}-${format}` });
  const station = await insertStation(handle.db, org.id, {
    code: 'DXC1',
    name: 'Bench station',
    time_zone: 'America/Los_Angeles',
    state: 'CA',
  });
  const kind = importKinds.get(kindName);
  if (!kind) throw new Error(`no import kind ${kindName}`);
  const actor = { orgId: org.id, userId: null, role: 'owner' as const, stationIds: null, label: 'bench' };
  let result: Awaited<ReturnType<typeof runImport>> | undefined;
  const ms = await timed(async () => {
    result = await runImport(handle.db, {
      kind,
      file,
      fileName: path.basename(file),
      sha256: kindName + format,
      actor,
      stationId: station.id,
      dryRun: false,
    });
  });
  await handle.close();
  if (result?.status !== 'committed') {
    throw new Error(`${kindName} ${format}: ${result?.status} ${JSON.stringify(result?.errors.slice(0, 3))}`);
  }
  return { ms, created: result.created };
}

async function main() {
  assembleSlices();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-bench-imports-'));
  try {
    for (const spec of benchFiles()) {
      const kind = importKinds.get(spec.kind);
      if (!kind) throw new Error(`no import kind ${spec.kind}`);
      const header = spec.fields.map((f) => {
        const field = kind.fields.find((k) => k.name === f);
        if (!field) throw new Error(`${spec.kind} has no field ${f}`);
        return field.label;
      });
      for (const format of ['csv', 'xlsx'] as const) {
        const file = await writeFile(dir, spec.kind, format, header, spec.rows);
        // Best of three for the baseline (it is short and noisy); the import runs once on a fresh database.
        const parses: number[] = [];
        for (let i = 0; i < 3; i++) parses.push(await timed(() => rawParse(file, format)));
        const imported = await importOnce(dir, spec.kind, file, format);
        if (imported.created !== spec.rows.length)
          throw new Error(`${spec.kind}: created ${imported.created}`);
        const base = Math.min(...parses);
        const name = `import-${spec.kind}-${spec.rows.length}-${format}`;
        console.log(`${name} raw parse: ${base.toFixed(0)} ms`);
        console.log(`${name}: ${imported.ms.toFixed(0)} ms`);
        console.log(`${name} ratio: ${(imported.ms / base).toFixed(2)}`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
