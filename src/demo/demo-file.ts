/** A file the demo hands a DSP as Amazon (or a vendor) would: its kind, station, week, name and rows. */

export type Cell = string | number;
export type DemoFileKind =
  | 'da-weekly'
  | 'safety-events'
  | 'customer-feedback'
  | 'rate-card'
  | 'wst-service-details'
  | 'variable-invoice'
  | 'incentive-invoice'
  | 'deposit'
  | 'fixed-monthly'
  | 'afs'
  | 'fleet-invoice'
  | 'capacity-reliability';

export interface DemoFile {
  kind: DemoFileKind;
  stationCode: string;
  weekStart: string;
  /** Amazon's name for it, without the extension (.csv, or .xlsx for a dashboard saved in Excel). */
  baseName: string;
  header: string[];
  rows: Cell[][];
}

/** Amazon's short code of a DSP, from its name's initials ("Desert Coast Delivery LLC" → DCDL). */
export const dspCode = (orgName: string): string =>
  orgName
    .split(/[^A-Za-z]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase())
    .join('')
    .slice(0, 4)
    .padEnd(4, 'X');
