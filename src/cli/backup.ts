import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import type { DatabaseHandle } from '../db/database.js';
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
};
const TABLE_KEYS = Object.entries(TABLE_KEY_MAP) as [keyof Database, string[]][];
const TABLES = TABLE_KEYS.map(([t]) => t);
const PAGE = 5000;

const FORMAT = 'stationhand-backup';

async function appliedMigrations(handle: DatabaseHandle): Promise<string[]> {
  const rows = await handle.db
    .selectFrom('kysely_migration' as keyof Database)
    .select('name' as never)
    .orderBy('name' as never)
    .execute();
  return (rows as unknown as { name: string }[]).map((r) => r.name);
}

/**
 * Writes every table as gzipped JSON lines. The same file restores into either database, so a
 * DSP can move from the embedded database to PostgreSQL with backup + restore.
 */
export async function backup(handle: DatabaseHandle, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  const migrations = await appliedMigrations(handle);
  async function* lines() {
    yield `${JSON.stringify({ format: FORMAT, version: 1, migrations, at: new Date().toISOString() })}\n`;
    for (const [table, key] of TABLE_KEYS) {
      counts[table] = 0;
      // Pages keep memory flat on a large database.
      for (let offset = 0; ; offset += PAGE) {
        let q = handle.db.selectFrom(table).selectAll();
        for (const column of key) q = q.orderBy(column as never);
        const rows = await q.offset(offset).limit(PAGE).execute();
        for (const row of rows) yield `${JSON.stringify({ t: table, r: row })}\n`;
        counts[table] += rows.length;
        if (rows.length < PAGE) break;
      }
    }
  }
  await pipeline(lines, createGzip(), fs.createWriteStream(file));
  return counts;
}

/** Loads a backup into an empty database of either kind, in one transaction. */
export async function restore(handle: DatabaseHandle, file: string): Promise<Record<string, number>> {
  const existing = await handle.db.selectFrom('orgs').select('id').limit(1).executeTakeFirst();
  if (existing) throw new Error('Restore needs an empty database: this one already has data.');
  const counts: Record<string, number> = {};
  // Read before the transaction: on SQLite the transaction holds the only connection.
  const ours = await appliedMigrations(handle);
  await handle.db.transaction().execute(async (trx) => {
    let header: { format?: string; migrations?: string[] } | null = null;
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
      const item = JSON.parse(line) as { t: keyof Database; r: Record<string, unknown> };
      if (!header) {
        header = item as unknown as { format?: string; migrations?: string[] };
        if (header.format !== FORMAT) throw new Error(`${file} is not a Stationhand backup.`);
        if (JSON.stringify(header.migrations) !== JSON.stringify(ours)) {
          throw new Error(
            `The backup's schema (${header.migrations?.at(-1)}) differs from this version's (${ours.at(-1)}).`,
          );
        }
        continue;
      }
      if (!TABLES.includes(item.t)) throw new Error(`Unknown table ${String(item.t)} in backup.`);
      if (batch && (batch.table !== item.t || batch.rows.length >= 200)) await flush();
      batch ??= { table: item.t, rows: [] };
      batch.rows.push(item.r);
      counts[item.t] = (counts[item.t] ?? 0) + 1;
    }
    await flush();
    if (!header) throw new Error(`${file} is empty.`);
  });
  return counts;
}
