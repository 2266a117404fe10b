import { type MetricValues, noMetrics } from './metrics.js';

/**
 * A DA's week for domain tests: every score input at its Fantastic best unless told otherwise
 * (DCR 100%, POD 100%, contact compliance 100%, no defects, 1,000 packages).
 */
export const fantasticWeek = (over: Partial<MetricValues> = {}): MetricValues => ({
  ...noMetrics(),
  dcr: 1,
  pod: 1,
  contact_compliance: 1,
  cdf_dpmo: 0,
  dnr_dpmo: 0,
  ced: 0,
  delivered: 1000,
  ...over,
});
