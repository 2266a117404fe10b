import type { Db } from '../db/database.js';
import { nowIso } from '../shared/ids.js';
import { deleteExpiredInvitations } from '../tenancy/invitation-store.js';
import { orgsOfUser } from '../tenancy/member-store.js';
import { verifyPassword } from './domain/passwords.js';
import { hashSecret, newSecret } from './domain/secrets.js';
import { matchTotp } from './domain/totp.js';
import {
  clearLoginFailures,
  countLoginFailures,
  findUserByEmail,
  findUserById,
  insertSession,
  pruneStaleAuthRows,
  recordLoginFailure,
  updateSession,
  updateUser,
} from './store.js';

/** Throttling lives in the database so every instance sees the same count. */
export const LOGIN_LIMITS = { windowMinutes: 15, perEmail: 10, perIp: 50 };

/** A dummy hash so an unknown email costs the same time as a wrong password. */
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$EvqUCQLkmjsv81UIet4xRw$Kupg9T6PDh2JRLVJxsvHtPyhmFcB9SE0suobOvcvXv0';

export type SignInResult =
  | { status: 'throttled' }
  | { status: 'refused' }
  | { status: 'signed-in' | 'totp-required'; token: string; csrfToken: string };

export async function signIn(
  db: Db,
  input: { email: string; password: string; ip: string; userAgent: string | null; sessionDays: number },
): Promise<SignInResult> {
  const since = new Date(Date.now() - LOGIN_LIMITS.windowMinutes * 60_000).toISOString();
  const [byEmail, byIp] = await Promise.all([
    countLoginFailures(db, { email: input.email }, since),
    countLoginFailures(db, { ip: input.ip }, since),
  ]);
  if (byEmail >= LOGIN_LIMITS.perEmail || byIp >= LOGIN_LIMITS.perIp) return { status: 'throttled' };

  const user = await findUserByEmail(db, input.email);
  const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, input.password);
  if (!user || !ok) {
    await recordLoginFailure(db, input.email, input.ip);
    return { status: 'refused' };
  }
  await clearLoginFailures(db, input.email);
  await pruneStaleAuthRows(db, since);
  await deleteExpiredInvitations(db);

  const orgs = await orgsOfUser(db, user.id);
  const token = newSecret();
  const csrfToken = newSecret();
  const totpPending = user.totp_secret !== null;
  await insertSession(db, {
    token_hash: hashSecret(token),
    user_id: user.id,
    org_id: orgs[0]?.id ?? null,
    csrf_token: csrfToken,
    totp_pending: totpPending ? 1 : 0,
    ip: input.ip,
    user_agent: input.userAgent?.slice(0, 300) ?? null,
    expires_at: new Date(Date.now() + input.sessionDays * 86_400_000).toISOString(),
  });
  return { status: totpPending ? 'totp-required' : 'signed-in', token, csrfToken };
}

/**
 * The second sign-in step; a code is good once (its time step is remembered), and wrong codes
 * count against the same throttle as wrong passwords, so six digits cannot be guessed.
 */
export async function completeTotp(
  db: Db,
  input: { sessionId: string; userId: string; code: string; ip: string },
): Promise<'signed-in' | 'refused' | 'throttled'> {
  const user = await findUserById(db, input.userId);
  if (!user?.totp_secret) return 'refused';
  const since = new Date(Date.now() - LOGIN_LIMITS.windowMinutes * 60_000).toISOString();
  if ((await countLoginFailures(db, { email: user.email }, since)) >= LOGIN_LIMITS.perEmail)
    return 'throttled';
  const step = matchTotp(user.totp_secret, input.code, user.totp_last_step);
  if (step === null) {
    await recordLoginFailure(db, user.email, input.ip);
    return 'refused';
  }
  await updateUser(db, user.id, { totp_last_step: step });
  await updateSession(db, input.sessionId, { totp_pending: 0, last_seen_at: nowIso() });
  return 'signed-in';
}
