import { badRequest, conflict, fieldProblem } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { DamageRecordsTable, FilePurpose } from '../db/schema.js';
import { requireFiles } from '../files/files.js';
import { groundVan } from '../fleet/ground-van.js';
import { recordOdometer } from '../fleet/odometer.js';
import { findVan, type Van } from '../fleet/store.js';
import { localDate } from '../shared/dates.js';
import { nowIso } from '../shared/ids.js';
import { findStation } from '../tenancy/store.js';
import { raiseAlert } from './alerts.js';
import { detectNewDamage } from './detect-damage.js';
import {
  type AnsweredItem,
  answeredItems,
  answerProblems,
  type ItemAnswer,
  outcomeOf,
} from './domain/checklist.js';
import type { DamageMark, InspectionKind } from './domain/new-damage.js';
import { inspectionSeconds, isRushed, timingProblems } from './domain/timing.js';
import {
  BODY_SIDES,
  type BodyPhotos,
  findInspection,
  type Inspection,
  insertInspections,
  neighbourInspection,
} from './store.js';
import { templateInUse } from './templates.js';

/** What the phone sends: answers, photos already uploaded (by id), and its own clock's times. */
export interface InspectionInput {
  id: string;
  vanId: string;
  kind: InspectionKind;
  startedAt: string;
  submittedAt: string;
  odometerMiles: number;
  fuelPercent: number;
  items: ItemAnswer[];
  bodyPhotos: BodyPhotos;
  odometerPhotoId: string;
  videoId?: string | null | undefined;
  damageMarks: DamageMark[];
}

/** Who is inspecting: a DA (their own record), or a staff member. */
export interface Inspector {
  driverId: string | null;
  name: string;
  /** Stations whose vans they may inspect; null for every station of the org. */
  stationIds: string[] | null;
}

export interface Submitted {
  inspection: Inspection;
  /** False when this id was sent before: the inspection already on file is the answer. */
  created: boolean;
  newDamage: DamageRecordsTable[];
}

const KIND_WORDS: Record<InspectionKind, string> = { pre_trip: 'pre-trip', post_trip: 'post-trip' };

const unknownVan = () =>
  badRequest({ code: 'inspection.unknownVan' }, [fieldProblem('vanId', { code: 'inspection.unknownVan' })]);

async function inspectableVan(db: Db, orgId: string, inspector: Inspector, vanId: string): Promise<Van> {
  const van = await findVan(db, orgId, vanId);
  if (!van || (inspector.stationIds && !inspector.stationIds.includes(van.stationId))) throw unknownVan();
  if (van.status === 'returned') {
    throw badRequest({ code: 'inspection.vanLeft' }, [fieldProblem('vanId', { code: 'inspection.vanLeft' })]);
  }
  return van;
}

/** The same id again from the same inspector for the same van is a resend; anything else is a clash. */
function resendOf(
  existing: Inspection,
  actor: Actor,
  inspector: Inspector,
  input: InspectionInput,
): Inspection {
  const sameInspector = inspector.driverId
    ? existing.driverId === inspector.driverId
    : existing.inspectorUserId === actor.userId;
  if (!sameInspector || existing.vanId !== input.vanId) throw conflict({ code: 'inspection.idUsed' }, 'id');
  return existing;
}

/** Every attached file is the inspector's and of the right kind; each is named by its field when not. */
async function checkFiles(trx: Db, actor: Actor, input: InspectionInput): Promise<void> {
  const need = (ids: string[], field: string, purpose: FilePurpose) =>
    requireFiles(trx, actor, ids, field, [purpose]);
  for (const side of BODY_SIDES) await need([input.bodyPhotos[side]], `bodyPhotos.${side}`, 'photo');
  await need([input.odometerPhotoId], 'odometerPhotoId', 'photo');
  for (const [i, item] of input.items.entries()) await need(item.photoIds, `items.${i}.photoIds`, 'photo');
  for (const [i, mark] of input.damageMarks.entries())
    await need(mark.photoIds, `damageMarks.${i}.photoIds`, 'photo');
  if (input.videoId) await need([input.videoId], 'videoId', 'video');
}

function markProblems(marks: readonly DamageMark[]) {
  const seen = new Set<string>();
  return marks.flatMap((m, i) => {
    const twice = seen.has(m.panel);
    seen.add(m.panel);
    return twice
      ? [fieldProblem(`damageMarks.${i}.panel`, { code: 'inspection.markedTwice', args: { panel: m.panel } })]
      : [];
  });
}

const failedList = (items: readonly AnsweredItem[]) =>
  items.map((i) => (i.note ? `${i.label} (${i.note})` : i.label)).join(', ');

/**
 * Files a DVIC (issue 9). In one transaction: the checklist answered against the van type's template,
 * the photos checked, the odometer passed to the fleet, and — for a failed critical check on the van's
 * latest inspection — the van grounded and managers alerted. New damage since the van's previous
 * inspection is recorded and attributed (issue 10). Sending the same id again answers the inspection
 * already on file, so a phone that lost the answer can retry safely.
 */
export async function submitInspection(
  db: Db,
  actor: Actor,
  inspector: Inspector,
  input: InspectionInput,
): Promise<Submitted> {
  const existing = await findInspection(db, actor.orgId, input.id);
  if (existing)
    return { inspection: resendOf(existing, actor, inspector, input), created: false, newDamage: [] };
  const van = await inspectableVan(db, actor.orgId, inspector, input.vanId);
  const receivedAt = nowIso();
  const timing = timingProblems(input.startedAt, input.submittedAt, receivedAt);
  if (timing.length > 0) throw badRequest({ code: 'inspection.badTimes' }, timing);
  const zone = (await findStation(db, actor.orgId, van.stationId))?.time_zone ?? 'UTC';
  const durationSeconds = inspectionSeconds(input.startedAt, input.submittedAt) ?? 0;
  try {
    return await db.transaction().execute(async (trx) => {
      const template = await templateInUse(trx, actor, van.vanType);
      const problems = [...answerProblems(template, input.items), ...markProblems(input.damageMarks)];
      if (problems.length > 0) throw badRequest({ code: 'inspection.notComplete' }, problems);
      await checkFiles(trx, actor, input);
      const items = answeredItems(template, input.items);
      const outcome = outcomeOf(items);
      const around = {
        previous: await neighbourInspection(trx, actor.orgId, van.id, input.startedAt, 'before', input.id),
        next: await neighbourInspection(trx, actor.orgId, van.id, input.startedAt, 'after', input.id),
      };
      const inspection: Inspection = {
        id: input.id,
        vanId: van.id,
        stationId: van.stationId,
        vanType: van.vanType,
        kind: input.kind,
        businessDate: localDate(zone, new Date(input.startedAt)),
        driverId: inspector.driverId,
        inspectorUserId: actor.userId,
        inspectorName: inspector.name,
        startedAt: input.startedAt,
        submittedAt: input.submittedAt,
        receivedAt,
        durationSeconds,
        rushed: isRushed(durationSeconds, van.vanType),
        odometerMiles: input.odometerMiles,
        fuelPercent: input.fuelPercent,
        items,
        bodyPhotos: input.bodyPhotos,
        odometerPhotoId: input.odometerPhotoId,
        videoId: input.videoId ?? null,
        damageMarks: input.damageMarks.map((m) => ({ ...m, note: m.note?.trim() || null })),
        passed: outcome.passed,
        grounded: false,
      };
      const critical = outcome.criticalFailures;
      const what = `${inspector.name}’s ${KIND_WORDS[input.kind]} failed ${failedList(critical)}`;
      // Only the van's latest inspection speaks for its state now; an older one that waited offline does not.
      if (critical.length > 0 && !around.next) {
        inspection.grounded = await groundVan(trx, actor, {
          vanId: van.id,
          reason: `DVIC: ${what}.`,
          source: 'inspection',
        });
      }
      await insertInspections(trx, actor.orgId, [inspection]);
      await recordAudit(trx, actor, {
        entity: 'inspection',
        entityId: inspection.id,
        before: null,
        after: inspection,
      });
      await recordOdometer(trx, actor.orgId, van.id, input.odometerMiles, input.startedAt, actor);
      if (critical.length > 0) {
        const why = inspection.grounded
          ? ''
          : around.next
            ? ' It arrived late and the van has been inspected since, so it was not grounded: check the van.'
            : ` The van was already ${van.status.replace('_', ' ')}.`;
        await raiseAlert(trx, actor, {
          station_id: van.stationId,
          van_id: van.id,
          kind: inspection.grounded ? 'van_grounded' : 'critical_failure',
          message: inspection.grounded
            ? `Van ${van.fleetNumber} grounded: ${what}.`
            : `Van ${van.fleetNumber}: ${what}.${why}`,
          entity: 'inspection',
          entity_id: inspection.id,
        });
      }
      const newDamage = await detectNewDamage(trx, actor, van, inspection, around);
      return { inspection, created: true, newDamage };
    });
  } catch (error) {
    // Two sends of one inspection at once: the second finds the first's row once it is committed.
    const raced = await findInspection(db, actor.orgId, input.id);
    if (raced) return { inspection: resendOf(raced, actor, inspector, input), created: false, newDamage: [] };
    throw error;
  }
}
