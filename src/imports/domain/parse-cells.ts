import type { z } from 'zod';
import type { ImportField, ParsedRow } from './kind.js';

/** How many distinct texts of one column a reader remembers the reading of. */
export const REMEMBERED_TEXTS = 1000;

type Reading = { ok: true; value: unknown } | { ok: false; message: string };

/**
 * Makes the parser of a row's cells with one zod schema per field: empty optional cells become
 * undefined, empty required cells and invalid values become issues naming the field.
 *
 * Every row has every field of a schema, in the fields' order (undefined when empty): rows of one
 * shape are read fast, where rows of many shapes make each property read a slow lookup. And a text
 * already read in the same column is not parsed again (status, station, van types, dates repeat down a
 * file), up to REMEMBERED_TEXTS a column; such values are shared between rows, so they are frozen.
 */
export function cellsParser<S extends Record<string, z.ZodType>>(
  fields: ImportField[],
  schemas: S,
): (cells: Record<string, string>) => ParsedRow<{ [K in keyof S]: z.output<S[K]> }> {
  const columns = fields.flatMap((field) => {
    const schema = schemas[field.name];
    return schema ? [{ field, schema, readings: new Map<string, Reading>() }] : [];
  });
  const read = (schema: z.ZodType, readings: Map<string, Reading>, text: string): Reading => {
    let reading = readings.get(text);
    if (reading) return reading;
    const parsed = schema.safeParse(text);
    reading = parsed.success
      ? { ok: true, value: Object.freeze(parsed.data) }
      : { ok: false, message: parsed.error.issues[0]?.message ?? 'Invalid value.' };
    if (readings.size < REMEMBERED_TEXTS) readings.set(text, reading);
    return reading;
  };

  return (cells) => {
    const row: Record<string, unknown> = {};
    const issues: { field: string; message: string }[] = [];
    for (const { field, schema, readings } of columns) {
      const text = cells[field.name] ?? '';
      if (text === '') {
        if (field.required) issues.push({ field: field.name, message: `${field.label} is required.` });
        row[field.name] = undefined;
        continue;
      }
      const reading = read(schema, readings, text);
      if (reading.ok) row[field.name] = reading.value;
      else issues.push({ field: field.name, message: reading.message });
    }
    return issues.length > 0
      ? { ok: false, issues }
      : { ok: true, row: row as { [K in keyof S]: z.output<S[K]> } };
  };
}
