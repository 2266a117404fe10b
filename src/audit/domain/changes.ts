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
