/** Any plain record of an entity's fields (a table row or a chosen subset). */
export type Snapshot = object;
export type Changes = Record<string, { before: unknown; after: unknown }>;

/** Fields that never belong in an audit trail (secrets) are dropped before comparing. */
const SECRET_FIELDS = new Set([
  'password_hash',
  'token_hash',
  'totp_secret',
  'totp_pending_secret',
  'csrf_token',
]);

/** Values that JSON writes as themselves, so two of them are the same exactly when they are ===. */
const isPlain = (v: unknown) =>
  v === null ||
  typeof v === 'string' ||
  typeof v === 'boolean' ||
  (typeof v === 'number' && Number.isFinite(v));

/** Same value as JSON text; compared without writing the text for plain cells (most of them). */
const sameValue = (a: unknown, b: unknown) =>
  a === b || (!(isPlain(a) && isPlain(b)) && JSON.stringify(a) === JSON.stringify(b));

/**
 * The fields that differ between two snapshots of an entity. A create has no before,
 * a delete no after; an update lists only what changed.
 */
export function diffSnapshots(before: Snapshot | null, after: Snapshot | null): Changes {
  const keys =
    before && after
      ? new Set([...Object.keys(before), ...Object.keys(after)])
      : Object.keys(before ?? after ?? {});
  const changes: Changes = {};
  for (const key of keys) {
    if (SECRET_FIELDS.has(key) || key === 'updated_at') continue;
    const b = (before as Record<string, unknown> | null)?.[key] ?? null;
    const a = (after as Record<string, unknown> | null)?.[key] ?? null;
    if (!sameValue(a, b)) changes[key] = { before: b, after: a };
  }
  return changes;
}

/**
 * Per field name, the start of its entry in a create's changes: `"name":{"before":null,"after":`; null
 * for a field that is left out (a secret, updated_at).
 */
const createdPrefixes = new Map<string, string | null>();

function createdPrefix(key: string): string | null {
  let prefix = createdPrefixes.get(key);
  if (prefix === undefined) {
    prefix =
      SECRET_FIELDS.has(key) || key === 'updated_at'
        ? null
        : `${JSON.stringify(key)}:{"before":null,"after":`;
    createdPrefixes.set(key, prefix);
  }
  return prefix;
}

/** Characters JSON writes escaped (a lone surrogate too): a string without them is written as it is. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is what it is for.
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;

/** A field's value as JSON text (undefined: not a value JSON writes); plain ones without JSON.stringify. */
function valueJson(value: unknown): string | undefined {
  if (typeof value === 'string') return ESCAPED.test(value) ? JSON.stringify(value) : `"${value}"`;
  if (typeof value === 'number') return Number.isFinite(value) ? `${value}` : 'null';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return JSON.stringify(value);
}

/**
 * JSON.stringify(diffSnapshots(null, after)) (null when it has no field), written directly: a create's
 * changes are every field it has, so comparing and building an object of objects a field (tens of
 * thousands of records in an import) is skipped, and plain values are written without JSON.stringify.
 */
export function createdChangesJson(after: Snapshot): string | null {
  // Joined once at the end: concatenating field by field builds a chain of strings to flatten later.
  const entries: string[] = [];
  const record = after as Record<string, unknown>;
  // for…in, not Object.keys: a plain record's own fields, read through V8's cache of its keys.
  for (const key in record) {
    const value = record[key];
    if (value === null || value === undefined) continue;
    const prefix = createdPrefix(key);
    if (prefix === null) continue;
    const text = valueJson(value);
    if (text === undefined) return diffJson(null, after); // a function or a symbol: not a field's value
    // What JSON writes as null is no change from a create's nothing (diffSnapshots: sameValue).
    if (text === 'null') continue;
    entries.push(`${prefix}${text}}`);
  }
  return entries.length === 0 ? null : `{${entries.join(',')}}`;
}

/** The changes between two snapshots as JSON text, null when nothing changed. */
export function diffJson(before: Snapshot | null, after: Snapshot | null): string | null {
  const diff = diffSnapshots(before, after);
  for (const _ in diff) return JSON.stringify(diff);
  return null;
}
