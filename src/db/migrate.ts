import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';
import type { DatabaseHandle, Dialect } from './database.js';
import * as m0001 from './migrations/0001_foundation.js';
import * as m0002 from './migrations/0002_people.js';
import * as m0003 from './migrations/0003_files.js';
import * as m0004 from './migrations/0004_fleet.js';
import * as m0005 from './migrations/0005_people_records.js';
import * as m0006 from './migrations/0006_inspections.js';
import * as m0007 from './migrations/0007_dispatch.js';
import * as m0008 from './migrations/0008_import_day.js';
import * as m0009 from './migrations/0009_messaging.js';
import * as m0010 from './migrations/0010_performance.js';
import * as m0011 from './migrations/0011_coaching.js';
import * as m0012 from './migrations/0012_scorecards.js';
import * as m0013 from './migrations/0013_invitations.js';
import * as m0014 from './migrations/0014_import_owner.js';
import * as m0015 from './migrations/0015_warning_review.js';
import * as m0016 from './migrations/0016_list_indexes.js';
import * as m0017 from './migrations/0017_payroll.js';
import * as m0018 from './migrations/0018_pay_periods.js';
import * as m0019 from './migrations/0019_money.js';
import * as m0024 from './migrations/0024_import_unmatched.js';
import * as m0028 from './migrations/0028_overtime_approvals.js';
import * as m0029 from './migrations/0029_amazon_events.js';
import * as m0030 from './migrations/0030_money_fleet.js';
import * as m0031 from './migrations/0031_money_wst_files.js';
import * as m0032 from './migrations/0032_money_capacity.js';
import { DatabaseBusyError } from './sqlite-driver.js';

interface DialectMigration {
  up(db: Kysely<unknown>, dialect: Dialect): Promise<void>;
}

/** Listed in order; names are recorded in kysely_migration once applied. */
const migrations: Record<string, DialectMigration> = {
  '0001_foundation': m0001,
  '0002_people': m0002,
  '0003_files': m0003,
  '0004_fleet': m0004,
  '0005_people_records': m0005,
  '0006_inspections': m0006,
  '0007_dispatch': m0007,
  '0008_import_day': m0008,
  '0009_messaging': m0009,
  '0010_performance': m0010,
  '0011_coaching': m0011,
  '0012_scorecards': m0012,
  '0013_invitations': m0013,
  '0014_import_owner': m0014,
  '0015_warning_review': m0015,
  '0016_list_indexes': m0016,
  '0017_payroll': m0017,
  '0018_pay_periods': m0018,
  '0019_money': m0019,
  '0024_import_unmatched': m0024,
  '0028_overtime_approvals': m0028,
  '0029_amazon_events': m0029,
  '0031_money_wst_files': m0031,
  '0030_money_fleet': m0030,
  '0032_money_capacity': m0032,
};

type ExtraMigrations = Record<string, (db: Kysely<unknown>) => Promise<void>>;

class InRepoMigrations implements MigrationProvider {
  constructor(
    private readonly dialect: Dialect,
    private readonly extra: ExtraMigrations,
  ) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const ours = Object.entries(migrations).map(([name, m]) => [
      name,
      { up: (db: Kysely<unknown>) => m.up(db, this.dialect) },
    ]);
    const more = Object.entries(this.extra).map(([name, up]) => [name, { up }]);
    return Object.fromEntries([...ours, ...more]);
  }
}

/**
 * Applies pending migrations in one transaction on both databases, so a failure
 * leaves the schema exactly as it was. Returns the names applied. `extra` lets a test add a migration.
 */
export async function migrateToLatest(
  handle: DatabaseHandle,
  extra: ExtraMigrations = {},
): Promise<string[]> {
  const migrator = new Migrator({ db: handle.db, provider: new InRepoMigrations(handle.dialect, extra) });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    if (error instanceof DatabaseBusyError) throw error; // no migration failed: another writer held the file
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed; nothing was applied: ${String(error)}`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
