import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { ConfirmDialog } from '../app/ui/dialog.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { useTitle } from '../app/ui/page.js';
import { Loading, StatusBadge } from '../app/ui/status.js';
import { myInspectionsApi } from '../inspections/api.js';
import '../inspections/inspections.css';
import { INSPECTION, INSPECTION_KINDS } from '../inspections/phone-messages.js';
import { InspectionFlow } from './InspectionFlow.js';
import { useOutbox } from './InspectionOutbox.js';
import { useDriverDates } from './intl.js';
import {
  type Draft,
  deleteDraft,
  listDrafts,
  type SendOutcome,
  saveDraft,
  submitDraft,
} from './offline-queue.js';
import { StartInspection } from './StartInspection.js';

/**
 * /me/inspection: the DA's DVIC on their phone (issue 14). Pick the van and pre- or post-trip, then the
 * checklist, photos, readings and damage, one step at a time; everything is kept on the phone as it is
 * entered and sent when there is a connection.
 */
export function InspectionPage() {
  const t = useIntl().formatMessage;
  useTitle(t(INSPECTION.title));
  const { me } = useSession();
  const userId = me.user.id;
  const orgId = me.org?.id ?? '';
  const outbox = useOutbox();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [rejected, setRejected] = useState<Draft[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [outcome, setOutcome] = useState<{ result: SendOutcome; fleetNumber: string } | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const [storageError, setStorageError] = useState<unknown>(null);

  const reload = useCallback(async () => {
    const drafts = await listDrafts(userId, orgId);
    setDraft(drafts.filter((d) => d.status === 'editing').at(-1) ?? null);
    setRejected(drafts.filter((d) => d.status === 'rejected'));
    setLoaded(true);
  }, [userId, orgId]);
  useEffect(() => {
    reload().catch((e: unknown) => {
      setStorageError(e);
      setLoaded(true);
    });
  }, [reload]);

  const update = useCallback((change: (d: Draft) => Draft) => {
    setDraft((current) => {
      if (!current) return current;
      const next = change(current);
      saveDraft(next).catch(setStorageError);
      return next;
    });
  }, []);

  async function fix(d: Draft) {
    const editing: Draft = { ...d, status: 'editing', error: null, step: 4 };
    await saveDraft(editing);
    setOutcome(null);
    setDraft(editing);
  }

  async function submit() {
    if (!draft) return;
    setSubmitting(true);
    try {
      const result = await submitDraft({ ...draft, submittedAt: new Date().toISOString() });
      setOutcome({ result, fleetNumber: draft.van.fleetNumber });
      setDraft(null);
      await reload();
    } finally {
      setSubmitting(false);
    }
  }

  const back = (
    <p>
      <Link to="/me" className="back-link">
        ‹ {t(INSPECTION.home)}
      </Link>
    </p>
  );
  if (!loaded) return <Loading />;
  if (outcome) {
    return (
      <div className="driver-stack">
        {back}
        <Outcome
          outcome={outcome}
          onFix={(d) => void fix(d)}
          rejected={rejected}
          onAgain={() => setOutcome(null)}
        />
      </div>
    );
  }
  if (draft) {
    return (
      <>
        <ErrorNotice error={storageError} />
        <InspectionFlow
          draft={draft}
          update={update}
          onSubmit={() => void submit()}
          onDiscard={() => setDiscarding(true)}
          submitting={submitting}
        />
        {discarding ? (
          <ConfirmDialog
            title={t(INSPECTION.discard)}
            confirmLabel={t(INSPECTION.discard)}
            danger
            run={() => deleteDraft(draft.id)}
            onDone={() => {
              setDiscarding(false);
              setDraft(null);
            }}
            onCancel={() => setDiscarding(false)}
          >
            <p>{t(INSPECTION.resume, { van: draft.van.fleetNumber })}</p>
          </ConfirmDialog>
        ) : null}
      </>
    );
  }
  return (
    <div className="driver-stack">
      {back}
      <h1>{t(INSPECTION.title)}</h1>
      <ErrorNotice error={storageError} />
      {outbox.queued > 0 ? (
        <p className="notice notice-warning" role="status">
          {t(INSPECTION.pending, { n: outbox.queued })} — {t(INSPECTION.savedOffline)}
        </p>
      ) : null}
      {rejected.map((d) => (
        <Rejected key={d.id} draft={d} onFix={() => void fix(d)} />
      ))}
      <StartInspection userId={userId} orgId={orgId} onStarted={setDraft} />
      <MyRecent />
    </div>
  );
}

function Rejected({ draft, onFix }: { draft: Draft; onFix: () => void }) {
  const t = useIntl().formatMessage;
  return (
    <section className="driver-card" role="alert">
      <p>
        <strong>
          {t(INSPECTION.rejectedTitle)} {draft.van.fleetNumber}
        </strong>
      </p>
      <p>{draft.error}</p>
      <button type="button" className="big-button button-primary" onClick={onFix}>
        {t(INSPECTION.fixAndResend)}
      </button>
    </section>
  );
}

function Outcome({
  outcome,
  rejected,
  onFix,
  onAgain,
}: {
  outcome: { result: SendOutcome; fleetNumber: string };
  rejected: Draft[];
  onFix: (d: Draft) => void;
  onAgain: () => void;
}) {
  const t = useIntl().formatMessage;
  const { result } = outcome;
  return (
    <section className="driver-card" aria-labelledby="outcome-title" data-testid="inspection-outcome">
      <h1 id="outcome-title">{t(INSPECTION.title)}</h1>
      {result.kind === 'sent' ? (
        <>
          <p className="notice notice-success" role="status">
            {t(INSPECTION.sent)}
          </p>
          {result.inspection.grounded ? (
            <p className="notice notice-error" role="alert">
              {t(INSPECTION.grounded, { van: outcome.fleetNumber })}
            </p>
          ) : null}
        </>
      ) : null}
      {result.kind === 'offline' ? (
        <p className="notice notice-warning" role="status">
          {t(INSPECTION.savedOffline)}
        </p>
      ) : null}
      {result.kind === 'rejected' ? (
        <>
          <p className="notice notice-error" role="alert">
            {t(INSPECTION.rejectedTitle)} {result.message}
          </p>
          {rejected.slice(-1).map((d) => (
            <button key={d.id} type="button" className="big-button button-primary" onClick={() => onFix(d)}>
              {t(INSPECTION.fixAndResend)}
            </button>
          ))}
        </>
      ) : null}
      <div className="driver-actions">
        <button type="button" className="big-button button-secondary" onClick={onAgain}>
          {t(INSPECTION.newInspection)}
        </button>
      </div>
    </section>
  );
}
/** The DA's own last inspections: sent, and how they came out. */
function MyRecent() {
  const t = useIntl().formatMessage;
  const { date } = useDriverDates();
  const mine = useQuery({ queryKey: ['me', 'inspections', 'mine'], queryFn: () => myInspectionsApi.mine() });
  const items = mine.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="driver-card" aria-labelledby="recent-title">
      <h2 id="recent-title">{t(INSPECTION.recent)}</h2>
      <ul className="driver-stations">
        {items.slice(0, 10).map((i) => (
          <li key={i.id}>
            <span className="station-code">{i.fleetNumber}</span>
            <span>
              {t(INSPECTION_KINDS[i.kind])} · {date(i.businessDate)}{' '}
              {i.passed ? (
                <StatusBadge tone="good">{t(INSPECTION.pass)}</StatusBadge>
              ) : (
                <StatusBadge tone="bad">{t(INSPECTION.fail)}</StatusBadge>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
