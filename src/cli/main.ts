#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { loadConfig } from '../app/config.js';
import type { DatabaseHandle } from '../db/database.js';
import { DatabaseBusyError } from '../db/sqlite-driver.js';
import { tuneHeap } from '../shared/heap.js';
import { backup, restore, type TableSums } from './backup.js';
import {
  demoCommand,
  importCommand,
  migrateCommand,
  orgCreateCommand,
  userCreateCommand,
} from './commands.js';
import { openConfigured, openMigrated, UsageError } from './context.js';
import { demoFilesCommand } from './demo-files.js';
import { moneyReconcile } from './money.js';
import { payrollCommand } from './payroll.js';
import { startInstance } from './recover.js';
import { rosterCommand } from './roster.js';
import { serve } from './serve.js';

const USAGE = `Usage: stationhand <command> [options]

  serve [--demo]                       migrate, then serve the API and web app on $PORT
  migrate                              apply pending database migrations
  demo [--scale N] [--seed S]          create the demo DSP (org "demo")
  demo files --out DIR [--seed S] [--xlsx]
                                       write the demo's 12 weeks of Amazon performance files per
                                       station (DSP Overview Dashboard, Safety Dashboard, Netradyne,
                                       feedback, concessions); --xlsx: dashboards as Excel workbooks
  org create --name N --slug S --owner-email E --owner-password P
  user create --org SLUG --email E --name N --role owner|manager|dispatcher|driver
              [--password P] [--stations DXC1,DXT1]
  import KIND FILE --org SLUG [--station CODE] [--date YYYY-MM-DD] [--dry-run] [--json]
  backup FILE                          write every table to FILE (gzipped JSON lines), as one
                                       snapshot while the server goes on working
  restore FILE                         load a backup into an empty database
  roster solve --input FILE            solve a morning roster (JSON instance, docs/roster.md) and
                                       print the solution JSON; needs no database
  money reconcile --wst SERVICE_DETAILS.csv --invoice VARIABLE.csv [--incentive INCENTIVE.csv] [--json]
                                       check the invoice's lines and totals and pay for every WST
                                       route (docs/money.md); needs no database; a bad file exits 2
  payroll check --input FILE           one workweek's hours worked (JSON, docs/payroll.md) checked
                                       against its state's rules: REG/OT/DT hours, premiums and
                                       violations as JSON; needs no database

The database is $DATABASE_URL (PostgreSQL) or the SQLite file in $DATA_DIR (default ./data).`;

const OPTIONS = {
  demo: { type: 'boolean' },
  scale: { type: 'string' },
  seed: { type: 'string' },
  name: { type: 'string' },
  slug: { type: 'string' },
  'owner-email': { type: 'string' },
  'owner-password': { type: 'string' },
  org: { type: 'string' },
  email: { type: 'string' },
  role: { type: 'string' },
  password: { type: 'string' },
  stations: { type: 'string' },
  station: { type: 'string' },
  date: { type: 'string' },
  'dry-run': { type: 'boolean' },
  json: { type: 'boolean' },
  input: { type: 'string' },
  out: { type: 'string' },
  xlsx: { type: 'boolean' },
  wst: { type: 'string' },
  invoice: { type: 'string' },
  incentive: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

function required(value: string | undefined, flag: string): string {
  if (!value) throw new UsageError(`Missing --${flag}.`);
  return value;
}

function positiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${flag} takes a whole number ≥ 1.`);
  return n;
}

const described = (sums: TableSums) =>
  Object.entries(sums)
    .map(([table, { rows }]) => `${rows} ${table}`)
    .join(', ');

/** Runs a command on the configured database, migrated first unless the command is `migrate` itself. */
async function withDatabase<T>(work: (handle: DatabaseHandle) => Promise<T>, migrate = true): Promise<T> {
  const handle = migrate ? await openMigrated() : openConfigured();
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

async function run(argv: string[]): Promise<number> {
  const { values: o, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  const [command, sub, third] = positionals;
  if (o.help || !command) {
    console.log(USAGE);
    return command || o.help ? 0 : 2;
  }
  switch (command) {
    case 'serve':
      await serve({ demo: Boolean(o.demo) });
      return -1; // keeps running
    case 'migrate':
      await withDatabase(migrateCommand, false);
      return 0;
    case 'demo':
      if (sub === 'files') {
        const out = required(o.out, 'out');
        const seed = positiveInt(o.seed, 'seed', 1);
        await withDatabase((h) => demoFilesCommand(h, { out, seed, xlsx: Boolean(o.xlsx) }));
        return 0;
      }
      if (sub) throw new UsageError(`Unknown demo command "${sub}": did you mean "demo files"?`);
      await withDatabase((h) =>
        demoCommand(h, {
          seed: positiveInt(o.seed, 'seed', 1),
          scale: positiveInt(o.scale, 'scale', 1),
          dataDir: loadConfig().DATA_DIR,
        }),
      );
      return 0;
    case 'org':
      if (sub !== 'create') throw new UsageError('Did you mean "org create"?');
      await withDatabase((h) =>
        orgCreateCommand(h, {
          name: required(o.name, 'name'),
          slug: required(o.slug, 'slug'),
          ownerEmail: required(o['owner-email'], 'owner-email'),
          ownerPassword: required(o['owner-password'], 'owner-password'),
        }),
      );
      return 0;
    case 'user':
      if (sub !== 'create') throw new UsageError('Did you mean "user create"?');
      await withDatabase((h) =>
        userCreateCommand(h, {
          org: required(o.org, 'org'),
          email: required(o.email, 'email'),
          name: required(o.name, 'name'),
          role: required(o.role, 'role'),
          password: o.password,
          stations: o.stations,
        }),
      );
      return 0;
    case 'import': {
      if (!sub || !third) throw new UsageError('import needs KIND and FILE.');
      const result = await withDatabase(async (h) => {
        // Said on stderr: stdout is the import's result (--json).
        const stopInstance = await startInstance(h, loadConfig(), console.error);
        try {
          return await importCommand(h, {
            kind: sub,
            file: third,
            org: required(o.org, 'org'),
            station: o.station,
            ...(o.date ? { date: o.date } : {}),
            dryRun: Boolean(o['dry-run']),
          });
        } finally {
          await stopInstance();
        }
      });
      const { status, rows, created, updated, unchanged, errorCount, errors } = result;
      const unmatched = result.unmatched ?? null;
      if (o.json)
        console.log(
          JSON.stringify({ status, rows, created, updated, unchanged, errorCount, errors, unmatched }),
        );
      else {
        console.log(
          `${status}: ${rows} rows, ${created} created, ${updated} updated, ${unchanged} unchanged`,
        );
        if (unmatched) console.log(`  ${unmatched.message} (${unmatched.link})`);
        for (const e of errors) console.log(`  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`);
        if (result.errorCount > errors.length)
          console.log(`  … ${result.errorCount - errors.length} more errors`);
      }
      return status === 'rejected' ? 1 : 0;
    }
    case 'backup': {
      const counts = await withDatabase((h) => backup(h, required(sub, 'FILE (backup FILE)')));
      console.log(`Backed up ${described(counts)} to ${sub}.`);
      return 0;
    }
    case 'restore': {
      const counts = await withDatabase((h) => restore(h, required(sub, 'FILE (restore FILE)')));
      console.log(`Restored ${described(counts)}.`);
      return 0;
    }
    case 'roster':
      return rosterCommand(sub, o.input);
    case 'money': {
      if (sub !== 'reconcile') throw new UsageError('Did you mean "money reconcile"?');
      const files = {
        wst: required(o.wst, 'wst'),
        invoice: required(o.invoice, 'invoice'),
        incentive: o.incentive,
      };
      const out = await moneyReconcile(files, { json: Boolean(o.json) });
      process.stdout.write(out.stdout);
      process.stderr.write(out.stderr);
      return out.exitCode;
    }
    case 'payroll':
      return payrollCommand(sub, o.input);
    default:
      throw new UsageError(`Unknown command "${command}".`);
  }
}

tuneHeap();
run(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof DatabaseBusyError) {
      // Another writer held the database longer than a write waits: its message says so, without a code.
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    const usage =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(usage ? `${(error as Error).message}\n\n${USAGE}` : `Error: ${(error as Error).message}`);
    process.exitCode = usage ? 2 : 1;
  },
);
