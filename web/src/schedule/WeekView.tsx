import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { todayIn } from '../app/format.js';
import { StationSelect } from '../app/station-filter.js';
import { TextField } from '../app/ui/fields.js';
import { Notice } from '../app/ui/notice.js';
import { QueryStatus } from '../app/ui/status.js';
import { AutoResultPanel } from './AutoResultPanel.js';
import { AutoScheduleDialog } from './AutoScheduleDialog.js';
import {
  type AutoScheduleResult,
  type DriverDay,
  scheduleApi,
  scheduleKeys,
  type WeekDriver,
} from './api.js';
import { DemandDialog } from './DemandDialog.js';
import { formatDayShort, isDate, weekStartOf } from './labels.js';
import { PublishWeekDialog } from './PublishWeekDialog.js';
import { RulesPanel } from './RulesPanel.js';
import { driverName, ShiftDialog } from './ShiftDialog.js';
import { WeekBar } from './WeekBar.js';
import { GridLegend, WeekGrid } from './WeekGrid.js';
import { WeekNav } from './WeekNav.js';

type Dialog =
  | { kind: 'shift'; row: WeekDriver; day: DriverDay }
  | { kind: 'demand' | 'publish' | 'auto' }
  | null;

/** A station's week: its state, the DAs by days grid, and the dialogs that change it. */
export function WeekView({
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
        <StationSelect
          value={stationId}
          onValue={(id) => {
            setStationId(id);
            setMessage(null);
            setAuto(null);
          }}
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
        <PublishWeekDialog week={data} onDone={done} onCancel={() => setDialog(null)} />
      ) : null}
      {data && dialog?.kind === 'auto' ? (
        <AutoScheduleDialog
          week={data}
          onDone={(r) => {
            setDialog(null);
            setAuto(r);
          }}
          onCancel={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}
