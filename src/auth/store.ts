import type { Db } from '../db/database.js';
import type { ApiTokensTable, SessionsTable, UsersTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export const findUserByEmail = (db: Db, email: string) =>
  db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();

export const findUserById = (db: Db, id: string) =>
  db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertUser(
  db: Db,
  v: { email: string; name: string; passwordHash: string; mustChangePassword: boolean },
): Promise<UsersTable> {
  const at = nowIso();
  const row: UsersTable = {
    id: newId(),
    email: normalizeEmail(v.email),
    name: v.name,
    password_hash: v.passwordHash,
    must_change_password: v.mustChangePassword ? 1 : 0,
    totp_secret: null,
    totp_pending_secret: null,
    totp_last_step: null,
    created_at: at,
    updated_at: at,
  };
  await db.insertInto('users').values(row).execute();
  return row;
}

export async function updateUser(
  db: Db,
  userId: string,
  patch: Partial<Omit<UsersTable, 'id' | 'email' | 'created_at' | 'updated_at'>>,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...patch, updated_at: nowIso() })
    .where('id', '=', userId)
    .execute();
}

// --- sessions -------------------------------------------------------------

export async function insertSession(
  db: Db,
  v: Pick<
    SessionsTable,
    'token_hash' | 'user_id' | 'org_id' | 'csrf_token' | 'totp_pending' | 'ip' | 'user_agent' | 'expires_at'
  >,
): Promise<SessionsTable> {
  const at = nowIso();
  const row: SessionsTable = { id: newId(), ...v, created_at: at, last_seen_at: at };
  await db.insertInto('sessions').values(row).execute();
  return row;
}

export const findSessionByTokenHash = (db: Db, tokenHash: string) =>
  db
    .selectFrom('sessions')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('expires_at', '>', nowIso())
    .executeTakeFirst();

export async function updateSession(
  db: Db,
  sessionId: string,
  patch: Partial<Pick<SessionsTable, 'org_id' | 'totp_pending' | 'last_seen_at' | 'expires_at'>>,
): Promise<void> {
  await db.updateTable('sessions').set(patch).where('id', '=', sessionId).execute();
}

export const listSessionsOfUser = (db: Db, userId: string) =>
  db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'ip', 'user_agent'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', nowIso())
    .orderBy('last_seen_at', 'desc')
    .execute();

export async function deleteSession(db: Db, userId: string, sessionId: string): Promise<boolean> {
  const r = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function deleteOtherSessions(
  db: Db,
  userId: string,
  keepSessionId: string | null,
): Promise<void> {
  let q = db.deleteFrom('sessions').where('user_id', '=', userId);
  if (keepSessionId) q = q.where('id', '!=', keepSessionId);
  await q.execute();
}

/** Signs a person out of one org only (their access there changed); other orgs' sessions stay. */
export async function deleteSessionsInOrg(db: Db, userId: string, orgId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('org_id', '=', orgId).execute();
}

/** Old rows are pruned as people sign in, so neither table grows without bound. */
export async function pruneStaleAuthRows(db: Db, failuresBefore: string): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', nowIso()).execute();
  await db.deleteFrom('login_failures').where('at', '<', failuresBefore).execute();
}

// --- login throttling -------------------------------------------------------

export async function recordLoginFailure(db: Db, email: string, ip: string): Promise<void> {
  await db
    .insertInto('login_failures')
    .values({ id: newId(), email: normalizeEmail(email), ip, at: nowIso() })
    .execute();
}

export async function countLoginFailures(
  db: Db,
  by: { email?: string; ip?: string },
  since: string,
): Promise<number> {
  let q = db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('at', '>', since);
  if (by.email !== undefined) q = q.where('email', '=', normalizeEmail(by.email));
  if (by.ip !== undefined) q = q.where('ip', '=', by.ip);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export async function clearLoginFailures(db: Db, email: string): Promise<void> {
  await db.deleteFrom('login_failures').where('email', '=', normalizeEmail(email)).execute();
}

// --- API tokens --------------------------------------------------------------

export async function insertApiToken(
  db: Db,
  v: Pick<ApiTokensTable, 'org_id' | 'name' | 'token_hash' | 'role' | 'created_by'>,
): Promise<ApiTokensTable> {
  const row: ApiTokensTable = {
    id: newId(),
    ...v,
    created_at: nowIso(),
    last_used_at: null,
    revoked_at: null,
  };
  await db.insertInto('api_tokens').values(row).execute();
  return row;
}

export const findLiveTokenByHash = (db: Db, tokenHash: string) =>
  db
    .selectFrom('api_tokens')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();

export const findApiToken = (db: Db, orgId: string, id: string) =>
  db.selectFrom('api_tokens').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();

export const listApiTokens = (db: Db, orgId: string) =>
  db.selectFrom('api_tokens').selectAll().where('org_id', '=', orgId).orderBy('id', 'desc').execute();

export async function updateApiToken(
  db: Db,
  orgId: string,
  id: string,
  patch: Partial<Pick<ApiTokensTable, 'last_used_at' | 'revoked_at'>>,
): Promise<void> {
  await db.updateTable('api_tokens').set(patch).where('org_id', '=', orgId).where('id', '=', id).execute();
}
