import { type Config, loadConfig } from '../app/config.js';
import { type DatabaseHandle, openDatabase } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';

/** The database the environment names: PostgreSQL by DATABASE_URL, else SQLite in DATA_DIR. */
export const openConfigured = (config: Config = loadConfig()): DatabaseHandle =>
  openDatabase({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    writeWaitMs: config.SQLITE_WRITE_WAIT_MS,
  });

/** Opens the configured database and brings its schema up to date, for any command. */
export async function openMigrated(config: Config = loadConfig()): Promise<DatabaseHandle> {
  const handle = openConfigured(config);
  try {
    await migrateToLatest(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}

/** A command-line mistake: printed with the usage line and exit code 2. */
export class UsageError extends Error {}
