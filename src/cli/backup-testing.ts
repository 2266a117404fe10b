import fs from 'node:fs';
import path from 'node:path';
import { assembleSlices } from '../app/slices.js';
import type { DatabaseHandle } from '../db/database.js';
import { importKinds } from '../imports/kinds.js';
import { runImport } from '../imports/run-import.js';

/** A CSV of `count` new DAs of one station, as a DSP's own file would list them. */
export function dasFile(dir: string, station: string, count: number, from = 0): string {
  const file = path.join(dir, `das-${from}-${count}.csv`);
  const rows = Array.from({ length: count }, (_, i) => `DA${from + i} Tester,E${from + i},${station}`);
  fs.writeFileSync(file, `Name,Employee ID,Home station\n${rows.join('\n')}\n`);
  return file;
}

/** Imports `count` new DAs (each with its status history and audit row) as the org's command line. */
export async function importDas(
  handle: DatabaseHandle,
  orgId: string,
  station: string,
  count: number,
  dir: string,
): Promise<void> {
  assembleSlices();
  const kind = importKinds.get('drivers');
  if (!kind) throw new Error('no drivers import');
  const file = dasFile(dir, station, count);
  const result = await runImport(handle.db, {
    kind,
    file,
    fileName: path.basename(file),
    sha256: `test-${count}`,
    actor: { orgId, userId: null, role: 'owner', stationIds: null, label: 'test' },
    stationId: null,
    dryRun: false,
  });
  if (result.status !== 'committed') throw new Error(`DAs not imported: ${JSON.stringify(result.errors)}`);
}
