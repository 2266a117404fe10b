import { formatDollars } from '../money/domain/money.js';
import type { DemoFile } from './demo-file.js';
import { INCENTIVE_CENTS } from './money-card.js';
import type { RunRoute } from './money-files.js';

/**
 * A week's Incentive invoice for the money demo (issue 16 items 2–3, 12): the Delivery Excellence
 * incentive on the packages the week's routes delivered, at the station's Fantastic Plus tier ($0.15 a
 * package, shared domain/money.md). In the week `wrongTier` it is paid at Fantastic's $0.07: the leak
 * the check of the tier's rate finds. Its lines carry no date, as Amazon's do; its name carries the week.
 */
const TIER = 'Fantastic Plus';
const TIER_CENTS = INCENTIVE_CENTS[TIER];
const WRONG_CENTS = INCENTIVE_CENTS.Fantastic;

export function incentiveFile(
  stationCode: string,
  week: string,
  routes: readonly RunRoute[],
  wrongTier: boolean,
): DemoFile {
  const packages = routes.reduce((sum, r) => sum + (r.delivered ?? 0), 0);
  const rate = wrongTier ? WRONG_CENTS : TIER_CENTS;
  const amount = formatDollars(packages * rate);
  return {
    kind: 'incentive-invoice',
    stationCode,
    weekStart: week,
    baseName: `${stationCode}_Incentive_Invoice_${week}`,
    header: ['Date', 'Description', 'Quantity', 'Rate', 'Amount'],
    rows: [
      ['', `Delivery Excellence Incentive (${TIER})`, packages, formatDollars(rate), amount],
      ['', 'Total Due', '', '', amount],
    ],
  };
}

/** Each money week's Incentive invoice; the last but one paid at the wrong tier. */
export function incentiveFiles(station: {
  code: string;
  weeks: { week: string; run: RunRoute[] }[];
}): DemoFile[] {
  const wrongTierWeek = station.weeks.at(-2)?.week;
  return station.weeks.map(({ week, run }) => incentiveFile(station.code, week, run, week === wrongTierWeek));
}
