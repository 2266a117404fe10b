/** A typed text field as the server takes it: trimmed, and blank is `null` (cleared). */
export const text = (s: string) => s.trim() || null;

/** Only the fields whose value changed between two inputs, for a PATCH. */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const patch: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) patch[key] = after[key];
  }
  return patch;
}
