import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type TestDatabase, testDialect } from '../db/testing.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment of a `stationhand` command on `db`, plus `extra`; none of the caller's database settings. */
export function cliEnv(db: TestDatabase, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent', ...extra };
  delete env.DATABASE_URL;
  delete env.DATA_DIR;
  // freshDatabase names the SQLite file as the CLI does: DATA_DIR/stationhand.sqlite.
  if (testDialect() === 'sqlite') env.DATA_DIR = path.dirname(db.location);
  else env.DATABASE_URL = db.location;
  return env;
}

/** Runs `stationhand ...args` as a real child process, as an operator would: its exit code and output. */
export function runCli(env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: ROOT, env, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

/** The JSON line a command printed last (`--json`). */
export const printed = (run: CliRun) => JSON.parse(run.stdout.trim().split('\n').at(-1) ?? 'null');
