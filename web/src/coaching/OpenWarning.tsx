import { useQuery } from '@tanstack/react-query';
import { useSession } from '../app/auth.js';
import { StatusBadge } from '../app/ui/status.js';
import { coachingApi, coachingKeys } from './api.js';

/** The station's DAs on an open written warning (empty for a user who may not read coaching). */
export function useOpenWarnings(stationId: string | undefined): ReadonlySet<string> {
  const { can } = useSession();
  const query = useQuery({
    queryKey: coachingKeys.openWarnings(stationId ?? ''),
    queryFn: () => coachingApi.openWarnings(stationId ?? ''),
    enabled: Boolean(stationId) && can('coaching.read'),
  });
  return new Set(query.data?.drivers.map((d) => d.driverId));
}

/** Beside a DA's rank: a top rank must not hide a written warning. */
export function OpenWarningBadge() {
  return <StatusBadge tone="bad">open written warning</StatusBadge>;
}
