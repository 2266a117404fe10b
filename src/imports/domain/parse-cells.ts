import { z } from 'zod';
import { textProblem } from '../../shared/text.js';
import type { ImportField, ParsedRow } from './kind.js';

/** How many distinct texts of one column a reader remembers the reading of. */
export const REMEMBERED_TEXTS = 1000;

type Reading = { ok: true; value: unknown } | { ok: false; message: string };

/** The readings of schemas that a plain function gives for the texts it accepts (see readFast). */
const fastReadings = new WeakMap<z.ZodType, (text: string) => unknown>();

/**
 * `schema`, read by `accept` where it takes the text (most cells of a file): zod's parse costs several
 * times what a length check or one regex does, and a column of names, ids or phones is tens of thousands
 * of texts that never repeat (so never remembered). `accept` answers what the schema answers for the
 * text, or undefined to leave the text to the schema (which says what is wrong with it).
 */
export function readFast<S extends z.ZodType>(
  schema: S,
  accept: (text: string) => z.output<S> | undefined,
): S {
  fastReadings.set(schema, accept);
  return schema;
}

/** The reading readFast gave `schema`, if any: for tests holding it to the schema's. */
export const fastReadingOf = (schema: z.ZodType) => fastReadings.get(schema);

/**
 * Whether `schema`'s fast reading (readFast) of `text` is what the schema itself reads: the same value,
 * or nothing (left to the schema). For tests.
 */
export function readsAsSchema(schema: z.ZodType, text: string): boolean {
  const fast = fastReadings.get(schema)?.(text);
  if (fast === undefined) return true;
  const parsed = schema.safeParse(text);
  return parsed.success && JSON.stringify(parsed.data) === JSON.stringify(fast);
}

/** Text of 1 to `max` characters, trimmed; read without zod (readFast). */
export const PlainText = (max: number) =>
  readFast(z.string().trim().min(1).max(max, `At most ${max} characters.`), (text) => {
    const value = text.trim();
    return value.length > 0 && value.length <= max ? value : undefined;
  });

/** PlainText in capitals. */
export const UpperText = (max: number) =>
  readFast(
    z
      .string()
      .trim()
      .transform((s) => s.toUpperCase())
      .pipe(z.string().trim().min(1).max(max, `At most ${max} characters.`)),
    (text) => {
      const value = text.trim().toUpperCase().trim();
      return value.length > 0 && value.length <= max ? value : undefined;
    },
  );

/**
 * Makes the parser of a row's cells with one zod schema per field: empty optional cells become
 * undefined, empty required cells, invalid values and texts no field may hold (NUL, a broken character:
 * textProblem) become issues naming the field. Columns no field reads are not stored, so not checked.
 *
 * Every row has every field of a schema, in the fields' order (undefined when empty): rows of one
 * shape are read fast, where rows of many shapes make each property read a slow lookup. And a text
 * already read in the same column is not parsed again (status, station, van types, dates repeat down a
 * file), up to REMEMBERED_TEXTS a column; such values are shared between rows, so they are frozen.
 * A column whose texts hardly ever repeat (an event's id, time or link: a million distinct ones) stops
 * being looked up once it has shown so, since looking up a new text costs more than nothing.
 */
export function cellsParser<S extends Record<string, z.ZodType>>(
  fields: ImportField[],
  schemas: S,
): (cells: Record<string, string>) => ParsedRow<{ [K in keyof S]: z.output<S[K]> }> {
  const columns = fields.flatMap((field) => {
    const schema = schemas[field.name];
    return schema ? [{ field, schema, memo: new Memo(), fast: fastReadings.get(schema) }] : [];
  });
  const read = (schema: z.ZodType, memo: Memo, text: string): Reading => {
    const remembered = memo.get(text);
    if (remembered) return remembered;
    const reading = readText(schema, text, memo.remembering);
    memo.set(text, reading);
    return reading;
  };

  return (cells) => {
    const row: Record<string, unknown> = {};
    // Made only for a bad row: most rows have none, and a file is tens of thousands of them.
    let issues: { field: string; message: string }[] | undefined;
    for (const { field, schema, memo, fast } of columns) {
      const text = cells[field.name] ?? '';
      if (text === '') {
        if (field.required)
          issues = [...(issues ?? []), { field: field.name, message: `${field.label} is required.` }];
        row[field.name] = undefined;
        continue;
      }
      const value = fast && !textProblem(text) ? fast(text) : undefined;
      if (value !== undefined) {
        row[field.name] = value;
        continue;
      }
      const reading = read(schema, memo, text);
      if (reading.ok) row[field.name] = reading.value;
      else issues = [...(issues ?? []), { field: field.name, message: reading.message }];
    }
    return issues ? { ok: false, issues } : { ok: true, row: row as { [K in keyof S]: z.output<S[K]> } };
  };
}

function readText(schema: z.ZodType, text: string, shared: boolean): Reading {
  const bad = textProblem(text);
  if (bad) return { ok: false, message: bad };
  const parsed = schema.safeParse(text);
  return parsed.success
    ? { ok: true, value: shared ? Object.freeze(parsed.data) : parsed.data }
    : { ok: false, message: parsed.error.issues[0]?.message ?? 'Invalid value.' };
}

/** Lookups of a column after which, its memo full, it is given up if fewer than one in ten found a reading. */
const TRIAL_LOOKUPS = 2 * REMEMBERED_TEXTS;

/** The readings of a column's texts, up to REMEMBERED_TEXTS of them, while they are worth looking up. */
class Memo {
  remembering = true;
  private readonly readings = new Map<string, Reading>();
  private lookups = 0;
  private hits = 0;

  get(text: string): Reading | undefined {
    if (!this.remembering) return undefined;
    const reading = this.readings.get(text);
    this.lookups++;
    if (reading) this.hits++;
    else if (
      this.lookups >= TRIAL_LOOKUPS &&
      this.hits * 10 < this.lookups &&
      this.readings.size >= REMEMBERED_TEXTS
    ) {
      this.remembering = false;
      this.readings.clear();
    }
    return reading;
  }

  set(text: string, reading: Reading): void {
    if (this.remembering && this.readings.size < REMEMBERED_TEXTS) this.readings.set(text, reading);
  }
}
