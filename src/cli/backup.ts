import { createHash } from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'kysely';
import type { DatabaseHandle, Db } from '../db/database.js';
import type { Database } from '../db/schema.js';

/** Kept out of backups: a restored system starts signed out. */
type NotBackedUp = 'sessions' | 'login_failures';

/**
 * Every other table with its primary key for stable paging, in an order that satisfies foreign keys.
 * Typed as a full record so a new table cannot be forgotten. File bytes live in DATA_DIR/files
 * (copy that folder alongside the backup file).
 */
const TABLE_KEY_MAP: Record<Exclude<keyof Database, NotBackedUp>, string[]> = {
  orgs: ['id'],
  users: ['id'],
  stations: ['org_id', 'id'],
  memberships: ['org_id', 'user_id'],
  invitations: ['org_id', 'id'],
  api_tokens: ['org_id', 'id'],
  audit_log: ['org_id', 'id'],
  imports: ['org_id', 'id'],
  import_changes: ['org_id', 'import_id', 'seq'],
  import_mappings: ['org_id', 'kind'],
  drivers: ['org_id', 'id'],
  driver_status_changes: ['org_id', 'id'],
  files: ['org_id', 'id'],
  vans: ['org_id', 'id'],
  van_status_changes: ['org_id', 'id'],
  fleet_settings: ['org_id'],
  maintenance_schedules: ['org_id', 'id'],
  service_records: ['org_id', 'id'],
  onboarding_steps: ['org_id', 'id'],
  onboarding_records: ['org_id', 'id'],
  driver_documents: ['org_id', 'id'],
  attendance_events: ['org_id', 'id'],
  attendance_policies: ['org_id'],
  driver_ratings: ['org_id', 'id'],
  driver_notes: ['org_id', 'id'],
  inspection_templates: ['org_id', 'id'],
  inspections: ['org_id', 'id'],
  damage_records: ['org_id', 'id'],
  damage_repairs: ['org_id', 'id'],
  alerts: ['org_id', 'id'],
  dispatch_settings: ['org_id'],
  shifts: ['org_id', 'id'],
  driver_availability: ['org_id', 'driver_id'],
  availability_exceptions: ['org_id', 'id'],
  time_off_requests: ['org_id', 'id'],
  week_plans: ['org_id', 'station_id', 'week_start'],
  dispatch_days: ['org_id', 'station_id', 'business_date'],
  routes: ['org_id', 'id'],
  rescues: ['org_id', 'id'],
  route_late_cancels: ['org_id', 'id'],
  unplanned_delays: ['org_id', 'id'],
  messages: ['org_id', 'id'],
  messaging_settings: ['org_id'],
  sms_opt_outs: ['org_id', 'phone'],
  message_templates: ['org_id', 'key', 'language'],
  da_weeks: ['org_id', 'id'],
  safety_events: ['org_id', 'id'],
  customer_feedback: ['org_id', 'id'],
  scoring_profiles: ['org_id', 'effective_week'],
  dsp_scorecards: ['org_id', 'id'],
  coaching_rules: ['org_id', 'id'],
  coaching_items: ['org_id', 'id'],
  coaching_steps: ['org_id', 'id'],
  coaching_item_events: ['org_id', 'item_id', 'event_id'],
  punches: ['org_id', 'id'],
  payroll_employee_numbers: ['org_id', 'employee_number'],
  payroll_station_settings: ['org_id', 'station_id'],
  payroll_exceptions: ['org_id', 'id'],
  payroll_premiums: ['org_id', 'id'],
  payroll_settings: ['org_id'],
  overtime_approvals: ['org_id', 'id'],
  pay_periods: ['org_id', 'id'],
  pay_period_totals: ['org_id', 'period_id', 'driver_id', 'pay_code'],
  pay_period_exports: ['org_id', 'id'],
  money_rates: ['org_id', 'id'],
  money_files: ['org_id', 'id'],
  money_invoice_rows: ['org_id', 'file_id', 'row'],
  money_wst_rows: ['org_id', 'file_id', 'row'],
  money_wst_facts: ['org_id', 'file_id', 'row'],
  money_deposits: ['org_id', 'file_id', 'row'],
  money_discrepancies: ['org_id', 'id'],
  money_disputes: ['org_id', 'id'],
  money_fleet_rows: ['org_id', 'file_id', 'row'],
  money_capacity_rows: ['org_id', 'file_id', 'row'],
};
const TABLE_KEYS = Object.entries(TABLE_KEY_MAP) as [keyof Database, string[]][];
const TABLES = TABLE_KEYS.map(([t]) => t);
const PAGE = 5000;

const FORMAT = 'stationhand-backup';
/** 2: the file ends with each table's row count and checksum, so a file cut short restores nothing. */
const VERSION = 2;

/** A table's rows and their checksum, the same whatever the database and the order the rows came in. */
export interface TableSum {
  rows: number;
  checksum: string;
}
export type TableSums = Record<string, TableSum>;

const MOD = 1n << 128n;

/**
 * Adds up each row's hash (its JSON as the backup writes it): a sum does not depend on the order the
 * rows are read in, which differs between the databases (PostgreSQL sorts text by its collation).
 */
class Checksums {
  private readonly sums = new Map<string, { rows: number; sum: bigint }>();

  add(table: string, json: string): void {
    const digest = createHash('sha256').update(json).digest();
    const value = (digest.readBigUInt64BE(0) << 64n) | digest.readBigUInt64BE(8);
    const s = this.sums.get(table) ?? { rows: 0, sum: 0n };
    s.rows++;
    s.sum = (s.sum + value) % MOD;
    this.sums.set(table, s);
  }

  result(): TableSums {
    return Object.fromEntries(
      TABLES.map((t) => {
        const s = this.sums.get(t) ?? { rows: 0, sum: 0n };
        return [t, { rows: s.rows, checksum: s.sum.toString(16).padStart(32, '0') }];
      }),
    );
  }
}

async function appliedMigrations(db: Db): Promise<string[]> {
  const rows = await db
    .selectFrom('kysely_migration' as keyof Database)
    .select('name' as never)
    .orderBy('name' as never)
    .execute();
  return (rows as unknown as { name: string }[]).map((r) => r.name);
}

/**
 * Runs `read` in one read-only transaction, so everything it reads is one moment of the database
 * while others go on writing. PostgreSQL: REPEATABLE READ, READ ONLY. SQLite: a deferred BEGIN on this
 * handle's own connection (a backup runs in its own process): in WAL mode its first read fixes the
 * snapshot, and writers of other processes go on meanwhile. The BEGIN is written out, not left to the
 * driver, which may begin write transactions IMMEDIATE (taking the write lock a backup must not hold).
 */
async function inSnapshot<T>(handle: DatabaseHandle, read: (db: Db) => Promise<T>): Promise<T> {
  const begin =
    handle.dialect === 'postgres' ? 'begin isolation level repeatable read read only' : 'begin deferred';
  return handle.db.connection().execute(async (conn) => {
    await sql.raw(begin).execute(conn);
    try {
      return await read(conn);
    } finally {
      await sql.raw('rollback').execute(conn); // nothing was written: ending it is all
    }
  });
}

/** Every backed-up row of every table as the JSON the backup writes, table by table, in pages. */
async function* tableRows(db: Db): AsyncGenerator<{ table: keyof Database; json: string }> {
  for (const [table, key] of TABLE_KEYS) {
    // Pages keep memory flat on a large database; in one snapshot, offsets do not shift under us.
    for (let offset = 0; ; offset += PAGE) {
      let q = db.selectFrom(table).selectAll();
      for (const column of key) q = q.orderBy(column as never);
      const rows = await q.offset(offset).limit(PAGE).execute();
      for (const row of rows) yield { table, json: JSON.stringify(row) };
      if (rows.length < PAGE) break;
    }
  }
}

/** Each table's row count and checksum as the database holds it now (what a backup of it would say). */
export async function tableChecksums(handle: DatabaseHandle): Promise<TableSums> {
  return inSnapshot(handle, async (db) => {
    const sums = new Checksums();
    for await (const { table, json } of tableRows(db)) sums.add(table, json);
    return sums.result();
  });
}

/**
 * Writes every table as gzipped JSON lines, all read in one snapshot: what it holds is the database at
 * one moment, however much is written meanwhile. The last line has each table's row count and
 * checksum. The same file restores into either database, so a DSP can move from the embedded
 * database to PostgreSQL and back with backup + restore.
 */
export async function backup(handle: DatabaseHandle, file: string): Promise<TableSums> {
  return inSnapshot(handle, async (db) => {
    const migrations = await appliedMigrations(db);
    const sums = new Checksums();
    async function* lines() {
      yield `${JSON.stringify({ format: FORMAT, version: VERSION, migrations, at: new Date().toISOString() })}\n`;
      for await (const { table, json } of tableRows(db)) {
        sums.add(table, json);
        yield `{"t":${JSON.stringify(table)},"r":${json}}\n`;
      }
      yield `${JSON.stringify({ end: true, tables: sums.result() })}\n`;
    }
    await pipeline(lines, createGzip(), fs.createWriteStream(file));
    return sums.result();
  });
}

interface Header {
  format?: string;
  version?: number;
  migrations?: string[];
}

/** The backup's first line is the right format and schema for this version, or it is refused. */
function checkHeader(file: string, header: Header, ours: string[]): void {
  if (header.format !== FORMAT) throw new Error(`${file} is not a Stationhand backup.`);
  if (header.version !== VERSION || JSON.stringify(header.migrations) !== JSON.stringify(ours)) {
    throw new Error(
      `The backup's schema (${header.migrations?.at(-1)}) differs from this version's (${ours.at(-1)}).`,
    );
  }
}

/** What was loaded matches the counts and checksums the backup ends with, table by table. */
function checkEnd(file: string, end: { tables?: TableSums } | null, loaded: TableSums): void {
  if (!end?.tables) throw new Error(`${file} is cut short (it has no end line): nothing was restored.`);
  for (const table of TABLES) {
    const want = end.tables[table] ?? { rows: 0, checksum: '' };
    const got = loaded[table];
    if (got?.rows !== want.rows || got.checksum !== want.checksum)
      throw new Error(`${file}: table ${table} does not match its checksum: nothing was restored.`);
  }
}

/**
 * Loads a backup into an empty database of either kind, in one transaction: a file that is not whole
 * (cut short, or any table's rows not matching its checksum) restores nothing.
 */
export async function restore(handle: DatabaseHandle, file: string): Promise<TableSums> {
  const existing = await handle.db.selectFrom('orgs').select('id').limit(1).executeTakeFirst();
  if (existing) throw new Error('Restore needs an empty database: this one already has data.');
  // Read before the transaction: on SQLite the transaction holds the only connection.
  const ours = await appliedMigrations(handle.db);
  const sums = new Checksums();
  await handle.db.transaction().execute(async (trx) => {
    let header: Header | null = null;
    let end: { tables?: TableSums } | null = null;
    let batch: { table: keyof Database; rows: Record<string, unknown>[] } | null = null;
    const flush = async () => {
      if (batch && batch.rows.length > 0)
        await trx
          .insertInto(batch.table)
          .values(batch.rows as never)
          .execute();
      batch = null;
    };
    // Opened right before reading: readline drops lines emitted while nobody iterates (across an await).
    const input = readline.createInterface({
      input: fs.createReadStream(file).pipe(createGunzip()),
      crlfDelay: Infinity,
    });
    for await (const line of input) {
      if (!line) continue;
      const item = JSON.parse(line) as { t: keyof Database; r: Record<string, unknown>; end?: true };
      if (!header) {
        header = item as Header;
        checkHeader(file, header, ours);
        continue;
      }
      if (end) throw new Error(`${file} goes on after its end line.`);
      if (item.end) {
        end = item as { tables?: TableSums };
        continue;
      }
      if (!TABLES.includes(item.t)) throw new Error(`Unknown table ${String(item.t)} in backup.`);
      if (batch && (batch.table !== item.t || batch.rows.length >= 200)) await flush();
      batch ??= { table: item.t, rows: [] };
      batch.rows.push(item.r);
      sums.add(item.t, JSON.stringify(item.r));
    }
    await flush();
    if (!header) throw new Error(`${file} is empty.`);
    checkEnd(file, end, sums.result());
  });
  return sums.result();
}
