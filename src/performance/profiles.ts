import { badRequest } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { nowIso } from '../shared/ids.js';
import {
  DEFAULT_PROFILE,
  type ProfileVersion,
  profileInForce,
  type ScoringProfile,
} from './domain/profile.js';
import { isSunday } from './domain/weeks.js';
import { findProfile, listProfiles, saveProfile } from './profile-store.js';

/**
 * A stored version, completed from the default for what it predates (a metric added to the catalogue
 * since it was saved scores as the default says).
 */
function completed(saved: ScoringProfile): ScoringProfile {
  return {
    ...DEFAULT_PROFILE,
    ...saved,
    metrics: { ...DEFAULT_PROFILE.metrics, ...saved.metrics },
  };
}

export interface SavedVersion extends ProfileVersion {
  effectiveWeek: string;
  createdAt: string;
  createdBy: string | null;
}

export async function profileVersions(db: Db, orgId: string): Promise<SavedVersion[]> {
  return (await listProfiles(db, orgId)).map((r) => ({
    effectiveWeek: r.effective_week,
    profile: completed(JSON.parse(r.profile) as ScoringProfile),
    createdAt: r.created_at,
    createdBy: r.created_by_name,
  }));
}

/** The profile in force for any week, from the org's versions loaded once. */
export async function profileResolver(db: Db, orgId: string): Promise<(week: string) => ProfileVersion> {
  const versions = await profileVersions(db, orgId);
  return (week) => profileInForce(versions, week);
}

/**
 * Saves the profile in force from `effectiveWeek` on (a Sunday; a second save for that week replaces
 * it), with its audit row. Earlier weeks keep the version that was in force for them.
 */
export async function saveProfileVersion(
  db: Db,
  actor: Actor,
  effectiveWeek: string,
  profile: ScoringProfile,
): Promise<SavedVersion> {
  if (!isSunday(effectiveWeek)) {
    throw badRequest('A profile takes effect with a week, on its Sunday.', [
      { path: 'effectiveWeek', message: 'Pick the Sunday the week starts on.' },
    ]);
  }
  return db.transaction().execute(async (trx) => {
    const before = await findProfile(trx, actor.orgId, effectiveWeek);
    const row = {
      org_id: actor.orgId,
      effective_week: effectiveWeek,
      profile: JSON.stringify(profile),
      created_by: actor.userId ?? actor.label,
      created_at: nowIso(),
    };
    await saveProfile(trx, row);
    await recordAudit(trx, actor, {
      entity: 'scoring_profile',
      entityId: effectiveWeek,
      before: before ? { profile: before.profile } : null,
      after: { profile: row.profile },
    });
    return { effectiveWeek, profile, createdAt: row.created_at, createdBy: actor.label };
  });
}
