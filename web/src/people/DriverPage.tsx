import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useSession } from '../app/auth.js';
import { todayIn } from '../app/format.js';
import { codeAndName } from '../app/station.js';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { DRIVERS_KEY, peopleApi } from './api.js';
import { fullName, STATUS_LABELS, STATUS_TONES } from './labels.js';
import './people.css';
import { DriverCoachingTab } from '../coaching/DriverCoachingTab.js';
import { DriverMessagesTab } from '../messaging/DriverMessagesTab.js';
import { DriverPerformance } from '../performance/DriverPerformance.js';
import { DriverAvailabilityTab } from '../schedule/DriverAvailabilityTab.js';
import { ChangeStatusDialog } from './ChangeStatusDialog.js';
import { DriverAttendanceTab } from './DriverAttendanceTab.js';
import { DriverDocumentsTab } from './DriverDocumentsTab.js';
import { DriverNotesTab } from './DriverNotesTab.js';
import { DriverOnboardingTab } from './DriverOnboardingTab.js';
import { DriverProfileTab } from './DriverProfileTab.js';
import { EditDriverDialog } from './EditDriverDialog.js';
import { formatPoints } from './record-labels.js';
import { type Tab, Tabs } from './Tabs.js';

const TABS = [
  { key: 'profile', label: 'Profile' },
  { key: 'onboarding', label: 'Onboarding' },
  { key: 'documents', label: 'Documents' },
  { key: 'attendance', label: 'Attendance' },
  { key: 'availability', label: 'Availability' },
  { key: 'messages', label: 'Messages' },
  { key: 'performance', label: 'Performance' },
  { key: 'coaching', label: 'Coaching' },
  { key: 'notes', label: 'Rating & notes' },
] as const satisfies readonly Tab<string>[];
type TabKey = (typeof TABS)[number]['key'];

export function DriverPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  // Opened from the list: "All DAs" goes back to it with its search and filters.
  const state: unknown = location.state;
  const listSearch =
    state && typeof state === 'object' && 'list' in state && typeof state.list === 'string' ? state.list : '';
  const { me, can } = useSession();
  const [params, setParams] = useSearchParams();
  const tabParam = params.get('tab');
  // The availability, messages, performance and coaching tabs belong to other sections: only for those who may read them.
  const tabs = TABS.filter(
    (t) =>
      (t.key !== 'availability' || can('schedule.read')) &&
      (t.key !== 'messages' || can('messages.read')) &&
      (t.key !== 'performance' || can('performance.read')) &&
      (t.key !== 'coaching' || can('coaching.read')),
  );
  const tab: TabKey = tabs.some((t) => t.key === tabParam) ? (tabParam as TabKey) : 'profile';
  // The tab lives in the address (a link can open it); the list to go back to stays in the state.
  const setTab = (key: TabKey) =>
    setParams(key === 'profile' ? {} : { tab: key }, { replace: true, state: location.state });
  const driver = useQuery({
    queryKey: [...DRIVERS_KEY, 'detail', id],
    queryFn: () => peopleApi.driver(id),
  });
  const [editing, setEditing] = useState(false);
  const [changingStatus, setChangingStatus] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const canWrite = can('people.write');
  const d = driver.data;

  const back = (
    <p>
      <Link to={`/drivers${listSearch}`} className="back-to">
        <span aria-hidden="true">←</span>All DAs
      </Link>
    </p>
  );

  if (!d) {
    return (
      <div className="stack-lg">
        {back}
        <PageHeader title="DA" />
        <QueryStatus query={driver} />
      </div>
    );
  }

  const station = me.stations.find((s) => s.id === d.homeStationId);
  const today = todayIn(station?.timeZone);

  return (
    <div className="stack-lg">
      {back}
      <PageHeader
        title={fullName(d)}
        description={
          <span className="header-meta">
            <StatusBadge tone={STATUS_TONES[d.status]}>{STATUS_LABELS[d.status]}</StatusBadge>
            <span>{station ? codeAndName(station) : 'Unknown station'}</span>
            {d.transporterId ? <span className="mono">{d.transporterId}</span> : null}
            {d.attendance ? (
              <StatusBadge tone={d.attendance.flagged ? 'bad' : 'neutral'}>
                {formatPoints(d.attendance.points)} attendance pts / {d.attendance.windowDays} d
                {d.attendance.flagged ? ' · flagged' : ''}
              </StatusBadge>
            ) : null}
          </span>
        }
        actions={
          canWrite ? (
            <>
              <button type="button" className="button-secondary" onClick={() => setEditing(true)}>
                Edit
              </button>
              <button type="button" className="button-secondary" onClick={() => setChangingStatus(true)}>
                Change status
              </button>
            </>
          ) : null
        }
      />
      {message ? <Notice kind="success">{message}</Notice> : null}

      <Tabs label="DA records" tabs={tabs} current={tab} onSelect={setTab}>
        {tab === 'profile' ? <DriverProfileTab driver={d} station={station} today={today} /> : null}
        {tab === 'onboarding' ? <DriverOnboardingTab driver={d} /> : null}
        {tab === 'documents' ? <DriverDocumentsTab driver={d} /> : null}
        {tab === 'attendance' ? <DriverAttendanceTab driver={d} today={today} /> : null}
        {tab === 'availability' ? <DriverAvailabilityTab driver={d} /> : null}
        {tab === 'messages' ? <DriverMessagesTab driver={d} /> : null}
        {tab === 'performance' ? <DriverPerformance driverId={d.id} week="" /> : null}
        {tab === 'coaching' ? <DriverCoachingTab driver={d} /> : null}
        {tab === 'notes' ? <DriverNotesTab driver={d} /> : null}
      </Tabs>

      {editing ? (
        <EditDriverDialog
          driver={d}
          onClose={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            setMessage(`${fullName(saved)} saved.`);
          }}
        />
      ) : null}
      {changingStatus ? (
        <ChangeStatusDialog
          driver={d}
          today={today}
          onClose={() => setChangingStatus(false)}
          onSaved={(saved) => {
            setChangingStatus(false);
            setMessage(`${fullName(saved)} is now ${STATUS_LABELS[saved.status].toLowerCase()}.`);
          }}
        />
      ) : null}
    </div>
  );
}
