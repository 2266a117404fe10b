/**
 * `npm run bench`: throughput and p99 of Stationhand's API on the --scale 10 demo (health, the users,
 * DA, van and station lists, one station's readiness and dispatch board today), beside a bare Fastify
 * hello-world measured in the same run; each list also beside the same bare server sending that list's
 * answer as it is (`NAME ratio to its floor`: a list of 50 DAs is ~40 kB to send, the hello-world 17 bytes).
 * Servers run in their own processes; the load comes from this one. Prints `NAME: VALUE UNIT` per
 * figure and `NAME ratio: R` per ratio. Then "Build roster" end to end (the HTTP request: the day
 * loaded, solved and saved) on the station day with the most routes, beside its parts as the server
 * times them (Server-Timing), the solver alone among them.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';

const CONNECTIONS = 50;
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 10);
/** The bare server's port; Stationhand's is the next one (set it when another run holds 4101–4102). */
const PORT = Number(process.env.BENCH_PORT ?? 4101);
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

const BUILD_RUNS = 9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** "load;dur=12.3, solve;dur=4.5, save;dur=30.1" as {load: 12.3, …}. */
const serverTiming = (header: string | null): Record<string, number> =>
  Object.fromEntries(
    (header ?? '').split(',').map((part) => {
      const [name, dur] = part.trim().split(';dur=');
      return [name ?? '', Number(dur)];
    }),
  );

/** Builds the roster of the station day with the most routes, one request at a time, and prints the medians. */
async function rosterBuild(base: string, cookie: string, stationIds: string[]) {
  const days = await Promise.all(
    stationIds.map(async (id) => {
      const b = (await (
        await fetch(`${base}/api/v1/dispatch/board?stationId=${id}`, { headers: { cookie } })
      ).json()) as {
        date: string;
        routes: unknown[];
      };
      return { id, date: b.date, routes: b.routes.length };
    }),
  );
  const day = days.sort((a, b) => b.routes - a.routes)[0];
  if (!day) throw new Error('no station to build a roster at');
  const url = `${base}/api/v1/dispatch/roster/build?stationId=${day.id}&date=${day.date}`;
  const me = (await (await fetch(`${base}/api/v1/me`, { headers: { cookie } })).json()) as {
    csrfToken: string;
  };
  const headers = { cookie, 'x-csrf-token': me.csrfToken };
  const runs: { total: number; parts: Record<string, number> }[] = [];
  let first = Number.NaN;
  for (let i = 0; i <= BUILD_RUNS; i++) {
    const started = performance.now();
    const res = await fetch(url, { method: 'POST', headers });
    await res.json();
    if (res.status !== 200) throw new Error(`roster build answered ${res.status}`);
    // The first build (the day not built yet, a cold server) is printed on its own, not in the median.
    if (i === 0) first = performance.now() - started;
    else
      runs.push({
        total: performance.now() - started,
        parts: serverTiming(res.headers.get('server-timing')),
      });
  }
  const name = `roster-build ${day.routes} routes`;
  print(`${name} first build`, first, 'ms');
  print(`${name} end to end`, median(runs.map((r) => r.total)), 'ms');
  for (const part of ['load', 'solve', 'save'])
    print(`${name} ${part}`, median(runs.map((r) => r.parts[part] ?? Number.NaN)), 'ms');
}

/** The lists, each also measured beside a bare server sending the same bytes. */
const LIST_PATHS: Record<string, string> = {
  'users-list': '/users?limit=50',
  'drivers-list': '/drivers?limit=50',
  'vans-list': '/vans?limit=50',
};
const LISTS = Object.keys(LIST_PATHS);

/**
 * Each list's answer, kept as NAME.json in a folder of `dir`: a list of 50 DAs is ~40 kB, where the
 * hello-world answers 17 bytes, so sending the bytes is part of the list's floor.
 */
async function keepBodies(dir: string, api: string, cookie: string): Promise<string> {
  const folder = path.join(dir, 'bodies');
  fs.mkdirSync(folder);
  for (const name of LISTS) {
    const answer = await fetch(`${api}${LIST_PATHS[name]}`, { headers: { cookie } });
    if (answer.status !== 200) throw new Error(`${name}: ${answer.status}`);
    fs.writeFileSync(path.join(folder, `${name}.json`), Buffer.from(await answer.arrayBuffer()));
  }
  return folder;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-bench-'));
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn', DATABASE_URL: '', HOST: '127.0.0.1' };
  execFileSync(process.execPath, [cli, 'demo', '--scale', '10', '--seed', '1'], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });

  const app = await start([cli, 'serve'], { ...env, PORT: String(PORT + 1) });
  let hello: ChildProcess | undefined;
  try {
    const api = `http://127.0.0.1:${PORT + 1}/api/v1`;
    const login = await fetch(`${api}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@demo.test', password: 'stationhand-demo' }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    if (login.status !== 200) throw new Error(`demo login failed: ${login.status}`);
    const bodies = await keepBodies(dataDir, api, cookie);
    hello = await start([path.join(root, 'bench/hello-server.js')], {
      PORT: String(PORT),
      BENCH_BODIES: bodies,
    });
    const stationList = await fetch(`${api}/stations`, { headers: { cookie } });
    const { items } = (await stationList.json()) as { items: { id: string }[] };
    const readinessUrl = `${api}/readiness?stationId=${items[0]?.id}`;
    const boardUrl = `${api}/dispatch/board?stationId=${items[0]?.id}`;
    const board = (await (await fetch(boardUrl, { headers: { cookie } })).json()) as { version: number };

    // Warm up each server so JIT and caches are comparable.
    await autocannon({ url: `http://127.0.0.1:${PORT}/`, connections: 10, duration: 2 });
    await autocannon({
      url: `${api}${LIST_PATHS['users-list']}`,
      connections: 10,
      duration: 2,
      headers: { cookie },
    });

    const bare = await load(`http://127.0.0.1:${PORT}/`);
    print('bare-fastify requests/s', bare.rps, 'req/s');
    print('bare-fastify p99', bare.p99, 'ms');
    // The board as a dispatcher opens it (`board`, one at a time: its own latency), and as open boards
    // poll it for changes (`board-poll`, every board in the building at once).
    const endpoints: [name: string, url: string, connections?: number][] = [
      ['health', `${api}/health`],
      ...LISTS.map((name): [string, string] => [name, `${api}${LIST_PATHS[name]}`]),
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
      if (!LISTS.includes(name)) continue;
      const same = await load(`http://127.0.0.1:${PORT}/body/${name}`);
      print(`${name} floor (bare Fastify sending its bytes) requests/s`, same.rps, 'req/s');
      console.log(`${name} ratio to its floor: ${(measured.rps / same.rps).toFixed(3)}`);
    }
    await rosterBuild(
      `http://127.0.0.1:${PORT + 1}`,
      cookie,
      items.map((s) => s.id),
    );
  } finally {
    hello?.kill();
    app.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
