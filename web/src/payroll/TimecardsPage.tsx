import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../app/auth.js';
import { todayIn } from '../app/format.js';
import { useStation } from '../app/station.js';
import { StationSelect } from '../app/station-filter.js';
import { TextField } from '../app/ui/fields.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus } from '../app/ui/status.js';
import '../people/people.css';
import { Tabs } from '../people/Tabs.js';
import { formatWeek, isDate, weekStartOf } from '../schedule/labels.js';
import { WeekNav } from '../schedule/WeekNav.js';
import { payrollApi, payrollKeys } from './api.js';
import { DayPanel } from './DayPanel.js';
import { RulesTab } from './RulesTab.js';
import { TimecardGrid } from './TimecardGrid.js';
import '../schedule/schedule.css';
import './payroll.css';

type TabKey = 'week' | 'rules';

/**
 * Managers' timecards (issue 15 item 9): a station's week, a DA a row, hours by day with REG/OT/DT and
 * flags; a DA-day opens its punches and findings. The rules in force are the second tab.
 * The address keeps station, week, tab and the open DA-day, so the exceptions queue can link here.
 */
export function TimecardsPage() {
  const { me, can } = useSession();
  const { defaultStationId } = useStation();
  const [params, setParams] = useSearchParams();
  const set = (changes: Record<string, string>) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(changes))
          if (value) next.set(key, value);
          else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const stationId = params.get('station') || defaultStationId;
  const station = me.stations.find((s) => s.id === stationId);
  const zone = station?.timeZone ?? 'UTC';
  // Any day of the week shown: the server answers the org's workweek that holds it (it may start on any day).
  const today = todayIn(zone);
  const week = params.get('week') ?? '';
  const shown = isDate(week) ? week : today;
  const tab: TabKey = params.get('tab') === 'rules' ? 'rules' : 'week';
  const selected =
    params.get('da') && isDate(params.get('day') ?? '')
      ? { driverId: params.get('da') as string, date: params.get('day') as string }
      : null;

  const grid = useQuery({
    queryKey: payrollKeys.timecards(stationId, shown),
    queryFn: () => payrollApi.timecards(stationId, shown),
    enabled: Boolean(stationId) && tab === 'week',
    placeholderData: keepPreviousData,
  });
  const weekStart = grid.data?.weekStart ?? weekStartOf(shown);
  const punches = useQuery({
    queryKey: payrollKeys.punches(stationId, weekStart),
    queryFn: () => payrollApi.weekPunches(stationId, weekStart),
    enabled: Boolean(grid.data) && tab === 'week' && selected !== null,
  });
  const [search, setSearch] = useState('');
  const needle = search.trim().toLowerCase();
  const rows = (grid.data?.rows ?? []).filter((r) => !needle || r.name.toLowerCase().includes(needle));
  const row = grid.data?.rows.find((r) => r.driverId === selected?.driverId);
  const day = row?.days.find((d) => d.date === selected?.date);
  const goTo = (day: string) => set({ week: day === today ? '' : day, da: '', day: '' });

  return (
    <div className="stack-lg">
      <PageHeader
        title="Timecards"
        description="Each DA’s week from their punches: hours by day, regular, overtime and double time, premiums, and what breaks the law or the org’s caps."
      />
      <div className="filters card">
        <StationSelect value={stationId} onValue={(id) => set({ station: id, da: '', day: '' })} />
        {tab === 'week' ? (
          <WeekNav legend={`Week of ${formatWeek(weekStart)}`} shown={shown} thisWeek={today} goTo={goTo} />
        ) : null}
        {tab === 'week' ? (
          <TextField label="Find a DA" type="search" value={search} onValue={setSearch} placeholder="Name" />
        ) : null}
      </div>
      {me.stations.length === 0 ? <p className="muted">No stations yet.</p> : null}
      <Tabs
        label="Timecards"
        tabs={[
          { key: 'week', label: 'Week' },
          { key: 'rules', label: 'Payroll rules' },
        ]}
        current={tab}
        onSelect={(key) => set({ tab: key === 'week' ? '' : key })}
      >
        {tab === 'rules' ? (
          <RulesTab stationId={stationId} />
        ) : (
          <div className="stack">
            <QueryStatus
              query={grid}
              isEmpty={grid.data?.rows.length === 0}
              empty="No punches at this station this week."
            />
            {grid.data && grid.data.rows.length > 0 ? (
              <>
                <p className="muted small">
                  {grid.data.ruleSet} · hours on {grid.data.station.code}’s clock ({zone}) · ⚑ needs a look ·
                  choose a day for its punches.
                </p>
                {selected ? <QueryStatus query={punches} /> : null}
                {rows.length === 0 ? <p className="muted">No DA’s name has “{search.trim()}”.</p> : null}
                <div className={`timecards-layout${row && day ? ' has-panel' : ''}`}>
                  <TimecardGrid
                    data={{ ...grid.data, rows }}
                    selected={selected}
                    onSelect={(s) => set({ da: s.driverId, day: s.date })}
                  />
                  {row && day ? (
                    <DayPanel
                      key={`${row.driverId} ${day.date}`}
                      stationId={stationId}
                      zone={zone}
                      row={row}
                      day={day}
                      punches={(punches.data?.items ?? []).filter(
                        (p) => p.driverId === row.driverId && p.workday === day.date,
                      )}
                      canWrite={can('payroll.write')}
                      onClose={() => set({ da: '', day: '' })}
                    />
                  ) : null}
                </div>
              </>
            ) : null}
          </div>
        )}
      </Tabs>
    </div>
  );
}
