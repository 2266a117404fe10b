/** Long enough to spare the lookup under load, short enough for a session's expiry and last-seen to hold. */
export const REMEMBER_MS = 5_000;

interface Remembered<T> {
  value: T;
  version: string;
  until: number;
}

/**
 * Wraps a lookup by secret (a session cookie, an API token) so that its answer is reused while the
 * database is unchanged (`version`, the data version read before the lookup: src/db/data-version.ts;
 * any write by any process, a sign-out or a disabled user among them, ends the reuse at once) and
 * for at most `ms` (time alone can end a session). Per process and bounded; a secret that finds
 * nothing is looked up every time.
 */
export function rememberWhileUnchanged<T>(
  lookup: (secret: string) => Promise<T | null>,
  { ms = REMEMBER_MS, max = 10_000 } = {},
): (secret: string, version: string) => Promise<T | null> {
  const kept = new Map<string, Remembered<T>>();
  return async (secret, version) => {
    const now = Date.now();
    const known = kept.get(secret);
    if (known && known.version === version && now < known.until) return known.value;
    const value = await lookup(secret);
    kept.delete(secret);
    if (value === null) return null;
    if (kept.size >= max) kept.delete(kept.keys().next().value as string);
    kept.set(secret, { value, version, until: now + ms });
    return value;
  };
}
