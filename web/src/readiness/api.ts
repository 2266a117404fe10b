import { api } from '../app/api.js';
import type { VanType } from '../people/api.js';

export type VanState =
  | 'ready'
  | 'inspection_missing'
  | 'maintenance_due'
  | 'grounded'
  | 'in_shop'
  | 'returned';

export interface Readiness {
  station: { id: string; code: string; name: string; timeZone: string };
  date: string;
  summary: {
    vans: Record<VanState, number>;
    dispatchableVans: number;
    clearedDrivers: number;
    notClearedDrivers: number;
  };
  vans: {
    van: { id: string; fleetNumber: string; vanType: VanType; status: string; odometerMiles: number | null };
    state: VanState;
    dispatchable: boolean;
    reasons: string[];
  }[];
  drivers: {
    driver: { id: string; firstName: string; lastName: string; transporterId: string | null };
    vanTypes: VanType[];
    cleared: boolean;
    reasons: string[];
    warnings: string[];
  }[];
}

export const readinessApi = {
  get: (stationId: string, date: string) =>
    api.get<Readiness>('/readiness', { stationId, date: date || undefined }),
};
