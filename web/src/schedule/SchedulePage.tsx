import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useAddressParams } from '../app/address.js';
import { plural } from '../app/format.js';
import { useStation } from '../app/station.js';
import { PageHeader } from '../app/ui/page.js';
import '../people/people.css';
import { type Tab, Tabs } from '../people/Tabs.js';
import { scheduleApi, scheduleKeys } from './api.js';
import { TimeOffQueue } from './TimeOffQueue.js';
import { WeekView } from './WeekView.js';
import './schedule.css';

type TabKey = 'week' | 'time-off';

/** The week schedule of a station (Sunday to Saturday) and the time-off requests to decide. */
export function SchedulePage() {
  const { defaultStationId } = useStation();
  const [params, setParam] = useAddressParams();
  const [stationId, setStationId] = useState(defaultStationId);
  const tab: TabKey = params.get('tab') === 'time-off' ? 'time-off' : 'week';
  const week = params.get('week') ?? '';
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
        onSelect={(key) => setParam('tab', key === 'week' ? '' : key, true)}
      >
        {tab === 'week' ? (
          <WeekView
            stationId={stationId}
            setStationId={setStationId}
            week={week}
            setWeek={(w) => setParam('week', w, true)}
          />
        ) : (
          <TimeOffQueue stationId={stationId} />
        )}
      </Tabs>
    </div>
  );
}
