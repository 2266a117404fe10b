import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useSession } from '../app/auth.js';
import { useStation } from '../app/station.js';
import { StationSelect } from '../app/station-filter.js';
import { PageHeader } from '../app/ui/page.js';
import { type Tab, Tabs } from '../people/Tabs.js';
import { EffectPanel } from './EffectPanel.js';
import { ItemsPanel } from './ItemsPanel.js';
import { ReviewPanel } from './ReviewPanel.js';
import { RulesPanel } from './RulesPanel.js';
import { RunRules } from './RunRules.js';
import './coaching.css';
import '../performance/performance.css';

const TABS = [
  { key: 'items', label: 'Items' },
  { key: 'review', label: 'Warnings to review' },
  { key: 'rules', label: 'Rules' },
  { key: 'effect', label: 'Did it work?' },
] as const satisfies readonly Tab<string>[];
type TabKey = (typeof TABS)[number]['key'];

/**
 * The coaching loop: rules turn safety events and weekly figures into items (a message, a 1:1, a
 * ride-along, a written warning, or recognition), DAs acknowledge or dispute them, and "did it work?"
 * compares each rule's measure before and after.
 */
export function CoachingPage() {
  const { me, can } = useSession();
  const { defaultStationId } = useStation();
  const [stationId, setStationId] = useState(defaultStationId);
  const [params, setParams] = useSearchParams();
  const tab = (TABS.find((t) => t.key === params.get('tab'))?.key ?? 'items') as TabKey;
  const setTab = (key: TabKey) => setParams(key === 'items' ? {} : { tab: key }, { replace: true });
  return (
    <div className="stack-lg">
      <PageHeader
        title="Coaching"
        description="Rules turn safety events and weekly figures into coaching for each DA, step by step; DAs acknowledge or dispute it on their phone."
        actions={
          can('coaching.write') && stationId ? <RunRules key={stationId} stationId={stationId} /> : null
        }
      />
      {/* Rules are the org's, not a station's. */}
      {tab === 'rules' ? null : (
        <div className="filters card">
          <StationSelect value={stationId} onValue={setStationId} />
        </div>
      )}
      {me.stations.length === 0 ? <p className="muted">No stations yet.</p> : null}
      <Tabs label="Coaching" tabs={TABS} current={tab} onSelect={setTab}>
        {tab === 'items' && stationId ? <ItemsPanel stationId={stationId} /> : null}
        {tab === 'review' && stationId ? <ReviewPanel stationId={stationId} /> : null}
        {tab === 'rules' ? <RulesPanel /> : null}
        {tab === 'effect' && stationId ? <EffectPanel stationId={stationId} /> : null}
      </Tabs>
    </div>
  );
}
