import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyIndex } from './key-index.js';

describe('KeyIndex', () => {
  it('answers the first row of a repeated key and nothing for a new one', () => {
    const keys = new KeyIndex();
    expect(keys.add('EV1', 2)).toBeUndefined();
    expect(keys.add('EV2', 3)).toBeUndefined();
    expect(keys.add('EV1', 4)).toBe(2);
    expect(keys.add('EV1', 5)).toBe(2);
    expect(keys.add('', 6)).toBeUndefined();
    expect(keys.add('', 7)).toBe(6);
    expect(keys.size).toBe(3);
  });

  it('tells keys apart that differ only past the characters a hash looks at, in any script', () => {
    const keys = new KeyIndex();
    expect(keys.add('Café|2026-W08', 2)).toBeUndefined();
    expect(keys.add('Cafe|2026-W08', 3)).toBeUndefined();
    expect(keys.add('Café|2026-W08', 4)).toBe(2);
    expect(keys.add('😀', 5)).toBeUndefined();
    expect(keys.add('😀', 6)).toBe(5);
  });

  it('keeps every key of a large file as it grows (200,000 keys)', () => {
    const keys = new KeyIndex();
    let repeats = 0;
    for (let i = 0; i < 200_000; i++) if (keys.add(`EV${i}`, i + 2) !== undefined) repeats++;
    expect(repeats).toBe(0);
    for (let i = 0; i < 200_000; i += 997) expect(keys.add(`EV${i}`, 0)).toBe(i + 2);
    expect(keys.size).toBe(200_000);
  });

  it('agrees with a Map on any sequence of keys', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.string({ maxLength: 3, unit: 'binary' })), {
          maxLength: 300,
        }),
        (list) => {
          const keys = new KeyIndex();
          const map = new Map<string, number>();
          list.forEach((key, row) => {
            expect(keys.add(key, row)).toBe(map.get(key));
            if (!map.has(key)) map.set(key, row);
          });
          expect(keys.size).toBe(map.size);
        },
      ),
    );
  });
});
