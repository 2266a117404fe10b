import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { refusal } from '../../../src/coaching/domain/steps.js';
import { useSession } from '../app/auth.js';
import { formatShort } from '../app/format.js';
import { type Column, DataTable } from '../app/table.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { MessageTable } from '../messaging/MessageTable.js';
import { coachingApi, coachingKeys, type ItemDetail } from './api.js';
import { CauseDetails } from './CauseDetails.js';
import { EffectChart } from './EffectChart.js';
import { HoldDialog, ResolveDialog, type ReviewAction, ReviewDialog } from './ItemActions.js';
import {
  ACTION_LABELS,
  directionLabel,
  formatMeasure,
  ordinal,
  STATUS_LABELS,
  STATUS_TONES,
  VERDICT_LABELS,
  VERDICT_TONES,
  weekLine,
} from './labels.js';
import { ReviewButtons } from './ReviewPanel.js';
import './coaching.css';
import '../performance/performance.css';

type Step = ItemDetail['steps'][number] & { id: string };

const stepColumns: Column<Step>[] = [
  { header: 'What', cell: (s) => s.what },
  { header: 'Note', cell: (s) => s.note ?? <span className="muted">—</span> },
  { header: 'Who', cell: (s) => s.by },
  { header: 'When', cell: (s) => formatShort(s.at) },
];

/** One coaching item: why, what the DA answered, what they were told, its steps, and did it work. */
export function ItemPage() {
  const { id = '' } = useParams();
  const { can } = useSession();
  const item = useQuery({ queryKey: coachingKeys.item(id), queryFn: () => coachingApi.item(id) });
  const [dialog, setDialog] = useState<'resolve' | 'hold' | ReviewAction | null>(null);
  const back = (
    <p>
      <Link to="/coaching" className="back-to">
        <span aria-hidden="true">←</span>Coaching
      </Link>
    </p>
  );
  const d = item.data;
  if (!d) {
    return (
      <div className="stack-lg">
        {back}
        <PageHeader title="Coaching item" />
        <QueryStatus query={item} />
      </div>
    );
  }
  const canWrite = can('coaching.write');
  const inReview = d.notify === 'review' && d.status === 'open';
  const mayResolve = canWrite && refusal(d, { kind: 'resolve', resolution: 'upheld' }) === null;
  const mayHold = canWrite && !inReview && refusal(d, { kind: 'hold' }) === null;
  return (
    <div className="stack-lg">
      {back}
      <PageHeader
        title={`${d.driverName}: ${d.ruleName}`}
        description={
          <span className="header-meta">
            <StatusBadge tone={STATUS_TONES[d.status]}>{STATUS_LABELS[d.status]}</StatusBadge>
            <span>
              {ordinal(d.step)} step · {ACTION_LABELS[d.action]}
            </span>
            <span>{weekLine(d.week)}</span>
            <Link to={`/drivers/${encodeURIComponent(d.driverId)}?tab=coaching`}>DA profile</Link>
          </span>
        }
        actions={
          canWrite && inReview ? (
            <ReviewButtons onAction={setDialog} />
          ) : mayResolve || mayHold ? (
            <>
              {mayResolve ? (
                <button type="button" className="button-primary" onClick={() => setDialog('resolve')}>
                  Resolve dispute
                </button>
              ) : null}
              {mayHold ? (
                <button type="button" className="button-secondary" onClick={() => setDialog('hold')}>
                  Mark held
                </button>
              ) : null}
            </>
          ) : null
        }
      />
      <div className="profile-grid">
        <section className="card stack" aria-labelledby="cause-title">
          <h2 id="cause-title">Why</h2>
          <p className="muted">{d.summary}</p>
          <CauseDetails cause={d.cause} />
        </section>
        <AnswerPanel item={d} />
      </div>
      <EffectPanel item={d} />
      <section className="stack" aria-labelledby="messages-title">
        <h2 id="messages-title" className="section-title">
          Messages to the DA
        </h2>
        <MessageTable caption="Messages about this item" rows={d.messages} />
        {d.messages.length === 0 ? (
          <p className="muted">
            {d.notify === 'waiting'
              ? 'Not told yet: the message goes out on their next shift day.'
              : d.notify === 'review'
                ? 'Not told: a manager has not sent this written warning.'
                : 'No messages.'}
          </p>
        ) : null}
      </section>
      <section className="stack" aria-labelledby="steps-title">
        <h2 id="steps-title" className="section-title">
          Step history
        </h2>
        <DataTable
          caption="Step history"
          card
          rows={d.steps.map((s, i) => ({ ...s, id: `${s.at}-${i}` }))}
          columns={stepColumns}
        />
      </section>
      {dialog === 'resolve' ? <ResolveDialog item={d} onClose={() => setDialog(null)} /> : null}
      {dialog === 'hold' ? <HoldDialog item={d} onClose={() => setDialog(null)} /> : null}
      {dialog === 'send' || dialog === 'note' || dialog === 'dismiss' ? (
        <ReviewDialog item={d} action={dialog} onClose={() => setDialog(null)} />
      ) : null}
    </div>
  );
}

/** What the DA did (acknowledged, signed, disputed in their words), how the dispute ended, the meeting. */
function AnswerPanel({ item: d }: { item: ItemDetail }) {
  return (
    <section className="card stack" aria-labelledby="answer-title">
      <h2 id="answer-title">The DA’s answer</h2>
      <dl className="details">
        <dt>Told</dt>
        <dd>{d.notify === 'sent' ? formatShort(d.notifiedAt) : 'Waiting for their next shift day'}</dd>
        <dt>Acknowledged</dt>
        <dd>
          {formatShort(d.acknowledgedAt)}
          {d.signature ? ` · signed “${d.signature}”` : ''}
        </dd>
        {d.disputedAt ? (
          <>
            <dt>Disputed</dt>
            <dd>
              {formatShort(d.disputedAt)}
              <blockquote className="coaching-answer">{d.disputeText}</blockquote>
            </dd>
          </>
        ) : null}
        {d.resolution ? (
          <>
            <dt>Resolution</dt>
            <dd>
              {STATUS_LABELS[d.resolution]} by {d.resolvedBy ?? '—'}, {formatShort(d.resolvedAt)}
              {d.resolutionNote ? <p className="coaching-answer">{d.resolutionNote}</p> : null}
            </dd>
          </>
        ) : null}
        {d.heldAt ? (
          <>
            <dt>Held</dt>
            <dd>
              {formatShort(d.heldAt)} by {d.heldBy ?? '—'}
              {d.heldNote ? <p className="coaching-answer">{d.heldNote}</p> : null}
            </dd>
          </>
        ) : null}
      </dl>
      {d.warningPdf ? (
        <p>
          <a href={d.warningPdf} target="_blank" rel="noopener noreferrer">
            Written warning (PDF)
          </a>
        </p>
      ) : null}
    </section>
  );
}

/** This item's measure before and after the coaching week. */
function EffectPanel({ item }: { item: ItemDetail }) {
  const e = item.effect;
  const before = formatMeasure(e.measure, e.beforeMean);
  const after = formatMeasure(e.measure, e.afterMean);
  return (
    <section className="card stack" aria-labelledby="effect-title">
      <div className="section-head">
        <h2 id="effect-title">Did it work?</h2>
        <StatusBadge tone={VERDICT_TONES[e.verdict]}>{VERDICT_LABELS[e.verdict]}</StatusBadge>
      </div>
      <p className="muted">
        {e.measureLabel} ({directionLabel(e.direction)}): {before} before → {after} after.
      </p>
      <EffectChart
        values={[...e.before, ...e.after].map((w) => w.value)}
        before={e.before.length}
        label={`${e.measureLabel} by week: ${before} before coaching, ${after} after`}
        goal={e.goal ?? undefined}
        format={(v) => formatMeasure(e.measure, v)}
      />
    </section>
  );
}
