import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../app/auth.js';
import { useStation } from '../app/station.js';
import { StationSelect } from '../app/station-filter.js';
import { SelectField } from '../app/ui/fields.js';
import { PageHeader } from '../app/ui/page.js';
import { type Tab, Tabs } from '../people/Tabs.js';
import { PERFORMANCE_KEY, performanceApi } from './api.js';
import { DspScorecardPanel } from './DspScorecardPanel.js';
import { NeedlePanel } from './NeedlePanel.js';
import { ProfilePanel } from './ProfilePanel.js';
import { ScorecardPanel } from './ScorecardPanel.js';
import { UnknownPanel } from './UnknownPanel.js';
import { WeekPanel } from './WeekPanel.js';
import './performance.css';

const TABS = [
  { key: 'week', label: 'DAs of the week' },
  { key: 'scorecard', label: 'Scorecard' },
  { key: 'dsp', label: 'DSP scorecard' },
  { key: 'needle', label: 'What moves the needle' },
  { key: 'unknown', label: 'Transporter IDs to link' },
  { key: 'profile', label: 'Scoring profile' },
] as const satisfies readonly Tab<string>[];
type TabKey = (typeof TABS)[number]['key'];

/**
 * A station's weeks from Amazon's files: each DA's metrics, tiers and score, the scorecard by category,
 * what would most raise next week's score, Transporter IDs waiting to be linked, and the scoring profile.
 */
export function PerformancePage() {
  const { me } = useSession();
  const { defaultStationId } = useStation();
  const [stationId, setStationId] = useState(defaultStationId);
  const [week, setWeek] = useState('');
  const [params, setParams] = useSearchParams();
  const tab = (TABS.find((t) => t.key === params.get('tab'))?.key ?? 'week') as TabKey;
  const setTab = (key: TabKey) => setParams(key === 'week' ? {} : { tab: key }, { replace: true });
  // The week list comes with the station's week; every panel shows the same week.
  const weeks = useQuery({
    queryKey: [...PERFORMANCE_KEY, 'week', stationId, week],
    queryFn: () => performanceApi.week(stationId, week),
    enabled: Boolean(stationId),
  });
  const options = weeks.data?.weeks ?? [];

  return (
    <div className="stack">
      <PageHeader
        title="Performance"
        description="Amazon’s weekly figures per DA beside our estimate of their tier and score. Import the DSP Overview Dashboard, safety events and customer feedback on the Imports page."
      />
      {/* Links and the profile are the org's, not a station's week. */}
      {tab === 'unknown' || tab === 'profile' ? null : (
        <div className="filters card">
          <StationSelect
            value={stationId}
            onValue={(id) => {
              setStationId(id);
              setWeek('');
            }}
          />
          <SelectField
            label="Week"
            value={week}
            onValue={setWeek}
            options={[
              { value: '', label: 'Newest with data' },
              ...options.map((w) => ({ value: w.week, label: `${w.label} (from ${w.week})` })),
            ]}
            hint="Amazon’s weeks run Sunday to Saturday."
          />
        </div>
      )}
      {me.stations.length === 0 ? <p className="muted">No stations yet.</p> : null}
      <Tabs label="Performance" tabs={TABS} current={tab} onSelect={setTab}>
        {tab === 'week' ? <WeekPanel query={weeks} /> : null}
        {tab === 'scorecard' ? <ScorecardPanel stationId={stationId} week={week} /> : null}
        {tab === 'dsp' ? (
          <DspScorecardPanel key={`${stationId}:${week}`} stationId={stationId} week={week} />
        ) : null}
        {tab === 'needle' ? <NeedlePanel stationId={stationId} week={week} /> : null}
        {tab === 'unknown' ? <UnknownPanel /> : null}
        {tab === 'profile' ? <ProfilePanel /> : null}
      </Tabs>
    </div>
  );
}
