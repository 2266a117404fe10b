import type { z } from 'zod';
import type { ImportField, ParsedRow } from './kind.js';

/**
 * Parses a row's cells with one zod schema per field: empty optional cells become undefined,
 * empty required cells and invalid values become issues naming the field.
 */
export function parseCells<S extends Record<string, z.ZodType>>(
  fields: ImportField[],
  schemas: S,
  cells: Record<string, string>,
): ParsedRow<{ [K in keyof S]: z.output<S[K]> }> {
  const row: Record<string, unknown> = {};
  const issues: { field: string; message: string }[] = [];
  for (const field of fields) {
    const text = cells[field.name] ?? '';
    if (text === '') {
      if (field.required) issues.push({ field: field.name, message: `${field.label} is required.` });
      continue;
    }
    const schema = schemas[field.name];
    if (!schema) continue;
    const parsed = schema.safeParse(text);
    if (parsed.success) row[field.name] = parsed.data;
    else issues.push({ field: field.name, message: parsed.error.issues[0]?.message ?? 'Invalid value.' });
  }
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, row: row as { [K in keyof S]: z.output<S[K]> } };
}
