import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Notice } from '../app/ui/notice.js';
import { QueryStatus } from '../app/ui/status.js';
import type { Driver } from '../people/api.js';
import { scheduleApi, scheduleKeys } from './api.js';
import './schedule.css';
import { AvailabilityExceptions } from './AvailabilityExceptions.js';
import { AvailabilityPatternForm } from './AvailabilityPatternForm.js';
import { DriverTimeOff } from './DriverTimeOff.js';

/**
 * A DA's availability on their profile: the weekly pattern (days they can work and prefer, days a
 * week wanted), dated exceptions, and time-off requests, which staff may also ask for on their behalf.
 */
export function DriverAvailabilityTab({ driver }: { driver: Driver }) {
  const query = useQuery({
    queryKey: scheduleKeys.availability(driver.id),
    queryFn: () => scheduleApi.availability(driver.id),
  });
  const [message, setMessage] = useState<string | null>(null);
  const data = query.data;
  const name = `${driver.firstName} ${driver.lastName}`;
  return (
    <div className="stack-lg">
      {message ? <Notice kind="success">{message}</Notice> : null}
      <QueryStatus query={query} />
      {data ? (
        <>
          <AvailabilityPatternForm
            key={JSON.stringify([data.pattern, data.note])}
            driverId={driver.id}
            data={data}
            onSaved={() => setMessage(`${name}’s weekly availability saved.`)}
          />
          <AvailabilityExceptions driverId={driver.id} data={data} onMessage={setMessage} />
          <DriverTimeOff driverId={driver.id} name={name} data={data} onMessage={setMessage} />
        </>
      ) : null}
    </div>
  );
}
