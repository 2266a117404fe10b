import type { Db } from '../db/database.js';
import { preparedQuery } from '../db/prepared.js';
import type { Role } from '../db/schema.js';
import { unlessBusy } from '../db/sqlite-driver.js';
import { nowIso } from '../shared/ids.js';
import { parseStationIds } from '../tenancy/member-store.js';
import { nameInOrg } from '../tenancy/store.js';
import { type Actor, roleNeedsMfaWhenRequired } from './domain/permissions.js';
import { hashSecret } from './domain/secrets.js';
import { findLiveTokenByHash, updateApiToken, updateSession } from './store.js';

export const SESSION_COOKIE = 'sh_session';
export const TOKEN_PREFIX = 'sh_';

export interface SessionAuth {
  kind: 'session';
  sessionId: string;
  userId: string;
  csrfToken: string;
  totpPending: boolean;
  /** The org picked for this session, with the user's role there; null before any membership. */
  actor: Actor | null;
  mfaSetupRequired: boolean;
  /** Signed in with a one-time password: nothing but the account routes until it is changed. */
  mustChangePassword: boolean;
}

export interface TokenAuth {
  kind: 'token';
  tokenId: string;
  actor: Actor;
}

export type Auth = SessionAuth | TokenAuth;

/** Refreshing last-seen on every request would turn each read into a write. */
const TOUCH_EVERY_MS = 60_000;

export const authenticateSession = (db: Db, token: string, sessionDays: number) =>
  loadSession(db, { tokenHash: hashSecret(token) }, sessionDays);

/** One query resolves the session, its user and their membership in the session's org. */
const sessionQuery = (key: 'sessions.token_hash' | 'sessions.id') =>
  preparedQuery((db, value: string, now: string) =>
    db
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .leftJoin('memberships', (j) =>
        j
          .onRef('memberships.user_id', '=', 'sessions.user_id')
          .onRef('memberships.org_id', '=', 'sessions.org_id')
          .on('memberships.status', '=', 'active'),
      )
      .leftJoin('orgs', 'orgs.id', 'sessions.org_id')
      .select([
        'sessions.id as session_id',
        'sessions.org_id',
        'sessions.csrf_token',
        'sessions.totp_pending',
        'sessions.last_seen_at',
        'users.id as user_id',
        'users.email',
        'users.totp_secret',
        'users.must_change_password',
        'memberships.role',
        'memberships.station_ids',
        'orgs.require_mfa',
      ])
      .select((eb) => nameInOrg(eb).as('name'))
      .where(key, '=', value)
      .where('sessions.expires_at', '>', now),
  );
const sessionByTokenHash = sessionQuery('sessions.token_hash');
const sessionById = sessionQuery('sessions.id');

export async function loadSession(
  db: Db,
  by: { tokenHash: string } | { sessionId: string },
  sessionDays: number,
): Promise<SessionAuth | null> {
  const [row] =
    'tokenHash' in by
      ? await sessionByTokenHash(db, by.tokenHash, nowIso())
      : await sessionById(db, by.sessionId, nowIso());
  if (!row) return null;

  const now = Date.now();
  if (now - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    // Skipped while an import saves on the embedded database: the next request touches it instead.
    await unlessBusy(() =>
      updateSession(db, row.session_id, {
        last_seen_at: new Date(now).toISOString(),
        expires_at: new Date(now + sessionDays * 86_400_000).toISOString(),
      }),
    );
  }

  const role = row.role as Role | null;
  const actor: Actor | null =
    row.org_id && role
      ? {
          orgId: row.org_id,
          userId: row.user_id,
          role,
          // Owners answer for the whole org; a station list on an owner would mean nothing.
          stationIds: role === 'owner' ? null : parseStationIds(row.station_ids),
          label: `${row.name} <${row.email}>`,
        }
      : null;
  return {
    kind: 'session',
    sessionId: row.session_id,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    totpPending: row.totp_pending === 1,
    actor,
    mustChangePassword: row.must_change_password === 1,
    mfaSetupRequired: Boolean(
      actor && row.require_mfa === 1 && roleNeedsMfaWhenRequired(actor.role) && !row.totp_secret,
    ),
  };
}

export async function authenticateToken(db: Db, secret: string): Promise<TokenAuth | null> {
  if (!secret.startsWith(TOKEN_PREFIX)) return null;
  const token = await findLiveTokenByHash(db, hashSecret(secret));
  if (!token) return null;
  const now = Date.now();
  if (!token.last_used_at || now - Date.parse(token.last_used_at) > TOUCH_EVERY_MS) {
    await unlessBusy(() =>
      updateApiToken(db, token.org_id, token.id, { last_used_at: new Date(now).toISOString() }),
    );
  }
  return {
    kind: 'token',
    tokenId: token.id,
    actor: {
      orgId: token.org_id,
      userId: null,
      role: token.role,
      stationIds: null,
      label: `API token “${token.name}”`,
    },
  };
}
