import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startCheckpointer } from './checkpointer.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stationhand-checkpointer-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function walDatabase(name: string): { raw: SQLite.Database; file: string } {
  const file = path.join(dir, name);
  const raw = new SQLite(file);
  raw.pragma('journal_mode = WAL');
  raw.exec('create table notes (id integer primary key, body text not null)');
  return { raw, file };
}

/** ~4 MB in one transaction: far past the 1,000 pages at which a commit would checkpoint itself. */
function writeMuch(raw: SQLite.Database): void {
  const insert = raw.prepare('insert into notes (body) values (?)');
  raw.transaction(() => {
    for (let i = 0; i < 4000; i++) insert.run(`${i} ${'x'.repeat(1000)}`);
  })();
}

describe('startCheckpointer', () => {
  it('leaves the checkpoint out of the commit and copies the log into the database on its thread', async () => {
    const { raw, file } = walDatabase('thread.sqlite');
    const stop = startCheckpointer(raw, file, 50);
    expect(raw.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = fs.statSync(file).size;
    writeMuch(raw);
    // The rows reach the database file itself without this connection checkpointing.
    await vi.waitFor(() => expect(fs.statSync(file).size).toBeGreaterThan(before + 3_000_000), {
      timeout: 10_000,
      interval: 50,
    });
    await stop();
    expect(raw.prepare('select count(*) from notes').pluck().get()).toBe(4000);
    raw.close();
  });

  it('gives the checkpoint back to the commits when its thread cannot run', async () => {
    const { raw } = walDatabase('fallback.sqlite');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // A folder is no database: the thread fails to open it.
    const stop = startCheckpointer(raw, dir, 50);
    await vi.waitFor(() => expect(raw.pragma('wal_autocheckpoint', { simple: true })).toBe(1000), {
      timeout: 10_000,
      interval: 50,
    });
    expect(error).toHaveBeenCalledWith(expect.stringMatching(/checkpoint thread stopped/));
    error.mockRestore();
    await stop();
    raw.close();
  });
});
