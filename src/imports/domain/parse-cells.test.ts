import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { ImportField } from './kind.js';
import { parseCells } from './parse-cells.js';

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

describe('parseCells', () => {
  it("gives the row as each field's schema outputs it", () => {
    expect(parseCells(fields, schemas, { code: 'dau5', capacity: '40', state: 'TX' })).toEqual({
      ok: true,
      row: { code: 'DAU5', capacity: 40, state: 'TX' },
    });
  });

  it('leaves an empty optional cell out of the row, whether the cell is empty or missing', () => {
    const empty = parseCells(fields, schemas, { code: 'DAU5', capacity: '', state: 'CA' });
    expect(empty).toEqual({ ok: true, row: { code: 'DAU5', state: 'CA' } });
    expect('capacity' in (empty.ok ? empty.row : {})).toBe(false);
    expect(parseCells(fields, schemas, { code: 'DAU5', state: 'CA' })).toEqual(empty);
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
});
