import type { Discrepancy } from './discrepancy.js';
import type { Invoice } from './invoice.js';
import { COMMUNITY_TIER_RATES, checkIncentive, checkInvoice, type TierRates } from './invoice-checks.js';
import type { RateLine } from './rate-card.js';
import { checkWstFiles, type WeekFacts } from './wst-checks.js';

/**
 * The scorecard incentive per package by tier on a day: the card's `incentive` lines in force then
 * (variant = the tier), else what working DSPs' invoices show (COMMUNITY_TIER_RATES).
 */
export function tierRatesOn(card: readonly RateLine[], date: string): TierRates {
  const latest = new Map<string, RateLine>();
  for (const line of card) {
    if (line.item !== 'incentive' || line.effectiveFrom > date) continue;
    const tier = line.variant.trim().toLowerCase();
    const known = latest.get(tier);
    if (!known || line.effectiveFrom > known.effectiveFrom) latest.set(tier, line);
  }
  if (latest.size === 0) return COMMUNITY_TIER_RATES;
  return Object.fromEntries([...latest].map(([tier, line]) => [tier, line.rateCents]));
}

/** A station's week beyond its Variable invoice and Service Details: the Incentive invoice and WST's other files. */
export interface WeekMoreFiles {
  variable: Invoice | null;
  incentive: Invoice | null;
  facts: WeekFacts;
  card: RateLine[];
  weekStart: string;
  /** The tier the week's imported scorecard gives, when there is one. */
  tier: string | null;
}

/**
 * The Incentive invoice on its own and against the Variable one, its rate the tier's from the card (a
 * wrong tier is a difference in dollars), and the invoice's training, late-cancel, delay and package
 * lines against WST's files. Without a Variable invoice nothing is compared.
 */
export function weekFileDiscrepancies(week: WeekMoreFiles): Discrepancy[] {
  const { variable, incentive, facts, card, weekStart, tier } = week;
  if (!variable) return [];
  const tierRates = tierRatesOn(card, weekStart);
  return [
    ...(incentive
      ? [
          ...checkInvoice(incentive, 'incentive'),
          ...checkIncentive(variable, incentive, tier ? { tierRates, tier } : { tierRates }),
        ]
      : []),
    ...checkWstFiles(variable, facts, card, weekStart),
  ];
}
