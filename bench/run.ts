/**
 * `npm run bench`: throughput and p99 of Stationhand's API on the --scale 10 demo (health, the users,
 * DA, van and station lists, one station's readiness and dispatch board today), beside a bare Fastify
 * hello-world measured in the same run.
 * Servers run in their own processes; the load comes from this one. Prints `NAME: VALUE UNIT` per
 * figure and `NAME ratio: R` per ratio.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist/cli/main.js');

function start(args: string[], env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    proc.stdout?.on('data', (d: Buffer) => {
      const text = String(d);
      if (text.includes('ready') || text.includes('Stationhand on')) resolve(proc);
    });
    proc.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

async function load(url: string, headers: Record<string, string> = {}, connections = CONNECTIONS) {
  // A slow answer is a result to print (in p99), not an error: autocannon gives up only after 30 s.
  const result = await autocannon({ url, connections, duration: DURATION_S, headers, timeout: 30 });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${url}: ${result.non2xx} non-2xx answers and ${result.errors} errors under load`);
  }
  return { rps: result.requests.average, p99: result.latency.p99 };
}

const print = (name: string, value: number, unit: string) =>
  console.log(`${name}: ${value.toFixed(unit === 'ms' ? 2 : 0)} ${unit}`);

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-bench-'));
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', HOST: '127.0.0.1' };
  execFileSync(process.execPath, [cli, 'demo', '--scale', '10', '--seed', '1'], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });

  const hello = await start([path.join(root, 'bench/hello-server.js')], { PORT: '4101' });
  const app = await start([cli, 'serve'], { ...env, PORT: '4102' });
  try {
    const api = 'http://127.0.0.1:4102/api/v1';
    const login = await fetch(`${api}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@demo.test', password: 'stationhand-demo' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    if (login.status !== 200) throw new Error(`demo login failed: ${login.status}`);
    const stationList = await fetch(`${api}/stations`, { headers: { cookie } });
    const { items } = (await stationList.json()) as { items: { id: string }[] };
    const readinessUrl = `${api}/readiness?stationId=${items[0]?.id}`;
    const boardUrl = `${api}/dispatch/board?stationId=${items[0]?.id}`;
    const board = (await (await fetch(boardUrl, { headers: { cookie } })).json()) as { version: number };

    // Warm up each server so JIT and caches are comparable.
    await autocannon({ url: 'http://127.0.0.1:4101/', connections: 10, duration: 2 });
    await autocannon({
      url: `${api}/users?limit=50`,
      connections: 10,
      duration: 2,
      headers: { cookie },
    });

    const bare = await load('http://127.0.0.1:4101/');
    print('bare-fastify requests/s', bare.rps, 'req/s');
    print('bare-fastify p99', bare.p99, 'ms');
    // The board as a dispatcher opens it (`board`, one at a time: its own latency), and as open boards
    // poll it for changes (`board-poll`, every board in the building at once).
    const endpoints: [name: string, url: string, connections?: number][] = [
      ['health', `${api}/health`],
      ['users-list', `${api}/users?limit=50`],
      ['drivers-list', `${api}/drivers?limit=50`],
      ['vans-list', `${api}/vans?limit=50`],
      ['stations-list', `${api}/stations`],
      ['readiness', readinessUrl],
      ['board', boardUrl, 1],
      ['board-poll', `${boardUrl}&since=${board.version}`],
    ];
    for (const [name, url, connections] of endpoints) {
      const measured = await load(url, url.endsWith('/health') ? {} : { cookie }, connections);
      print(`${name} requests/s`, measured.rps, 'req/s');
      print(`${name} p99`, measured.p99, 'ms');
      console.log(`${name} ratio: ${(measured.rps / bare.rps).toFixed(3)}`);
    }
  } finally {
    hello.kill();
    app.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
