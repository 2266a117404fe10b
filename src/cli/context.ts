import fs from 'node:fs';
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

export interface CommandOutput {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export type JsonAnswer =
  | { ok: true; output: unknown }
  | { ok: false; errors: { path: string; message: string }[] };

/**
 * A JSON file in, JSON out, no database. A file that is not JSON, or not valid `what`, is a mistake
 * in the input: every bad field is named by its path, with exit code 2.
 */
export function answerJson(
  text: string,
  source: string,
  what: string,
  answer: (json: unknown) => JsonAnswer,
): CommandOutput {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { exitCode: 2, stdout: '', stderr: `${source} is not valid JSON: ${(error as Error).message}\n` };
  }
  const result = answer(json);
  if (!result.ok) {
    const lines = result.errors.map((e) => `  ${e.path}: ${e.message}`);
    return { exitCode: 2, stdout: '', stderr: `${source} is not ${what}:\n${lines.join('\n')}\n` };
  }
  return { exitCode: 0, stdout: `${JSON.stringify(result.output, null, 2)}\n`, stderr: '' };
}

/** Runs `answerJson` on the file named by `--input` and prints its answer; returns the exit code. */
export function answerJsonFile(
  input: string | undefined,
  run: (text: string, source: string) => CommandOutput,
): number {
  if (!input) throw new UsageError('Missing --input (the JSON file).');
  let text: string;
  try {
    text = fs.readFileSync(input, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${input}: ${(error as Error).message}`);
  }
  const out = run(text, input);
  process.stdout.write(out.stdout);
  process.stderr.write(out.stderr);
  return out.exitCode;
}
