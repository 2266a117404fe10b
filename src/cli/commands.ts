import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { assembleSlices } from '../app/slices.js';
import { recordAudit } from '../audit/store.js';
import { hashPassword, passwordProblem } from '../auth/domain/passwords.js';
import { type Actor, ROLES } from '../auth/domain/permissions.js';
import { findUserByEmail, insertUser } from '../auth/store.js';
import type { DatabaseHandle } from '../db/database.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Role } from '../db/schema.js';
import { createDemoDsp, describeDemoLogins } from '../demo/generate.js';
import { diskStorage } from '../files/storage.js';
import { importKinds } from '../imports/kinds.js';
import { type ImportResult, runImport } from '../imports/run-import.js';
import { insertMembership } from '../tenancy/member-store.js';
import { addStaff } from '../tenancy/staff.js';
import { findOrgBySlug, findStationByCode, insertOrg } from '../tenancy/store.js';
import { UsageError } from './context.js';

/** The CLI acts as the org's system user: full rights, recorded as "Command line" in the audit trail. */
async function cliActor(handle: DatabaseHandle, slug: string): Promise<Actor> {
  const org = await findOrgBySlug(handle.db, slug);
  if (!org) throw new UsageError(`No org with slug "${slug}".`);
  return { orgId: org.id, userId: null, role: 'owner', stationIds: null, label: 'Command line' };
}

export async function migrateCommand(handle: DatabaseHandle): Promise<void> {
  const applied = await migrateToLatest(handle);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
}

export async function demoCommand(
  handle: DatabaseHandle,
  opts: { seed: number; scale: number; dataDir: string },
): Promise<void> {
  const storage = diskStorage(opts.dataDir);
  console.log(
    describeDemoLogins(await createDemoDsp(handle.db, { seed: opts.seed, scale: opts.scale, storage })),
  );
}

export async function orgCreateCommand(
  handle: DatabaseHandle,
  o: { name: string; slug: string; ownerEmail: string; ownerPassword: string },
): Promise<void> {
  if (!/^[a-z0-9][a-z0-9-]{1,40}$/.test(o.slug))
    throw new UsageError('--slug: lower-case letters, digits and dashes.');
  const problem = passwordProblem(o.ownerPassword);
  if (problem) throw new UsageError(`--owner-password: ${problem}`);
  if (await findOrgBySlug(handle.db, o.slug))
    throw new UsageError(`An org with slug "${o.slug}" already exists.`);
  const passwordHash = await hashPassword(o.ownerPassword);
  await handle.db.transaction().execute(async (trx) => {
    const org = await insertOrg(trx, { name: o.name, slug: o.slug });
    const actor: Actor = {
      orgId: org.id,
      userId: null,
      role: 'owner',
      stationIds: null,
      label: 'Command line',
    };
    await recordAudit(trx, actor, { entity: 'org', entityId: org.id, before: null, after: org });
    const existing = await findUserByEmail(trx, o.ownerEmail);
    const userId =
      existing?.id ??
      (
        await insertUser(trx, {
          email: o.ownerEmail,
          name: o.ownerEmail.split('@')[0] ?? 'Owner',
          passwordHash,
          mustChangePassword: false,
        })
      ).id;
    await insertMembership(trx, { org_id: org.id, user_id: userId, role: 'owner', station_ids: null });
    await recordAudit(trx, actor, {
      entity: 'member',
      entityId: userId,
      before: null,
      after: { email: o.ownerEmail, role: 'owner' },
    });
  });
  console.log(`Created org "${o.name}" (${o.slug}); ${o.ownerEmail} is its owner.`);
}

export async function userCreateCommand(
  handle: DatabaseHandle,
  o: { org: string; email: string; name: string; role: string; password?: string; stations?: string },
): Promise<void> {
  if (!(ROLES as readonly string[]).includes(o.role))
    throw new UsageError(`--role: one of ${ROLES.join(', ')}.`);
  if (o.password) {
    const problem = passwordProblem(o.password);
    if (problem) throw new UsageError(`--password: ${problem}`);
  }
  const actor = await cliActor(handle, o.org);
  let stationIds: string[] | null = null;
  if (o.stations) {
    stationIds = [];
    for (const code of o.stations.split(',').map((c) => c.trim().toUpperCase())) {
      const station = await findStationByCode(handle.db, actor.orgId, code);
      if (!station) throw new UsageError(`--stations: no station ${code} in ${o.org}.`);
      stationIds.push(station.id);
    }
  }
  const { member, oneTimePassword } = await addStaff(handle.db, actor, {
    email: o.email,
    name: o.name,
    role: o.role as Role,
    stationIds,
    password: o.password,
  });
  console.log(`Added ${member.email} as ${member.role}.`);
  if (oneTimePassword)
    console.log(`One-time password (must be changed at first sign-in): ${oneTimePassword}`);
}

export async function importCommand(
  handle: DatabaseHandle,
  o: { kind: string; file: string; org: string; station?: string; date?: string; dryRun: boolean },
): Promise<ImportResult> {
  assembleSlices();
  const kind = importKinds.get(o.kind);
  if (!kind) throw new UsageError(`Unknown kind "${o.kind}". Kinds: ${[...importKinds.keys()].join(', ')}.`);
  if (!fs.existsSync(o.file)) throw new UsageError(`No such file: ${o.file}`);
  const actor = await cliActor(handle, o.org);
  let stationId: string | null = null;
  if (o.station) {
    const station = await findStationByCode(handle.db, actor.orgId, o.station.toUpperCase());
    if (!station) throw new UsageError(`--station: no station ${o.station} in ${o.org}.`);
    stationId = station.id;
  }
  if (kind.needsStation && !stationId) throw new UsageError(`A ${kind.label} file needs --station CODE.`);
  if (kind.needsDate && !o.date) throw new UsageError(`A ${kind.label} file needs --date YYYY-MM-DD.`);
  const sha256 = createHash('sha256');
  for await (const chunk of fs.createReadStream(o.file)) sha256.update(chunk as Buffer);
  return runImport(handle.db, {
    kind,
    file: o.file,
    fileName: path.basename(o.file),
    sha256: sha256.digest('hex'),
    actor,
    stationId,
    businessDate: o.date ?? null,
    dryRun: o.dryRun,
  });
}
