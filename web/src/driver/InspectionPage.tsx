import { useMutation, useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { ConfirmDialog } from '../app/ui/dialog.js';
import { ErrorNotice } from '../app/ui/notice.js';
import { useTitle } from '../app/ui/page.js';
import { Loading, StatusBadge } from '../app/ui/status.js';
import { type InspectableVan, type InspectionKind, myInspectionsApi } from '../inspections/api.js';
import '../inspections/inspections.css';
import { INSPECTION, INSPECTION_KINDS } from '../inspections/phone-messages.js';
import { emptyAnswer } from './InspectionChecklist.js';
import { InspectionFlow } from './InspectionFlow.js';
import { useOutbox } from './InspectionOutbox.js';
import { useDriverDates } from './intl.js';
import { useMySchedule } from './MyTodayCard.js';
import {
  type Draft,
  deleteDraft,
  listDrafts,
  type SendOutcome,
  saveDraft,
  submitDraft,
  uuid,
} from './offline-queue.js';

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

const PRE_TRIP_TONE = { passed: 'good', failed: 'bad', missing: 'warn' } as const;

/** A time of day as the DA's phone says it. */
/**
 * Van, then pre- or post-trip; the checklist (and the timer) opens once both are chosen. The DA starts on
 * their van today from the roster; any other van of their station is one tap away.
 */
function StartInspection({
  userId,
  orgId,
  onStarted,
}: {
  userId: string;
  orgId: string;
  onStarted: (d: Draft) => void;
}) {
  const t = useIntl().formatMessage;
  const { time } = useDriverDates();
  const vans = useQuery({ queryKey: ['me', 'inspections', 'vans'], queryFn: () => myInspectionsApi.vans() });
  const [search, setSearch] = useState('');
  const [picked, setVan] = useState<InspectableVan | null>(null);
  // The roster's van for today is where the DA starts; "Another van" opens the list of every van.
  const [browsing, setBrowsing] = useState(false);
  const [secondPreTrip, setSecondPreTrip] = useState(false);
  // Today's van is the one on the DA's published route (a van they may not inspect is not offered).
  const todayRoute = useMySchedule().schedule.data?.todayRoute;
  const todayVan = todayRoute?.van ? { vanId: todayRoute.van.id, routeCode: todayRoute.code } : null;
  const rosterVan = vans.data?.items.find((v) => v.id === todayVan?.vanId) ?? null;
  const van = picked ?? (browsing ? null : rosterVan);
  const pickAnother = () => {
    setVan(null);
    setBrowsing(true);
    setSecondPreTrip(false);
  };
  const start = useMutation({
    mutationFn: async ({ picked, kind }: { picked: InspectableVan; kind: InspectionKind }) => {
      const info = await myInspectionsApi.start(picked.id);
      const draft: Draft = {
        id: uuid(),
        userId,
        orgId,
        van: info.van,
        kind,
        template: info.items,
        rushedUnderSeconds: info.rushedUnderSeconds,
        startedAt: new Date().toISOString(),
        submittedAt: null,
        step: 0,
        items: Object.fromEntries(info.items.map((i) => [i.key, emptyAnswer()])),
        body: {},
        odometerPhoto: null,
        video: null,
        odometerMiles: '',
        fuelPercent: '',
        marks: info.knownDamage.map((m) => ({
          panel: m.panel,
          note: m.note ?? '',
          photoKeys: [],
          known: true,
        })),
        status: 'editing',
        error: null,
        updatedAt: new Date().toISOString(),
      };
      await saveDraft(draft);
      return draft;
    },
    onSuccess: onStarted,
  });
  const q = search.trim().toLowerCase();
  const shown = (vans.data?.items ?? []).filter((v) => !q || v.fleetNumber.toLowerCase().includes(q));

  if (van) {
    return (
      <section className="driver-card" aria-labelledby="kind-title">
        <h2 id="kind-title">{t(INSPECTION.whichKind)}</h2>
        {todayVan && van.id === todayVan.vanId ? (
          <p className="muted">{t(INSPECTION.todayVan, { route: todayVan.routeCode })}</p>
        ) : null}
        <p>
          <strong>{van.fleetNumber}</strong> {[van.make, van.model].filter(Boolean).join(' ')}
        </p>
        <ErrorNotice error={start.error} />
        {start.isPending ? <Loading label={t(INSPECTION.starting)} /> : null}
        {secondPreTrip && van.lastPreTripToday ? (
          <div className="notice notice-warning" role="alert" data-testid="second-pre-trip">
            <p>
              {t(INSPECTION.secondPreTrip, {
                time: time(van.lastPreTripToday.startedAt),
                who: van.lastPreTripToday.inspectorName,
              })}
            </p>
            <div className="driver-actions">
              <button
                type="button"
                className="big-button button-primary"
                disabled={start.isPending}
                onClick={() => start.mutate({ picked: van, kind: 'pre_trip' })}
              >
                {t(INSPECTION.startAnother)}
              </button>
              <button type="button" className="big-button button-secondary" onClick={pickAnother}>
                {t(INSPECTION.otherVan)}
              </button>
            </div>
          </div>
        ) : (
          <div className="driver-actions">
            {(['pre_trip', 'post_trip'] as const).map((kind) => (
              <button
                key={kind}
                type="button"
                className="big-button button-primary"
                disabled={start.isPending}
                onClick={() =>
                  kind === 'pre_trip' && van.lastPreTripToday
                    ? setSecondPreTrip(true)
                    : start.mutate({ picked: van, kind })
                }
              >
                {t(INSPECTION_KINDS[kind])}
              </button>
            ))}
            <button type="button" className="big-button button-secondary" onClick={pickAnother}>
              {picked ? t(INSPECTION.back) : t(INSPECTION.otherVan)}
            </button>
          </div>
        )}
      </section>
    );
  }
  return (
    <section className="driver-card" aria-labelledby="van-title">
      <h2 id="van-title">{t(INSPECTION.pickVan)}</h2>
      <div className="field">
        <label htmlFor="van-search">{t(INSPECTION.searchVan)}</label>
        <input
          id="van-search"
          type="search"
          inputMode="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {vans.isPending ? <Loading /> : null}
      <ErrorNotice error={vans.error} />
      {vans.isSuccess && shown.length === 0 ? <p className="muted">{t(INSPECTION.noVans)}</p> : null}
      <ul className="van-picks">
        {shown.map((v) => (
          <li key={v.id}>
            <button type="button" className="van-pick" onClick={() => setVan(v)}>
              <span className="van-pick-number">{v.fleetNumber}</span>
              <span className="muted">{[v.make, v.model].filter(Boolean).join(' ')}</span>
              <span className="van-pick-badges">
                {v.id === todayVan?.vanId ? (
                  <StatusBadge tone="good">
                    {t(INSPECTION.todayVan, { route: todayVan.routeCode })}
                  </StatusBadge>
                ) : null}
                {v.status === 'grounded' ? (
                  <StatusBadge tone="bad">{t(INSPECTION.vanGrounded)}</StatusBadge>
                ) : null}
                <StatusBadge tone={PRE_TRIP_TONE[v.preTripToday]}>
                  {v.preTripToday === 'passed'
                    ? t(INSPECTION.preTripPassed)
                    : v.preTripToday === 'failed'
                      ? t(INSPECTION.preTripFailed)
                      : t(INSPECTION.preTripMissing)}
                </StatusBadge>
              </span>
            </button>
          </li>
        ))}
      </ul>
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
