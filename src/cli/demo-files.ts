import path from 'node:path';
import type { DatabaseHandle } from '../db/database.js';
import { DEMO_SLUG } from '../demo/generate.js';
import { writePerformanceDemoFiles } from '../demo/performance.js';
import { findOrgBySlug } from '../tenancy/store.js';
import { UsageError } from './context.js';

/**
 * `stationhand demo files --out DIR`: the demo DSP's twelve weeks of Amazon and Netradyne files, one
 * folder per station under Amazon's file names, for a person to open or import by hand. They are the
 * files the demo imported (same seed, same day), so importing them again creates nothing.
 */
export async function demoFilesCommand(
  handle: DatabaseHandle,
  o: { out: string; seed: number; xlsx: boolean },
): Promise<string[]> {
  const org = await findOrgBySlug(handle.db, DEMO_SLUG);
  if (!org) throw new UsageError('No demo DSP in this database: run "stationhand demo" first.');
  const written = await writePerformanceDemoFiles(handle.db, {
    orgId: org.id,
    seed: o.seed,
    out: o.out,
    xlsx: o.xlsx,
  });
  console.log(`Wrote ${written.length} files to ${path.resolve(o.out)}; import one with:`);
  console.log(`  stationhand import KIND FILE --org ${DEMO_SLUG} --station CODE`);
  return written;
}
