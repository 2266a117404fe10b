import type { DspScorecardsTable } from '../db/schema.js';
import { type Entries, effective, statusOf } from './domain/scorecard-entries.js';
import type { ScorecardReading } from './domain/scorecard-reading.js';

/** The stored columns that follow from a reading and the entries kept with it. */
export function scorecardColumns(reading: ScorecardReading, entries: Entries) {
  const week = effective(reading, entries, 'week').value;
  const standing = effective(reading, entries, 'overallStanding').value;
  const score = effective(reading, entries, 'overallScore').value;
  return {
    week_start: typeof week === 'string' ? week : null,
    reading: JSON.stringify(reading),
    entries: JSON.stringify(entries),
    overall_standing: typeof standing === 'string' ? standing : null,
    overall_score: typeof score === 'number' ? score : null,
    status: statusOf(reading, entries),
  };
}

type Audited = Pick<
  DspScorecardsTable,
  'week_start' | 'file_name' | 'sha256' | 'overall_standing' | 'overall_score' | 'status' | 'entries'
>;

/** What the audit trail keeps of a scorecard: the file and the figures in effect, not the whole reading. */
export const auditedScorecard = (r: Audited): Audited => ({
  week_start: r.week_start,
  file_name: r.file_name,
  sha256: r.sha256,
  overall_standing: r.overall_standing,
  overall_score: r.overall_score,
  status: r.status,
  entries: r.entries,
});
