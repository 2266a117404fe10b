import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastReadingOf, readsAsSchema } from '../../imports/domain/parse-cells.js';
import { withCheckDigit } from '../domain/vin.js';
import { vanCellSchemas } from './columns.js';

const texts = fc.oneof(
  fc.constantFrom(
    withCheckDigit('1FTBW3XM5HKA12345'),
    ` ${withCheckDigit('1FTBW3XM5HKA12345').toLowerCase()} `,
    '1FTBW3XM5HKA12345',
    'V-017',
    ' dxc1 ',
    'straße',
    'x'.repeat(501),
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ maxLength: 20, unit: 'binary' }),
);

describe('the van columns read without zod', () => {
  const fast = Object.entries(vanCellSchemas('2026-12-07')).filter(([, schema]) => fastReadingOf(schema));

  it('are the free texts and the VIN', () => {
    expect(fast.map(([name]) => name).sort()).toEqual(
      [
        'cameraId',
        'fleetNumber',
        'lessor',
        'make',
        'model',
        'plate',
        'station',
        'statusReason',
        'telematicsId',
        'vin',
      ].sort(),
    );
  });

  it.each(fast)('%s: reads each text as its schema does, or leaves it to the schema', (_name, schema) => {
    fc.assert(fc.property(texts, (text) => readsAsSchema(schema, text)));
  });
});
