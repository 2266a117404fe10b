import { forbidden } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { findDriverOfUser, updateDriver } from './store.js';

/** The signed-in DA's own record, for their phone pages; a login without one is refused. */
export async function ownDriver(db: Db, actor: Actor) {
  const own = actor.userId ? await findDriverOfUser(db, actor.orgId, actor.userId) : undefined;
  if (!own) throw forbidden({ code: 'problem.noDaRecord' });
  return own;
}

/** The DA chooses the language of their phone pages and messages: their own record only, audited. */
export async function setMyLanguage(db: Db, actor: Actor, language: 'en' | 'es') {
  return db.transaction().execute(async (trx) => {
    const before = await ownDriver(trx, actor);
    await updateDriver(trx, actor.orgId, before.id, { language });
    const after = await ownDriver(trx, actor);
    await recordAudit(trx, actor, { entity: 'driver', entityId: before.id, before, after });
    return after;
  });
}
