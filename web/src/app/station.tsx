import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { useSession } from './auth.js';
import type { StationRef } from './types.js';

interface StationChoice {
  /** '' means all stations. */
  stationId: string;
  station: StationRef | undefined;
  setStationId: (id: string) => void;
  /**
   * The station a page about one station opens on: the one chosen, else the one the org has had
   * longest ('' when there is none). Not the first by code: a station just added, with no work yet,
   * would open every such page empty.
   */
  defaultStationId: string;
}

const StationContext = createContext<StationChoice | null>(null);

function read(key: string): string {
  try {
    return localStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

/** The station the org has had longest; of stations added together, the first by code. */
const longestStanding = (stations: readonly StationRef[]): StationRef | undefined =>
  stations.reduce<StationRef | undefined>(
    (first, s) => (first && first.createdAt <= s.createdAt ? first : s),
    undefined,
  );

/** The station the person is working on, remembered per organisation in this browser. */
export function StationProvider({ children }: { children: ReactNode }) {
  const { me } = useSession();
  const key = `stationhand.station.${me.org?.id ?? 'none'}`;
  const [chosen, setChosen] = useState<Record<string, string>>({});
  const stored = chosen[key] ?? read(key);
  const station = me.stations.find((s) => s.id === stored);

  const setStationId = useCallback(
    (id: string) => {
      try {
        if (id) localStorage.setItem(key, id);
        else localStorage.removeItem(key);
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      setChosen((c) => ({ ...c, [key]: id }));
    },
    [key],
  );

  const fallback = longestStanding(me.stations);
  const value = useMemo(
    () => ({
      stationId: station?.id ?? '',
      station,
      setStationId,
      defaultStationId: (station ?? fallback)?.id ?? '',
    }),
    [station, setStationId, fallback],
  );
  return <StationContext.Provider value={value}>{children}</StationContext.Provider>;
}

export function useStation(): StationChoice {
  const value = useContext(StationContext);
  if (!value) throw new Error('useStation outside StationProvider');
  return value;
}

/**
 * The station a list is filtered to: the header's switcher sets it, and picking another in the list
 * overrides it until the switcher moves. Shared by the list pages (DAs, fleet, people).
 */
export function useStationFilter(): [string, (stationId: string) => void] {
  const { stationId } = useStation();
  const [filter, setFilter] = useState(stationId);
  const [followed, setFollowed] = useState(stationId);
  if (followed !== stationId) {
    setFollowed(stationId);
    setFilter(stationId);
  }
  return [filter, setFilter];
}

/** How a station reads in a select or a heading: "DXC1 · Chicago South". */
export const codeAndName = (s: StationRef) => `${s.code} · ${s.name}`;

/** A station's code by id, for lists; '—' for a station the person cannot see. */
export function useStationCode(): (stationId: string) => string {
  const { me } = useSession();
  return (stationId) => me.stations.find((s) => s.id === stationId)?.code ?? '—';
}
