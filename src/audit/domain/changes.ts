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

/**
 * The fields that differ between two snapshots of an entity. A create has no before,
 * a delete no after; an update lists only what changed.
 */
export function diffSnapshots(before: Snapshot | null, after: Snapshot | null): Changes {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: Changes = {};
  for (const key of keys) {
    if (SECRET_FIELDS.has(key) || key === 'updated_at') continue;
    const b = (before as Record<string, unknown> | null)?.[key] ?? null;
    const a = (after as Record<string, unknown> | null)?.[key] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) changes[key] = { before: b, after: a };
  }
  return changes;
}
