import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedOrg } from '../app/testing.js';
import { insertRows, insertValues, ROWS_PER_INSERT } from './insert-rows.js';
import { freshDatabase, type TestDatabase } from './testing.js';

describe('insertRows', () => {
  let db: TestDatabase;
  let orgId: string;
  beforeAll(async () => {
    db = await freshDatabase();
    orgId = (await seedOrg(db, { slug: 'rows' })).orgId;
  });
  afterAll(() => db.drop());

  const change = (importId: string, seq: number) => ({
    org_id: orgId,
    import_id: importId,
    seq,
    entity: 'thing',
    entity_id: `e${seq}`,
    before: seq % 2 === 0 ? null : `{"n":${seq}}`,
  });
  const stored = (importId: string) =>
    db.db
      .selectFrom('import_changes')
      .selectAll()
      .where('org_id', '=', orgId)
      .where('import_id', '=', importId)
      .orderBy('seq')
      .execute();

  it('stores every row with its own values, across full batches and the rest', async () => {
    const rows = Array.from({ length: 2 * ROWS_PER_INSERT + 201 }, (_, i) => change('a', i));
    await insertRows(db.db, 'import_changes', rows);
    // The same full batch again, run with other values.
    await insertRows(
      db.db,
      'import_changes',
      rows.slice(0, ROWS_PER_INSERT).map((r) => change('b', r.seq)),
    );
    expect(await stored('a')).toEqual(rows);
    expect(await stored('b')).toHaveLength(ROWS_PER_INSERT);
  });

  it('puts each value in its column whatever the order of the keys', async () => {
    const reordered = Array.from({ length: ROWS_PER_INSERT }, (_, i) => {
      const { before, entity_id, ...rest } = change('c', i);
      return { before, entity_id, ...rest };
    });
    await insertRows(db.db, 'import_changes', reordered);
    expect(await stored('c')).toEqual(reordered.map((r) => change('c', r.seq)));
  });

  it('refuses a row without a value for a column of the first row', async () => {
    const { before: _, ...short } = change('d', 1);
    await expect(insertRows(db.db, 'import_changes', [change('d', 0), short as never])).rejects.toThrow(
      'insertRows(import_changes): a row has no before',
    );
    expect(await stored('d')).toEqual([]);
  });

  it('stores values given row after row in the order of the columns, across statements', async () => {
    const rows = Array.from({ length: ROWS_PER_INSERT + 3 }, (_, i) => change('e', i));
    const columns = ['entity_id', 'seq', 'before', 'entity', 'import_id', 'org_id'] as const;
    await insertValues(
      db.db,
      'import_changes',
      columns,
      rows.flatMap((r) => columns.map((c) => r[c])),
    );
    expect(await stored('e')).toEqual(rows);
  });

  it('refuses values that are not whole rows', async () => {
    await expect(
      insertValues(db.db, 'import_changes', ['org_id', 'import_id'], [orgId, 'f', orgId]),
    ).rejects.toThrow('insertValues(import_changes): 3 values are not rows of 2');
    expect(await stored('f')).toEqual([]);
  });
});
