import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastReadingOf, readsAsSchema } from '../../imports/domain/parse-cells.js';
import { driverCellSchemas } from './columns.js';

/** Texts like a DA file's cells, good and bad, and any text at all. */
const texts = fc.oneof(
  fc.constantFrom(
    'A1B2C3D4E5F6G7',
    ' a1b2c3d4e5f6g7 ',
    'A1B2C3D4E5F6',
    'B1B2C3D4E5F6G7',
    '(512) 555-0123',
    '1 512 555 0123',
    '+44 20 7946 0958',
    '555-0123',
    'Maria.Garcia@Example.COM',
    ' ana@x.co ',
    'ana@x',
    'Maria  Elena ',
    'x'.repeat(81),
    'x'.repeat(321),
    'straße',
    ' ',
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ maxLength: 20, unit: 'binary' }),
);

describe('the DA columns read without zod', () => {
  const fast = Object.entries(driverCellSchemas).filter(([, schema]) => fastReadingOf(schema));

  it('are the columns whose texts never repeat down a file', () => {
    expect(fast.map(([name]) => name).sort()).toEqual(
      [
        'email',
        'employeeId',
        'firstName',
        'lastName',
        'licenseNumber',
        'name',
        'phone',
        'transporterId',
      ].sort(),
    );
  });

  it.each(fast)('%s: reads each text as its schema does, or leaves it to the schema', (_name, schema) => {
    fc.assert(fc.property(texts, (text) => readsAsSchema(schema, text)));
  });
});
