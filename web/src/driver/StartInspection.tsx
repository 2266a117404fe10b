import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorNotice } from '../app/ui/notice.js';
import { Loading, StatusBadge } from '../app/ui/status.js';
import { type InspectableVan, type InspectionKind, myInspectionsApi } from '../inspections/api.js';
import { INSPECTION, INSPECTION_KINDS } from '../inspections/phone-messages.js';
import { emptyAnswer } from './InspectionChecklist.js';
import { useDriverDates } from './intl.js';
import { useMySchedule } from './MyTodayCard.js';
import { type Draft, saveDraft, uuid } from './offline-queue.js';

const PRE_TRIP_TONE = { passed: 'good', failed: 'bad', missing: 'warn' } as const;

/**
 * Van, then pre- or post-trip; the checklist (and the timer) opens once both are chosen. The DA starts on
 * their van today from the roster; any other van of their station is one tap away.
 */
export function StartInspection({
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
