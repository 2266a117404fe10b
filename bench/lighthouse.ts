/**
 * The last part of `npm run bench` (which builds first): Lighthouse's mobile performance score of the
 * first page a phone opens: `/` (the sign-in page) and `/me` signed in as a demo DA. Serves the built
 * app on a fresh demo database in its own process, runs each page RUNS times in Debian Chromium with a
 * cold cache and prints the median as `lighthouse-signin: N` and `lighthouse-me: N` (target ≥ 90;
 * exits non-zero when one misses). Each run's FCP, LCP, TBT and CLS go to stderr.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import puppeteer, { type Browser } from 'puppeteer-core';

const PORT = 4103;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** Where to keep each run's full report (JSON, open with Lighthouse's viewer), when set. */
const REPORTS = process.env.LIGHTHOUSE_REPORTS;
const TARGET = 90;
/** Name, path and whether a demo DA is signed in. */
const PAGES: [string, string, boolean][] = [
  ['signin', '/', false],
  ['me', '/me', true],
];
const DA = { email: 'driver1@demo.test', password: 'stationhand-demo' };
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const root = path.resolve(import.meta.dirname, '..');
const cli = path.join(root, 'dist/cli/main.js');

function serve(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [cli, 'serve'], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    proc.stdout?.on('data', (d: Buffer) => {
      if (String(d).includes('Stationhand on')) resolve(proc);
    });
    proc.once('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

async function signInAsDa(browser: Browser): Promise<void> {
  const page = await browser.newPage();
  await page.goto(`${ORIGIN}/api/v1/health`);
  const status = await page.evaluate(async (da) => {
    const res = await fetch('/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(da),
    });
    // The hint the app reads before asking who is signed in (web/src/app/auth.tsx).
    localStorage.setItem('stationhand.signedIn', '1');
    return res.status;
  }, DA);
  if (status !== 200) throw new Error(`demo DA sign-in answered ${status}`);
  await page.close();
}

/**
 * One cold-cache Lighthouse run (its default config is the mobile profile: Moto G Power screen,
 * slow 4G and a 4× slower CPU, simulated). Signing in happens on a JSON page of the same origin, so
 * the app's own files are not in the cache when Lighthouse opens the page.
 */
async function score(pagePath: string, signedIn: boolean): Promise<number> {
  const chrome = await chromeLauncher.launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS });
  try {
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
    if (signedIn) await signInAsDa(browser);
    const result = await lighthouse(
      `${ORIGIN}${pagePath}`,
      { logLevel: 'error', onlyCategories: ['performance'], disableStorageReset: signedIn },
      undefined,
      await browser.newPage(),
    );
    await browser.disconnect();
    const lhr = result?.lhr;
    const value = lhr?.categories.performance?.score;
    if (!lhr || value == null) throw new Error(lhr?.runtimeError?.message ?? 'no result');
    const metric = (id: string) => lhr.audits[id]?.displayValue ?? '?';
    if (REPORTS) {
      const name = `${pagePath.replaceAll('/', '_')}-${new Date().toISOString().replaceAll(':', '')}.json`;
      fs.writeFileSync(path.join(REPORTS, name), JSON.stringify(lhr));
    }
    console.error(
      `  ${pagePath}: ${Math.round(value * 100)} (FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')}, TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')}; host CPU benchmark ${Math.round(lhr.environment.benchmarkIndex)})`,
    );
    return Math.round(value * 100);
  } finally {
    chrome.kill();
  }
}

/** The median of RUNS runs; a run Lighthouse itself gives up on (a busy machine) is run again, twice at most. */
async function median(pagePath: string, signedIn: boolean): Promise<number> {
  const scores: number[] = [];
  let failures = 0;
  while (scores.length < RUNS) {
    try {
      scores.push(await score(pagePath, signedIn));
    } catch (error) {
      if (++failures > 2) throw error;
      console.error(`  ${pagePath}: run again (${(error as Error).message})`);
    }
  }
  scores.sort((a, b) => a - b);
  return scores[Math.floor(scores.length / 2)] ?? 0;
}

async function main() {
  if (!fs.existsSync(path.join(root, 'web/dist/index.html'))) throw new Error('run `npm run build` first');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-lighthouse-'));
  const env = {
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    DATABASE_URL: '',
    HOST: '127.0.0.1',
    PORT: String(PORT),
  };
  execFileSync(process.execPath, [cli, 'demo', '--seed', '1'], {
    env: { ...process.env, ...env },
    stdio: 'ignore',
  });
  const app = await serve(env);
  try {
    for (const [name, pagePath, signedIn] of PAGES) {
      const value = await median(pagePath, signedIn);
      console.log(`lighthouse-${name}: ${value} (target ≥ ${TARGET})`);
      if (value < TARGET) process.exitCode = 1;
    }
  } finally {
    app.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
