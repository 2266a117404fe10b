import { type Answer, answer, type Body, client } from '../app/api.js';

export type FleetMonth = Answer<'/money/fleet', 'get'>;
export type FleetBill = FleetMonth['bills'][number];
export type FleetFinding = FleetMonth['discrepancies'][number];
export type FleetLink = Body<'/money/fleet/link', 'post'>;

export const fleetBillsApi = {
  month: (stationId: string, month: string | undefined) =>
    answer(client.GET('/money/fleet', { params: { query: { stationId, ...(month ? { month } : {}) } } })),
  link: (body: FleetLink) => answer(client.POST('/money/fleet/link', { body })),
};

/** What each fleet discrepancy kind is, for people. */
export const FLEET_KIND_LABELS: Record<string, string> = {
  'fleet-line': 'Line amount wrong',
  'fleet-afs': 'Paid below AFS',
  'fleet-rate': 'Wrong class rate',
  'fleet-returned': 'Billed after return',
  'fleet-grounded': 'Billed while at Amazon’s repair',
  'fleet-days': 'Days before ours or past the period',
  'fleet-unused': 'Rental days beyond use',
};
