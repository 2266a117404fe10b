import { setImmediate as turnEnds } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { readSoon } from './read-soon.js';

describe('a read shared by the callers of one turn of the event loop', () => {
  const counting = () => {
    let reads = 0;
    return { read: async () => ++reads, reads: () => reads };
  };

  it('reads once for every caller of the turn, each database and name on its own', async () => {
    const db = {};
    const { read, reads } = counting();
    const answers = await Promise.all([
      readSoon(db, 'version', read),
      readSoon(db, 'version', read),
      readSoon({}, 'version', read),
      readSoon(db, 'ping', read),
    ]);
    expect(answers[0]).toBe(answers[1]);
    expect(reads()).toBe(3);
  });

  it('reads again for a caller who asks once the read has begun', async () => {
    const db = {};
    const { read, reads } = counting();
    const first = readSoon(db, 'version', read);
    await turnEnds();
    const later = readSoon(db, 'version', read);
    expect(await first).toBe(1);
    expect(await later).toBe(2);
    expect(reads()).toBe(2);
  });

  it('gives every caller the failure of a failed read, and reads afresh next time', async () => {
    const db = {};
    const failing = async () => {
      throw new Error('database down');
    };
    await expect(Promise.all([readSoon(db, 'ping', failing), readSoon(db, 'ping', failing)])).rejects.toThrow(
      'database down',
    );
    expect(await readSoon(db, 'ping', async () => 'up')).toBe('up');
  });
});
