import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createdChangesJson, diffSnapshots } from './changes.js';

const SECRETS = ['password_hash', 'token_hash', 'totp_secret', 'totp_pending_secret', 'csrf_token'];

describe('diffSnapshots', () => {
  it('lists every field of a create with before null', () => {
    expect(diffSnapshots(null, { code: 'DAU5', name: 'Austin', state: 'TX' })).toEqual({
      code: { before: null, after: 'DAU5' },
      name: { before: null, after: 'Austin' },
      state: { before: null, after: 'TX' },
    });
  });

  it('lists every field of a delete with after null', () => {
    expect(diffSnapshots({ role: 'driver', status: 'active' }, null)).toEqual({
      role: { before: 'driver', after: null },
      status: { before: 'active', after: null },
    });
  });

  it('lists only the fields an update changed', () => {
    const before = { id: 's1', name: 'Austin', time_zone: 'America/Chicago', state: 'TX' };
    const after = { ...before, name: 'Austin North', state: 'OK' };
    expect(diffSnapshots(before, after)).toEqual({
      name: { before: 'Austin', after: 'Austin North' },
      state: { before: 'TX', after: 'OK' },
    });
  });

  it('treats a field that appears or disappears as changed from or to null', () => {
    expect(diffSnapshots({ a: 1 }, { b: 2 })).toEqual({
      a: { before: 1, after: null },
      b: { before: null, after: 2 },
    });
  });

  it('treats undefined and null as the same value', () => {
    expect(diffSnapshots({ a: null }, { a: undefined })).toEqual({});
    expect(diffSnapshots({ a: undefined }, {})).toEqual({});
  });

  it('compares arrays by value (station lists)', () => {
    expect(diffSnapshots({ station_ids: ['a', 'b'] }, { station_ids: ['a', 'b'] })).toEqual({});
    expect(diffSnapshots({ station_ids: ['a'] }, { station_ids: ['a', 'b'] })).toEqual({
      station_ids: { before: ['a'], after: ['a', 'b'] },
    });
    expect(diffSnapshots({ station_ids: null }, { station_ids: [] })).toEqual({
      station_ids: { before: null, after: [] },
    });
  });

  it('tells the number 1 from the string "1"', () => {
    expect(diffSnapshots({ require_mfa: 1 }, { require_mfa: '1' })).toEqual({
      require_mfa: { before: 1, after: '1' },
    });
  });

  it('ignores updated_at, so a touch alone is no change', () => {
    expect(
      diffSnapshots({ name: 'A', updated_at: '2026-01-01' }, { name: 'A', updated_at: '2026-02-01' }),
    ).toEqual({});
    expect(diffSnapshots(null, { name: 'A', updated_at: '2026-01-01' })).toEqual({
      name: { before: null, after: 'A' },
    });
  });

  it.each(SECRETS)('drops the secret %s on create, update and delete', (field) => {
    const a = { email: 'a@x.test', [field]: 'secret-one' };
    const b = { email: 'b@x.test', [field]: 'secret-two' };
    for (const diff of [diffSnapshots(null, a), diffSnapshots(a, b), diffSnapshots(a, null)]) {
      expect(Object.keys(diff)).toEqual(['email']);
      expect(JSON.stringify(diff)).not.toContain('secret-');
    }
  });

  it('writes nothing when only a secret changed', () => {
    expect(diffSnapshots({ password_hash: 'h1' }, { password_hash: 'h2' })).toEqual({});
  });
});

// Property tests: plain records of JSON values, keyed like table columns.
const key = fc.stringMatching(/^[a-z][a-z_]{0,11}$/);
const record = fc.dictionary(fc.oneof(key, fc.constantFrom(...SECRETS, 'updated_at')), fc.jsonValue(), {
  maxKeys: 8,
});

describe('diffSnapshots properties', () => {
  it('finds no change between a snapshot and itself, or a copy of it', () => {
    fc.assert(
      fc.property(record, (a) => {
        expect(diffSnapshots(a, a)).toEqual({});
        expect(diffSnapshots(a, structuredClone(a))).toEqual({});
      }),
    );
  });

  it('never reports a secret or updated_at', () => {
    fc.assert(
      fc.property(fc.option(record), fc.option(record), (a, b) => {
        const keys = Object.keys(diffSnapshots(a, b));
        for (const k of keys) expect([...SECRETS, 'updated_at']).not.toContain(k);
      }),
    );
  });

  it('is symmetric: swapping before and after swaps every change', () => {
    fc.assert(
      fc.property(fc.option(record), fc.option(record), (a, b) => {
        const forward = diffSnapshots(a, b);
        const backward = diffSnapshots(b, a);
        expect(Object.keys(backward).sort()).toEqual(Object.keys(forward).sort());
        for (const [k, c] of Object.entries(forward)) {
          expect(backward[k]).toEqual({ before: c.after, after: c.before });
        }
      }),
    );
  });

  it('reports exactly the fields whose values differ as JSON text', () => {
    const value = fc.oneof(
      fc.jsonValue(),
      fc.constantFrom(1, '1', 0, -0, Number.NaN, Number.POSITIVE_INFINITY, true, 'true', undefined),
    );
    const snapshot = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), value, { maxKeys: 4 });
    fc.assert(
      fc.property(fc.option(snapshot), fc.option(snapshot), (a, b) => {
        const of = (s: Record<string, unknown> | null, k: string) => JSON.stringify(s?.[k] ?? null);
        const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
        const expected = [...keys].filter((k) => of(a, k) !== of(b, k));
        expect(Object.keys(diffSnapshots(a, b)).sort()).toEqual(expected.sort());
      }),
    );
  });

  it('reports on a create every non-secret field that has a value', () => {
    fc.assert(
      fc.property(record, (a) => {
        const expected = Object.keys(a).filter(
          (k) => ![...SECRETS, 'updated_at'].includes(k) && (a as Record<string, unknown>)[k] !== null,
        );
        expect(Object.keys(diffSnapshots(null, a)).sort()).toEqual(expected.sort());
      }),
    );
  });
});

describe('createdChangesJson', () => {
  it('writes what diffSnapshots of a create gives, as JSON', () => {
    const value = fc.oneof(
      fc.constant(null),
      fc.constant(undefined),
      fc.string(),
      // Quotes, backslashes, control characters and lone surrogates: the strings JSON writes escaped.
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom('"', '\\', '\n', '\u0001', '\ud800', '\udc00', 'a') }),
      fc.double(),
      fc.integer(),
      fc.boolean(),
      fc.jsonValue(),
    );
    const key = fc.oneof(fc.constantFrom('updated_at', ...SECRETS), fc.string({ maxLength: 8 }));
    fc.assert(
      fc.property(fc.dictionary(key, value), (after) => {
        const diff = diffSnapshots(null, after);
        const expected = Object.keys(diff).length === 0 ? null : JSON.stringify(diff);
        expect(createdChangesJson(after)).toBe(expected);
      }),
    );
  });

  it('leaves out secrets, updated_at and empty fields', () => {
    const after = { id: 'd1', name: 'Ana', phone: null, password_hash: 'x', updated_at: 'now', rate: 2150 };
    expect(createdChangesJson(after)).toBe(
      '{"id":{"before":null,"after":"d1"},"name":{"before":null,"after":"Ana"},"rate":{"before":null,"after":2150}}',
    );
    expect(createdChangesJson({ phone: null })).toBeNull();
  });
});
