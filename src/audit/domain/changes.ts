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

/** Per field name, the start of its entry in a create's changes: `"name":{"before":null,"after":`. */
const createdPrefixes = new Map<string, string>();

/**
 * JSON.stringify(diffSnapshots(null, after)) (null when it has no field), written directly: a create's
 * changes are every field it has, so comparing and building an object of objects a field (tens of
 * thousands of records in an import) is skipped. The parts are joined once, into one flat string.
 */
export function createdChangesJson(after: Snapshot): string | null {
  const parts = ['{'];
  const record = after as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (SECRET_FIELDS.has(key) || key === 'updated_at') continue;
    const value = record[key];
    // What JSON writes as null is no change from a create's nothing (diffSnapshots: sameValue).
    if (value === null || value === undefined || (typeof value === 'number' && !Number.isFinite(value)))
      continue;
    const text = JSON.stringify(value);
    if (text === undefined) return diffJson(null, after); // a function or a symbol: not a field's value
    if (text === 'null') continue;
    let prefix = createdPrefixes.get(key);
    if (prefix === undefined) {
      prefix = `${JSON.stringify(key)}:{"before":null,"after":`;
      createdPrefixes.set(key, prefix);
    }
    parts.push(parts.length === 1 ? prefix : `,${prefix}`, text, '}');
  }
  if (parts.length === 1) return null;
  parts.push('}');
  return parts.join('');
}

/** The changes between two snapshots as JSON text, null when nothing changed. */
export function diffJson(before: Snapshot | null, after: Snapshot | null): string | null {
  const diff = diffSnapshots(before, after);
  for (const _ in diff) return JSON.stringify(diff);
  return null;
}
