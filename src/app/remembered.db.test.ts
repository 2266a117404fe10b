import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { dataVersion } from '../db/data-version.js';
import { freshDatabase, type TestDatabase } from '../db/testing.js';
import { REMEMBER_MS, rememberWhileUnchanged } from './remembered.js';

describe('a lookup remembered while the database is unchanged', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await freshDatabase({ migrate: false });
    await sql`create table probe (n integer)`.execute(db.db);
  });
  afterAll(() => db.drop());
  afterEach(() => {
    vi.useRealTimers();
  });

  const counting = () => {
    const asked: string[] = [];
    const remembered = rememberWhileUnchanged(async (secret) => {
      asked.push(secret);
      return secret === 'unknown' ? null : { who: secret };
    });
    // As the access hook asks: with the data version read for the request, before the lookup.
    const lookup = async (secret: string) => remembered(secret, await dataVersion(db));
    return { asked, lookup };
  };

  it('looks a secret up once while nothing is written, and each secret on its own', async () => {
    const { asked, lookup } = counting();
    expect(await lookup('a')).toEqual({ who: 'a' });
    expect(await lookup('a')).toEqual({ who: 'a' });
    expect(await lookup('b')).toEqual({ who: 'b' });
    expect(asked).toEqual(['a', 'b']);
  });

  it('looks it up again after any write, and after REMEMBER_MS even with none', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { asked, lookup } = counting();
    await lookup('a');
    await sql`insert into probe (n) values (1)`.execute(db.db);
    await lookup('a');
    vi.advanceTimersByTime(REMEMBER_MS - 1);
    await lookup('a');
    expect(asked).toEqual(['a', 'a']);
    vi.advanceTimersByTime(1);
    await lookup('a');
    expect(asked).toEqual(['a', 'a', 'a']);
  });

  it('keeps nothing for a secret that finds nothing', async () => {
    const { asked, lookup } = counting();
    expect(await lookup('unknown')).toBeNull();
    expect(await lookup('unknown')).toBeNull();
    expect(asked).toEqual(['unknown', 'unknown']);
  });
});
