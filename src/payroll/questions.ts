import { badRequest, conflict, fieldProblem, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { PayrollExceptionsTable } from '../db/schema.js';
import { ownDriver } from '../people/own-driver.js';
import { localDate } from '../shared/dates.js';
import { newId, nowIso } from '../shared/ids.js';
import { findStation } from '../tenancy/store.js';
import { DA_QUESTION } from './domain/exceptions.js';
import { countingPunches } from './domain/punches.js';
import { findDriverDayException } from './me-store.js';
import { insertException, listDriverPunches, updateException } from './store.js';

export interface AskedWords {
  text: string;
  askedAt: string;
}

/** The DA's words kept in a question's evidence, oldest first. */
export const questionWords = (e: PayrollExceptionsTable): AskedWords[] =>
  (JSON.parse(e.evidence) as { questions?: AskedWords[] }).questions ?? [];

/** A question as the DA reads it: their words and the manager's resolution. */
export const questionView = (e: PayrollExceptionsTable) => ({
  id: e.id,
  workday: e.workday,
  words: questionWords(e),
  status: e.status,
  resolution: e.resolution,
  reason: e.resolution_reason,
  resolvedAt: e.resolved_at,
});

const messageOf = (words: readonly AskedWords[]) =>
  `The DA asks: ${words.map((w) => `“${w.text}”`).join(' ')}`;

/**
 * A DA questions one of their workdays in their own words ("my route closed at 19:05 and I was clocked
 * out at 18:30"): it lands in the exceptions queue of their station's day, one question a day. Asked
 * again while open, the words are added to it; once a manager has resolved it, a new question is
 * refused with words saying so (the resolution stays as the manager gave it).
 */
export async function askAboutDay(db: Db, actor: Actor, input: { workday: string; text: string }) {
  const da = await ownDriver(db, actor);
  const station = await findStation(db, actor.orgId, da.home_station_id);
  if (!station) throw notFound('Station');
  if (input.workday > localDate(station.time_zone)) {
    const said = { code: 'question.future' } as const;
    throw badRequest(said, [fieldProblem('workday', said)]);
  }
  const key = { stationId: station.id, driverId: da.id, workday: input.workday, kind: DA_QUESTION };
  const old = await findDriverDayException(db, actor.orgId, key);
  if (old?.status === 'resolved') throw conflict({ code: 'question.answered' }, 'workday');
  const now = nowIso();
  const words = [...(old ? questionWords(old) : []), { text: input.text, askedAt: now }];
  const punches = countingPunches(
    await listDriverPunches(db, actor.orgId, da.id, input.workday, input.workday),
  ).map((p) => ({ kind: p.kind, at: p.at }));
  const evidence = JSON.stringify({ messages: [messageOf(words)], questions: words, punches });
  const row: PayrollExceptionsTable = old
    ? { ...old, message: messageOf(words), evidence, updated_at: now }
    : {
        org_id: actor.orgId,
        id: newId(),
        station_id: station.id,
        driver_id: da.id,
        workday: input.workday,
        kind: DA_QUESTION,
        message: messageOf(words),
        evidence,
        status: 'open',
        resolution: null,
        resolution_reason: null,
        correction_id: null,
        resolved_by: null,
        resolved_at: null,
        created_at: now,
        updated_at: now,
      };
  await db.transaction().execute(async (trx) => {
    if (old)
      await updateException(trx, actor.orgId, old.id, { message: row.message, evidence, updated_at: now });
    else await insertException(trx, row);
    await recordAudit(trx, actor, {
      entity: 'payroll_exception',
      entityId: row.id,
      before: old ?? null,
      after: row,
    });
  });
  return { question: row, created: !old };
}
