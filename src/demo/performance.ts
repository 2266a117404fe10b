import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { assembleSlices } from '../app/slices.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { importKinds } from '../imports/kinds.js';
import { type ImportResult, runImport } from '../imports/run-import.js';
import { createCoachingDemo } from './coaching.js';
import { type DemoFile, dspCode } from './demo-file.js';
import { spanFiles, stationFiles } from './performance-files.js';
import { type StationHistory, stationHistory } from './performance-history.js';
import type { CoachingResponse, ProblemMetric } from './performance-profile.js';
import { loadPerformanceSource, ownerActor } from './performance-store.js';
import { writeDemoFiles } from './performance-write.js';

/**
 * The performance demo: twelve weeks of Amazon's per-DA figures, safety events and customer feedback
 * at each station, made on the dispatch history as real files and brought in through the import
 * mechanism as the demo's owner, so the demo goes through the same parsers a DSP's files do.
 */

export interface PerformanceDemoOptions {
  orgId: string;
  seed: number;
  /** What "today" is (the weeks are the twelve complete ones before it); now by default. */
  now?: Date;
}

export interface DemoPerformance {
  histories: StationHistory[];
  /** Amazon's short code of the DSP, as its file names carry it. */
  dsp: string;
  /** One file per station, kind and week. */
  files: DemoFile[];
}

/** The files of every station of the demo org, drawn on its closed routes. */
export async function demoPerformanceFiles(db: Db, opts: PerformanceDemoOptions): Promise<DemoPerformance> {
  const source = await loadPerformanceSource(db, opts.orgId);
  const now = opts.now ?? new Date();
  const histories = source.stations.map((s) => stationHistory(opts.seed, source, s, now));
  const dsp = dspCode(source.orgName);
  return { histories, dsp, files: histories.flatMap((h) => stationFiles(opts.seed, dsp, h)) };
}

/**
 * What the demo DSP imported: its history when it started (one several-week file per kind), then last
 * week's files as Amazon sent them. Also a fifth of the imports one file a week would take, which
 * matters on PostgreSQL, where each import costs its round trips.
 */
function importedFiles(seed: number, { histories, dsp }: DemoPerformance): DemoFile[] {
  return histories.flatMap((h) => [
    ...spanFiles(seed, dsp, h, h.weeks.slice(0, -1)),
    ...stationFiles(seed, dsp, { ...h, weeks: h.weeks.slice(-1) }),
  ]);
}

async function sha256Of(file: string): Promise<string> {
  return createHash('sha256')
    .update(await fs.readFile(file))
    .digest('hex');
}

/** Imports written files through the import mechanism, each at its station; stops at a rejected file. */
export async function importDemoFiles(
  db: Db,
  actor: Actor,
  written: readonly { file: DemoFile; path: string }[],
  stationIdOf: ReadonlyMap<string, string>,
  /** Money files are checked as each commits; performance files are coached afterwards, week by week. */
  opts: { afterCommit: boolean } = { afterCommit: false },
): Promise<ImportResult[]> {
  assembleSlices();
  const results: ImportResult[] = [];
  for (const { file, path: target } of written) {
    const found = importKinds.get(file.kind);
    if (!found) throw new Error(`No import kind ${file.kind}`);
    // The coaching rules run week by week afterwards (src/demo/coaching.ts), as the weeks happened.
    const kind = opts.afterCommit ? found : { ...found, afterCommit: undefined };
    const result = await runImport(db, {
      kind,
      file: target,
      fileName: path.basename(target),
      sha256: await sha256Of(target),
      actor,
      stationId: stationIdOf.get(file.stationCode) ?? null,
      dryRun: false,
    });
    if (result.status !== 'committed') {
      const first = result.errors[0];
      throw new Error(
        `Demo file ${path.basename(target)} was ${result.status}: ${first ? `row ${first.row}, ${first.column}: ${first.message}` : ''}`,
      );
    }
    results.push(result);
  }
  return results;
}

export interface PerformanceDemoSummary {
  files: number;
  rows: number;
  created: number;
}

/** Makes the files in a scratch folder, imports them as the demo's owner, and removes the folder. */
export async function createPerformanceDemo(
  db: Db,
  opts: PerformanceDemoOptions,
): Promise<PerformanceDemoSummary> {
  const demo = await demoPerformanceFiles(db, opts);
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'stationhand-demo-performance-'));
  try {
    const written = await writeDemoFiles(dir, importedFiles(opts.seed, demo));
    const stationIdOf = new Map(demo.histories.map((h) => [h.station.code, h.station.id]));
    const owner = await ownerActor(db, opts.orgId);
    const results = await importDemoFiles(db, owner, written, stationIdOf);
    await createCoachingDemo(db, demo.histories, owner, opts.seed, opts.now);
    return {
      files: results.length,
      rows: results.reduce((n, r) => n + r.rows, 0),
      created: results.reduce((n, r) => n + r.created, 0),
    };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

/** `stationhand demo files --out DIR`: the same files, kept for a person to open or import by hand. */
export async function writePerformanceDemoFiles(
  db: Db,
  opts: PerformanceDemoOptions & { out: string; xlsx?: boolean },
): Promise<string[]> {
  const { files } = await demoPerformanceFiles(db, opts);
  return (await writeDemoFiles(opts.out, files, { xlsx: opts.xlsx ?? false })).map((w) => w.path);
}

export interface CoachingStory {
  transporterId: string;
  name: string;
  stationCode: string;
  problem: ProblemMetric;
  coaching: CoachingResponse;
  /** The Sunday of the DA's first bad week: the coaching; null when the problem never showed. */
  firstBadWeek: string | null;
}

/** The DAs with a coaching trait and the week their problem first showed, for a before/after. */
export const coachingStories = (histories: readonly StationHistory[]): CoachingStory[] =>
  histories.flatMap((h) => {
    const seen = new Map<string, CoachingStory>();
    for (const r of h.records) {
      const { problem, coaching } = r.profile;
      if (!problem || !coaching || r.left) continue;
      const story = seen.get(r.transporterId) ?? {
        transporterId: r.transporterId,
        name: r.name,
        stationCode: h.station.code,
        problem,
        coaching,
        firstBadWeek: null,
      };
      if (r.phase === 'bad' && story.firstBadWeek === null) story.firstBadWeek = r.weekStart;
      seen.set(r.transporterId, story);
    }
    return [...seen.values()];
  });
