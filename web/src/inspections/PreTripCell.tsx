import { useQuery } from '@tanstack/react-query';
import { StatusBadge } from '../app/ui/status.js';
import { INSPECTIONS_KEY, inspectionsApi, type PreTripStatus } from './api.js';
import { PRE_TRIP_LABELS } from './labels.js';

/**
 * Today's pre-trip status of every van in scope (each on its station's date), fetched once and shared by
 * every cell, list and picker that offers a van (issue 9: flagged everywhere it is offered).
 */
export function usePreTripToday(): Map<string, PreTripStatus> | undefined {
  const today = useQuery({
    queryKey: [...INSPECTIONS_KEY, 'today'],
    queryFn: () => inspectionsApi.today(),
    refetchInterval: 5 * 60_000,
  });
  return today.data ? new Map(today.data.items.map((v) => [v.id, v.preTripToday])) : undefined;
}

const TONES = { passed: 'good', failed: 'bad', missing: 'warn' } as const;

/** A van's flag for lists: "No pre-trip today", "Pre-trip failed" or "Pre-trip passed". */
export function PreTripCell({ vanId }: { vanId: string }) {
  const status = usePreTripToday()?.get(vanId);
  if (!status) return <span className="muted">—</span>;
  return <StatusBadge tone={TONES[status]}>{PRE_TRIP_LABELS[status]}</StatusBadge>;
}
