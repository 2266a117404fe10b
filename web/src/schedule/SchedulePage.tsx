import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../app/auth.js';
import { formatDateTime, plural, todayIn } from '../app/format.js';
import { useStation } from '../app/station.js';
import { ConfirmDialog } from '../app/ui/dialog.js';
import { SelectField, TextField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus } from '../app/ui/status.js';
import '../people/people.css';
import { type Tab, Tabs } from '../people/Tabs.js';
import { AutoResultPanel } from './AutoResultPanel.js';
import {
  type AutoScheduleResult,
  type DriverDay,
  scheduleApi,
  scheduleKeys,
  type Week,
  type WeekDriver,
} from './api.js';
import { DemandDialog } from './DemandDialog.js';
import { formatDayShort, formatWeek, isDate, weekStartOf } from './labels.js';
import { RulesPanel } from './RulesPanel.js';
import { driverName, ShiftDialog } from './ShiftDialog.js';
import { TimeOffQueue } from './TimeOffQueue.js';
import { GridLegend, WeekGrid } from './WeekGrid.js';
import { WeekNav } from './WeekNav.js';
import './schedule.css';

type TabKey = 'week' | 'time-off';

/** The week schedule of a station (Sunday to Saturday) and the time-off requests to decide. */
export function SchedulePage() {
  const { defaultStationId } = useStation();
  const [params, setParams] = useSearchParams();
  const [stationId, setStationId] = useState(defaultStationId);
  const tab: TabKey = params.get('tab') === 'time-off' ? 'time-off' : 'week';
  const week = params.get('week') ?? '';
  const setParam = (key: string, value: string) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const pending = useQuery({
    queryKey: scheduleKeys.timeOff('pending', stationId),
    queryFn: () => scheduleApi.timeOff('pending', stationId),
  });
  const waiting = pending.data?.items.length ?? 0;
  const tabs: Tab<TabKey>[] = [
    { key: 'week', label: 'Week' },
    {
      key: 'time-off',
      label: (
        <>
          Time off
          {waiting > 0 ? (
            <span className="tab-count" title={`${plural(waiting, 'request')} waiting`}>
              {waiting}
            </span>
          ) : null}
        </>
      ),
    },
  ];

  return (
    <div className="stack-lg">
      <PageHeader
        title="Schedule"
        description="Who works which day, Sunday to Saturday: what each day needs, what is short, the standby plan, and the time off to decide."
      />
      <Tabs
        label="Schedule"
        tabs={tabs}
        current={tab}
        onSelect={(key) => setParam('tab', key === 'week' ? '' : key)}
      >
        {tab === 'week' ? (
          <WeekView
            stationId={stationId}
            setStationId={setStationId}
            week={week}
            setWeek={(w) => setParam('week', w)}
          />
        ) : (
          <TimeOffQueue stationId={stationId} />
        )}
      </Tabs>
    </div>
  );
}

type Dialog =
  | { kind: 'shift'; row: WeekDriver; day: DriverDay }
  | { kind: 'demand' | 'publish' | 'auto' }
  | null;

function WeekView({
  stationId,
  setStationId,
  week,
  setWeek,
}: {
  stationId: string;
  setStationId: (id: string) => void;
  /** The Sunday of the week shown, '' for this week at the station. */
  week: string;
  setWeek: (weekStart: string) => void;
}) {
  const { me, can } = useSession();
  const queryClient = useQueryClient();
  const station = me.stations.find((s) => s.id === stationId);
  const today = todayIn(station?.timeZone);
  const thisWeek = weekStartOf(today);
  // The week in the address (any date of it), or this week at the station.
  const shown = isDate(week) ? weekStartOf(week) : thisWeek;
  const query = useQuery({
    queryKey: scheduleKeys.week(stationId, shown),
    queryFn: () => scheduleApi.week(stationId, shown),
    enabled: Boolean(stationId),
    placeholderData: keepPreviousData,
  });
  const data = query.data;
  const stale = query.isPlaceholderData;
  const [search, setSearch] = useState('');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [auto, setAuto] = useState<AutoScheduleResult | null>(null);
  const canWrite = can('schedule.write');
  const goTo = (weekStart: string) => {
    setMessage(null);
    setAuto(null);
    setWeek(weekStart === thisWeek ? '' : weekStart);
  };
  const done = (text: string) => {
    setDialog(null);
    setMessage(text);
  };

  const needle = search.trim().toLowerCase();
  const rows = (data?.drivers ?? []).filter(
    (r) => !needle || driverName(r.driver).toLowerCase().includes(needle),
  );

  return (
    <div className="stack">
      <div className="filters card">
        <SelectField
          label="Station"
          value={stationId}
          onValue={(id) => {
            setStationId(id);
            setMessage(null);
            setAuto(null);
          }}
          options={me.stations.map((s) => ({ value: s.id, label: `${s.code} · ${s.name}` }))}
        />
        <WeekNav legend="Week" shown={shown} thisWeek={thisWeek} goTo={goTo} />
        <TextField label="Find a DA" type="search" value={search} onValue={setSearch} placeholder="Name" />
      </div>
      {me.stations.length === 0 ? <p className="muted">No stations yet.</p> : null}
      <QueryStatus query={query} />
      {message ? <Notice kind="success">{message}</Notice> : null}
      {data ? (
        <>
          <WeekBar
            week={data}
            isThisWeek={shown === thisWeek}
            canWrite={canWrite}
            onDemand={() => setDialog({ kind: 'demand' })}
            onAuto={() => setDialog({ kind: 'auto' })}
            onPublish={() => setDialog({ kind: 'publish' })}
          />
          {auto ? <AutoResultPanel result={auto} onClose={() => setAuto(null)} /> : null}
          {data.drivers.length === 0 ? (
            <p className="empty">
              No active or onboarding DAs have {data.station.code} as their home station.
            </p>
          ) : (
            <div className={stale ? 'is-stale' : undefined} aria-busy={stale || undefined}>
              <WeekGrid
                week={data}
                rows={rows}
                today={today}
                canWrite={canWrite && !stale}
                onOpen={(row, day) => {
                  setMessage(null);
                  setDialog({ kind: 'shift', row, day });
                }}
              />
              {rows.length === 0 ? <p className="muted">No DA’s name has “{search.trim()}”.</p> : null}
            </div>
          )}
          <GridLegend />
          <RulesPanel rules={data.rules} />
        </>
      ) : null}

      {data && dialog?.kind === 'shift' ? (
        <ShiftDialog
          week={data}
          row={dialog.row}
          day={dialog.day}
          onClose={() => setDialog(null)}
          onDone={done}
        />
      ) : null}
      {data && dialog?.kind === 'demand' ? (
        <DemandDialog
          week={data}
          onClose={() => setDialog(null)}
          onSaved={() => done(`Demand for the week of ${formatDayShort(data.weekStart)} saved.`)}
        />
      ) : null}
      {data && dialog?.kind === 'publish' ? (
        <ConfirmDialog
          title={`Publish the week of ${formatWeek(data.weekStart)}?`}
          confirmLabel="Publish week"
          run={() => scheduleApi.publish(data.station.id, data.weekStart)}
          onDone={async (r) => {
            await queryClient.invalidateQueries({ queryKey: scheduleKeys.all });
            done(
              `Published ${plural(r.shiftsPublished, 'shift')}. ${plural(r.dasNotified, 'DA')} notified to confirm their week.`,
            );
          }}
          onCancel={() => setDialog(null)}
        >
          <p>
            {plural(data.unpublishedShifts, 'shift')} not yet published will show on the DAs’ phones. Each DA
            with a new shift gets their week in a message, in their language, and is asked to confirm it.
          </p>
          <ShortDays week={data} />
        </ConfirmDialog>
      ) : null}
      {data && dialog?.kind === 'auto' ? (
        <ConfirmDialog
          title="Auto-schedule the week?"
          confirmLabel="Auto-schedule"
          run={() => scheduleApi.autoSchedule(data.station.id, data.weekStart)}
          onDone={async (r) => {
            await queryClient.invalidateQueries({ queryKey: scheduleKeys.all });
            setDialog(null);
            setAuto(r);
          }}
          onCancel={() => setDialog(null)}
        >
          <p>
            Stationhand puts DAs on route and standby shifts to cover the week’s demand, following each DA’s
            availability, the days they want and the scheduling rules, and says why a day stays short or a DA
            gets fewer days than asked. It may add shifts and take some off.
          </p>
          {data.published ? (
            <p className="notice notice-warning">
              This week is published: check the changes and publish again so DAs see them.
            </p>
          ) : (
            <p className="muted">Nothing reaches the DAs until you publish the week.</p>
          )}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

/** Days still short, named before publishing. */
function ShortDays({ week }: { week: Week }) {
  const short = week.days.filter((d) => d.short.routes > 0 || d.short.standbys > 0);
  if (short.length === 0) return null;
  return (
    <div className="notice notice-warning">
      Still short:
      <ul>
        {short.map((d) => (
          <li key={d.date}>
            {formatDayShort(d.date)}:{' '}
            {[
              d.short.routes ? plural(d.short.routes, 'route') : null,
              d.short.standbys ? plural(d.short.standbys, 'standby', 'standbys') : null,
            ]
              .filter(Boolean)
              .join(', ')}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The week's state (published or not) and what can be done to it. */
function WeekBar({
  week,
  isThisWeek,
  canWrite,
  onDemand,
  onAuto,
  onPublish,
}: {
  week: Week;
  isThisWeek: boolean;
  canWrite: boolean;
  onDemand: () => void;
  onAuto: () => void;
  onPublish: () => void;
}) {
  const shifts = week.drivers.reduce((n, d) => n + d.days.filter((x) => x.shift).length, 0);
  const shortRoutes = week.days.reduce((n, d) => n + d.short.routes, 0);
  const shortStandbys = week.days.reduce((n, d) => n + d.short.standbys, 0);
  const nothingToPublish = week.unpublishedShifts === 0;
  return (
    <section className="card week-bar" aria-labelledby="week-title" data-testid="week-bar">
      <div className="week-bar-head">
        <div>
          <h2 id="week-title">
            {week.station.code} · {formatWeek(week.weekStart)}
            {isThisWeek ? <span className="muted"> (this week)</span> : null}
          </h2>
          <p className="week-state">
            {week.published ? (
              <span className="badge badge-good">Published</span>
            ) : (
              <span className="badge badge-warn">Not published</span>
            )}{' '}
            {week.published
              ? `${formatDateTime(week.published.at)}${week.published.by ? ` by ${week.published.by}` : ''}`
              : 'DAs don’t see this week yet.'}
            {week.unpublishedShifts > 0 ? (
              <strong> · {plural(week.unpublishedShifts, 'shift')} not published</strong>
            ) : null}
          </p>
          <p className="muted">
            {plural(shifts, 'shift')} for {plural(week.drivers.length, 'DA')}
            {shortRoutes + shortStandbys > 0 ? (
              <>
                {' · '}
                <span className="short">
                  short{' '}
                  {[
                    shortRoutes ? plural(shortRoutes, 'route') : '',
                    shortStandbys ? plural(shortStandbys, 'standby', 'standbys') : '',
                  ]
                    .filter(Boolean)
                    .join(' and ')}
                </span>
              </>
            ) : null}
          </p>
        </div>
        {canWrite ? (
          <div className="week-actions">
            <button type="button" className="button-secondary" onClick={onDemand}>
              Edit demand
            </button>
            <button type="button" className="button-secondary" onClick={onAuto}>
              Auto-schedule
            </button>
            <button
              type="button"
              className="button-primary"
              onClick={onPublish}
              disabled={nothingToPublish}
              aria-describedby={nothingToPublish ? 'publish-note' : undefined}
            >
              Publish week
            </button>
          </div>
        ) : null}
      </div>
      {canWrite && nothingToPublish ? (
        <p className="hint" id="publish-note">
          {shifts === 0
            ? 'Nothing to publish yet: put DAs on days first.'
            : 'Nothing to publish: every shift of this week is out.'}
        </p>
      ) : null}
    </section>
  );
}
