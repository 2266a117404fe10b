import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ImportField } from './kind.js';
import {
  cellsParser,
  fastReadingOf,
  PlainText,
  REMEMBERED_TEXTS,
  readsAsSchema,
  UpperText,
} from './parse-cells.js';

const fields: ImportField[] = [
  { name: 'code', label: 'Station code', required: true },
  { name: 'capacity', label: 'Capacity', required: false },
  { name: 'state', label: 'State', required: true },
];

const schemas = {
  code: z
    .string()
    .transform((s) => s.toUpperCase())
    .pipe(z.string().regex(/^[A-Z]{2,4}\d$/, 'Use a code like DAU5.')),
  capacity: z.coerce.number().int('Give a whole number.').min(1, 'At least 1.'),
  state: z.enum(['TX', 'CA'], { message: 'Use TX or CA.' }),
};

describe('cellsParser', () => {
  const parseCells = (f: ImportField[], s: Record<string, z.ZodType>, cells: Record<string, string>) =>
    cellsParser(f, s)(cells);

  it("gives the row as each field's schema outputs it", () => {
    expect(parseCells(fields, schemas, { code: 'dau5', capacity: '40', state: 'TX' })).toEqual({
      ok: true,
      row: { code: 'DAU5', capacity: 40, state: 'TX' },
    });
  });

  it('gives an empty optional cell as undefined, whether the cell is empty or missing', () => {
    const empty = parseCells(fields, schemas, { code: 'DAU5', capacity: '', state: 'CA' });
    expect(empty).toStrictEqual({ ok: true, row: { code: 'DAU5', capacity: undefined, state: 'CA' } });
    expect(parseCells(fields, schemas, { code: 'DAU5', state: 'CA' })).toStrictEqual(empty);
  });

  it('gives every row the same fields in the same order (one shape, read fast)', () => {
    const full = parseCells(fields, schemas, { capacity: '40', state: 'TX', code: 'DAU5' });
    const sparse = parseCells(fields, schemas, { code: 'DAU5', state: 'TX' });
    expect(Object.keys(full.ok ? full.row : {})).toEqual(['code', 'capacity', 'state']);
    expect(Object.keys(sparse.ok ? sparse.row : {})).toEqual(['code', 'capacity', 'state']);
  });

  it("names every bad field with the schema's message, in the order of the fields", () => {
    expect(parseCells(fields, schemas, { code: '5', capacity: '2.5', state: 'NY' })).toEqual({
      ok: false,
      issues: [
        { field: 'code', message: 'Use a code like DAU5.' },
        { field: 'capacity', message: 'Give a whole number.' },
        { field: 'state', message: 'Use TX or CA.' },
      ],
    });
  });

  it("says a required field is required, using the field's label", () => {
    expect(parseCells(fields, schemas, { code: '', capacity: '3' })).toEqual({
      ok: false,
      issues: [
        { field: 'code', message: 'Station code is required.' },
        { field: 'state', message: 'State is required.' },
      ],
    });
  });

  it('refuses a text no field may hold (a NUL, half a surrogate pair) before any schema reads it', () => {
    const text = z.string();
    const parsed = parseCells(fields, { ...schemas, code: text }, { code: 'DA\u0000U5', state: 'T\ud800' });
    expect(parsed).toEqual({
      ok: false,
      issues: [
        { field: 'code', message: expect.stringMatching(/NUL character/) },
        { field: 'state', message: expect.stringMatching(/broken character/) },
      ],
    });
  });

  it('reports only the first problem of one cell', () => {
    const strict = { ...schemas, capacity: z.coerce.number().int('Whole.').min(5, 'At least 5.') };
    const r = parseCells(fields, strict, { code: 'DAU5', capacity: '1.5', state: 'TX' });
    expect(r).toEqual({ ok: false, issues: [{ field: 'capacity', message: 'Whole.' }] });
  });

  it('skips a field that has no schema', () => {
    const r = parseCells([...fields, { name: 'note', label: 'Note', required: false }], schemas, {
      code: 'DAU5',
      state: 'TX',
      note: 'hello',
    });
    expect(r).toEqual({ ok: true, row: { code: 'DAU5', state: 'TX' } });
  });

  it('reads a text repeated down a column once, and gives every row the same reading', () => {
    let reads = 0;
    const counting = {
      code: schemas.code,
      state: z.string().transform((v) => {
        reads++;
        return [v];
      }),
    };
    const parse = cellsParser(fields, counting);
    const first = parse({ code: 'DAU5', state: 'TX' });
    const second = parse({ code: 'DAU7', state: 'TX' });
    expect(reads).toBe(1);
    expect(second).toEqual({ ok: true, row: { code: 'DAU7', state: ['TX'] } });
    // Shared between rows, so frozen: a change to one row's value cannot show in another row.
    expect(Object.isFrozen(first.ok && first.row.state)).toBe(true);
    expect(first.ok && second.ok && first.row.state === second.row.state).toBe(true);
  });

  it('reports a bad text repeated down a column on every row', () => {
    const parse = cellsParser(fields, schemas);
    const bad = { ok: false, issues: [{ field: 'code', message: 'Use a code like DAU5.' }] };
    expect(parse({ code: '5', state: 'TX' })).toEqual(bad);
    expect(parse({ code: '5', state: 'TX' })).toEqual(bad);
  });

  it(`remembers at most ${REMEMBERED_TEXTS} texts of a column, and reads the others each time`, () => {
    let reads = 0;
    const code = z.string().transform((v) => {
      reads++;
      return v;
    });
    const parse = cellsParser(fields, { ...schemas, code });
    for (let round = 0; round < 2; round++)
      for (let i = 0; i <= REMEMBERED_TEXTS; i++) parse({ code: `D${i}`, state: 'TX' });
    expect(reads).toBe(REMEMBERED_TEXTS + 2);
  });

  it('gives up remembering a column whose texts never repeat, and still reads every text right', () => {
    let reads = 0;
    const code = z.string().transform((v) => {
      reads++;
      return `read ${v}`;
    });
    const parse = cellsParser(fields, { ...schemas, code });
    const unique = 3 * REMEMBERED_TEXTS;
    for (let i = 0; i < unique; i++)
      expect(parse({ code: `D${i}`, state: 'TX' })).toEqual({
        ok: true,
        row: { code: `read D${i}`, state: 'TX' },
      });
    expect(reads).toBe(unique);
    // Given up: a text seen before is read again, the same way.
    expect(parse({ code: 'D0', state: 'TX' })).toEqual({ ok: true, row: { code: 'read D0', state: 'TX' } });
    expect(reads).toBe(unique + 1);
  });
});

describe('readFast', () => {
  const texts = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ maxLength: 12, unit: 'binary' }),
    fc.constantFrom(' ab ', 'straße', 'ß'.repeat(4), '\tx\t', ' ', 'abcdef', "'=1"),
  );

  it('reads a text as the schema does, or leaves it to the schema', () => {
    for (const schema of [PlainText(5), UpperText(5)]) {
      expect(fastReadingOf(schema)).toBeDefined();
      fc.assert(fc.property(texts, (text) => readsAsSchema(schema, text)));
    }
  });

  it('gives the same row and the same messages as the schema alone', () => {
    const field: ImportField[] = [{ name: 'name', label: 'Name', required: true }];
    const fast = cellsParser(field, { name: UpperText(4) });
    const slow = cellsParser(field, {
      name: z
        .string()
        .trim()
        .transform((s) => s.toUpperCase())
        .pipe(z.string().trim().min(1).max(4, 'At most 4 characters.')),
    });
    fc.assert(
      fc.property(texts, (text) => {
        expect(fast({ name: text })).toEqual(slow({ name: text }));
      }),
    );
    expect(fast({ name: 'ab\u0000' })).toMatchObject({ ok: false, issues: [{ field: 'name' }] });
    expect(fast({ name: 'straße' })).toEqual({
      ok: false,
      issues: [{ field: 'name', message: 'At most 4 characters.' }],
    });
  });
});
