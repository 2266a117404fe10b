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

/** `"key":{"before":` for each key met, written once. */
const openings = new Map<string, string>();
const openingOf = (key: string) => {
  let opening = openings.get(key);
  if (opening === undefined) {
    opening = `${JSON.stringify(key)}:{"before":`;
    openings.set(key, opening);
  }
  return opening;
};

/**
 * `JSON.stringify(diffSnapshots(before, after))`, or null when nothing differs, written as text
 * directly: an import audits tens of thousands of rows, and the diff's object of objects (one a field)
 * cost more to build and write than the text itself.
 */
export function changesJson(before: Snapshot | null, after: Snapshot | null): string | null {
  const b = before as Record<string, unknown> | null;
  const a = after as Record<string, unknown> | null;
  let out = '';
  const visit = (key: string) => {
    if (SECRET_FIELDS.has(key) || key === 'updated_at') return;
    const was = b?.[key] ?? null;
    const is = a?.[key] ?? null;
    if (sameValue(is, was)) return;
    out += `${out === '' ? '{' : ','}${openingOf(key)}${JSON.stringify(was)},"after":${JSON.stringify(is)}}`;
  };
  for (const key of Object.keys(b ?? a ?? {})) visit(key);
  if (b && a) for (const key of Object.keys(a)) if (!Object.hasOwn(b, key)) visit(key);
  return out === '' ? null : `${out}}`;
}
