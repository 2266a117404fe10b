import { formatShort } from '../app/format.js';
import { type Column, DataTable } from '../app/table.js';
import { formatMetric, formatScore, METRIC_LABELS } from '../performance/labels.js';
import { TierBadge } from '../performance/TierBadge.js';
import type { Cause, EventEvidence } from './api.js';

/** A video opens beside the app: a manager checks it and comes back to the item. */
export function VideoLink({ href, label, subject }: { href: string; label: string; subject: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {label}
      <span className="sr-only"> {subject} (opens in a new tab)</span>
    </a>
  );
}

const eventColumns: Column<EventEvidence>[] = [
  { header: 'When', cell: (e) => formatShort(e.occurredAt) },
  { header: 'Event', cell: (e) => [e.type, e.subtype].filter(Boolean).join(' · ') },
  { header: 'Severity', cell: (e) => e.severity ?? '—' },
  { header: 'Review', cell: (e) => e.status },
  {
    header: 'Video',
    cell: (e) =>
      e.videoLink ? (
        <VideoLink href={e.videoLink} label="Video" subject={`of ${e.type}, ${formatShort(e.occurredAt)}`} />
      ) : (
        <span className="muted">None</span>
      ),
  },
];

/** Why the item was opened, with its evidence as it stood then. */
export function CauseDetails({ cause }: { cause: Cause }) {
  switch (cause.type) {
    case 'events':
      return (
        <DataTable caption="Safety events behind this item" rows={cause.events} columns={eventColumns} />
      );
    case 'metric':
      return (
        <dl className="details">
          <dt>{METRIC_LABELS.en[cause.metric]}</dt>
          <dd>
            <strong>{formatMetric(cause.metric, cause.value)}</strong> in the week
          </dd>
          <dt>Threshold</dt>
          <dd>{formatMetric(cause.metric, cause.threshold)}</dd>
        </dl>
      );
    case 'tier_drop':
      return (
        <p>
          Weekly standing went from <TierBadge tier={cause.from} /> to <TierBadge tier={cause.to} />
          {cause.score === null ? '' : ` (score ${formatScore(cause.score)})`}.
        </p>
      );
    case 'fantastic':
      return (
        <p>
          A <TierBadge tier={cause.standing} /> week
          {cause.score === null ? '' : ` (score ${formatScore(cause.score)})`}.
        </p>
      );
  }
}
