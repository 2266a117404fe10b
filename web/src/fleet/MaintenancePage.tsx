import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { Notice } from '../app/ui/notice.js';
import { PageHeader } from '../app/ui/page.js';
import { MaintenanceDueList } from './MaintenanceDueList.js';
import { SchedulesPanel } from './SchedulesPanel.js';
import './fleet.css';

/** Fleet maintenance: what is due across the fleet, the schedules, and the grounding setting. */
export function MaintenancePage() {
  const { can } = useSession();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="stack-lg">
      <p>
        <Link to="/fleet" className="back-to">
          <span aria-hidden="true">←</span>All vans
        </Link>
      </p>
      <PageHeader
        title="Fleet maintenance"
        description="What is due or overdue by miles and days, and the schedules it is counted from."
      />
      {message ? <Notice kind="success">{message}</Notice> : null}
      <MaintenanceDueList />
      <SchedulesPanel canWrite={can('fleet.write')} onSaved={setMessage} />
    </div>
  );
}
