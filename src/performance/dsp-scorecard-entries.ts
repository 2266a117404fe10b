import { badRequest, conflict } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import { nowIso } from '../shared/ids.js';
import { type Entries, withEntries } from './domain/scorecard-entries.js';
import type { FieldKey, FieldValue } from './domain/scorecard-fields.js';
import type { ScorecardReading } from './domain/scorecard-reading.js';
import { weekLabel } from './domain/weeks.js';
import { auditedScorecard, scorecardColumns } from './dsp-scorecard-columns.js';
import { findScorecardOfWeek, updateScorecard } from './dsp-scorecard-store.js';
import { visibleScorecard } from './dsp-scorecard-view.js';

export type EntryChanges = Partial<Record<FieldKey, FieldValue | null>>;

/**
 * Saves the manager's entries on a scorecard (who and when with each), for fields the PDF did not give
 * or gave wrongly. The week is the scorecard's key: it is entered only when the PDF did not give it, and
 * only for a week the station has no scorecard for yet.
 */
export async function saveScorecardEntries(db: Db, actor: Actor, id: string, changes: EntryChanges) {
  const row = await visibleScorecard(db, actor, id);
  const reading = JSON.parse(row.reading) as ScorecardReading;
  const week = reading.fields.week;
  if (changes.week !== undefined && week.read)
    throw badRequest(`The week was read from the PDF (“${week.text}”, ${week.where}).`, [
      { path: 'entries.week', message: 'Upload the right week’s PDF instead.' },
    ]);
  const entries = withEntries(JSON.parse(row.entries) as Entries, changes, {
    by: actor.userId,
    byLabel: actor.label,
    at: nowIso(),
  });
  const columns = scorecardColumns(reading, entries);
  if (columns.week_start && columns.week_start !== row.week_start) {
    const taken = await findScorecardOfWeek(db, actor.orgId, row.station_id, columns.week_start);
    if (taken)
      throw conflict(
        `The station has a scorecard for ${weekLabel(columns.week_start)} already.`,
        'entries.week',
      );
  }
  await db.transaction().execute(async (trx) => {
    await updateScorecard(trx, actor.orgId, row.id, { ...columns, updated_at: nowIso() });
    await recordAudit(trx, actor, {
      entity: 'dsp_scorecard',
      entityId: row.id,
      before: auditedScorecard(row),
      after: auditedScorecard({ ...row, ...columns }),
    });
  });
}
