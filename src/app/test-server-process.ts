import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type TestDatabase, testDialect } from '../db/testing.js';
import { TEST_PASSWORD } from './testing.js';

/** Tests that need real processes: a `stationhand` command or server running on a test database. */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * The environment of a process on `db`: DATA_DIR is the SQLite file's folder (the file the server
 * opens), or on PostgreSQL `dataDir` (its uploads), else a new temporary folder.
 */
export function processEnv(db: TestDatabase, dataDir?: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', STATIONHAND_DEMO: '0' };
  delete env.DATABASE_URL;
  if (testDialect() === 'postgres') {
    env.DATABASE_URL = db.location;
    env.DATA_DIR = dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-data-'));
  } else env.DATA_DIR = path.dirname(db.location);
  return env;
}

export interface ChildRun {
  proc: ChildProcess;
  /** Everything it has printed so far, stdout and stderr. */
  output(): string;
  /** Resolves once the process has exited. */
  exited: Promise<void>;
}

/** Runs `stationhand ARGS…` from the sources, in a process of its own. */
export function runCli(args: string[], env: NodeJS.ProcessEnv): ChildRun {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const keep = (d: Buffer) => {
    printed += String(d);
  };
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return { proc, output: () => printed, exited };
}

export interface ServerProcess extends ChildRun {
  url: string;
}

/** `stationhand serve` on `db`, once it answers its health check (a bounded wait). */
export async function startServer(env: NodeJS.ProcessEnv): Promise<ServerProcess> {
  const port = await freePort();
  const run = runCli(['serve'], { ...env, PORT: String(port), HOST: '127.0.0.1' });
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 300; attempt++) {
    if (run.proc.exitCode !== null) throw new Error(`server exited: ${run.output()}`);
    const up = await fetch(`${url}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { ...run, url };
    await new Promise((r) => setTimeout(r, 100));
  }
  run.proc.kill('SIGKILL');
  throw new Error(`server did not start: ${run.output()}`);
}

export interface SignedIn {
  cookie: string;
  csrfToken: string;
}

/** Signs in over HTTP as a seeded user (TEST_PASSWORD). */
export async function signIn(url: string, email: string): Promise<SignedIn> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: TEST_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}
