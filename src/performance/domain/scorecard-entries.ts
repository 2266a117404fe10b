import { FIELDS, type FieldKey, type FieldValue } from './scorecard-fields.js';
import type { ScorecardReading } from './scorecard-reading.js';

/**
 * What the manager enters for what the PDF did not give (or gave wrongly): each entry keeps who and
 * when. An entry wins over the reading; a republished PDF that now reads a field drops its entry.
 */

export interface Entry {
  value: FieldValue;
  by: string | null;
  byLabel: string;
  at: string;
}

export type Entries = Partial<Record<FieldKey, Entry>>;

/** A field's value in effect and where it came from. */
export function effective(
  reading: ScorecardReading,
  entries: Entries,
  key: FieldKey,
): { value: FieldValue | null; source: 'entry' | 'pdf' | null } {
  const entry = entries[key];
  if (entry) return { value: entry.value, source: 'entry' };
  const read = reading.fields[key];
  return read.read ? { value: read.value, source: 'pdf' } : { value: null, source: null };
}

/** Complete once every required field has a value; until then the manager has entries to make. */
export const statusOf = (reading: ScorecardReading, entries: Entries): 'complete' | 'needs_entry' =>
  FIELDS.every((f) => !f.required || effective(reading, entries, f.key).value !== null)
    ? 'complete'
    : 'needs_entry';

/** The entries a republished PDF leaves standing: those for fields it does not read either. */
export const entriesKept = (entries: Entries, reading: ScorecardReading): Entries =>
  Object.fromEntries(
    Object.entries(entries).filter(([key]) => !reading.fields[key as FieldKey]?.read),
  ) as Entries;

/** Entries changed by a request: a value sets (with who and when), null takes the entry away. */
export function withEntries(
  entries: Entries,
  changes: Partial<Record<FieldKey, FieldValue | null>>,
  who: { by: string | null; byLabel: string; at: string },
): Entries {
  const next: Entries = { ...entries };
  for (const [key, value] of Object.entries(changes) as [FieldKey, FieldValue | null | undefined][]) {
    if (value === undefined) continue;
    if (value === null) delete next[key];
    else if (next[key]?.value !== value) next[key] = { value, ...who };
  }
  return next;
}
