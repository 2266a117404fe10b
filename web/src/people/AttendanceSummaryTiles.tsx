import { StatusBadge } from '../app/ui/status.js';
import { ATTENDANCE_LABELS, formatPoints } from './record-labels.js';
import { ATTENDANCE_KINDS, type AttendanceSummary } from './records-api.js';

/** A DA's attendance at a glance: counts and points over the last 30 days and the policy window. */
export function SummaryTiles({ summary }: { summary: AttendanceSummary }) {
  const count = (w: AttendanceSummary['last30']) =>
    ATTENDANCE_KINDS.filter((k) => w.counts[k] > 0)
      .map((k) => `${w.counts[k]} ${ATTENDANCE_LABELS[k].toLowerCase()}`)
      .join(', ') || 'Nothing logged';
  const { policyWindow: w } = summary;
  return (
    <div className="summary-tiles" data-testid="attendance-summary">
      <div>
        <span className="muted">Last 30 days</span>
        <strong>{formatPoints(summary.last30.points)} pts</strong>
        <span className="cell-sub">{count(summary.last30)}</span>
      </div>
      <div>
        <span className="muted">Last 90 days</span>
        <strong>{formatPoints(summary.last90.points)} pts</strong>
        <span className="cell-sub">{count(summary.last90)}</span>
      </div>
      <div className={summary.flagged ? 'flagged' : undefined}>
        <span className="muted">Policy: {w.days} days</span>
        <strong>
          {formatPoints(w.points)} / {formatPoints(summary.flagPoints)}
        </strong>
        <span className="cell-sub">
          {summary.flagged ? <StatusBadge tone="bad">Flagged</StatusBadge> : 'Under the flag'}
        </span>
      </div>
    </div>
  );
}
