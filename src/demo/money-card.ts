import { formatDollars } from '../money/domain/money.js';
import type { Cell, DemoFile } from './demo-file.js';

/**
 * A demo station's rate card (issue 16 item 1): its route blocks by service type, priced at the
 * station's hour, and the other lines of a Variable invoice at the rates working DSPs' invoices show
 * (shared domain/money.md, payroll-and-money.md §3): training $223.20 an 8-hour block, ride-along $579,
 * AMZL late cancel $200, unplanned delay $32.49 an hour, $0.06 a delivered package, $0.05 a pickup; the
 * scorecard incentive a package by tier; the fleet's monthly rates by van class.
 */

/** A station as its card prices it: every block at an hour's rate ($32.50 makes a 10-hour block $325). */
export interface PricedStation {
  code: string;
  hourCents: number;
}

/** WST's service type of a route, by the van it ran in (the invoice's line names carry it). */
export const VAN_SERVICE: Record<string, string> = {
  edv: 'Standard Parcel Electric - Rivian MEDIUM',
  cdv: 'Standard Parcel - Custom Delivery Van 12ft',
  step_van: 'Standard Parcel - Step Van',
  rental: 'Standard Parcel - Custom Delivery Van 12ft',
};
export const NURSERY = 'Nursery Route Level 1';

const BLOCKS = [8, 9, 10];

/** The training block the demo's training shifts (8 h ride-alongs with a trainer) are paid as. */
export const TRAINING = { hours: 8, cents: 22_320 };
/** A route Amazon cancelled after the DSP staffed it (AMZL Late Cancel), paid on the Variable invoice. */
export const LATE_CANCEL_CENTS = 20_000;
/** An hour of unplanned delay (a DA held by a late truck), paid on the Variable invoice. */
export const DELAY_HOUR_CENTS = 3_249;
/** A delivered package, paid per piece on the Variable invoice. */
export const PER_PACKAGE_CENTS = 6;
/** The Delivery Excellence incentive a package, by scorecard tier (others $0). */
export const INCENTIVE_CENTS = { 'Fantastic Plus': 15, Fantastic: 7 } as const;

/** Monthly rates by Fixed Monthly van class (payroll-and-money.md §3: LMR $2,020, Leased $1,700; money.md: owned $475). */
export const FLEET_CLASSES = [
  { ownership: 'amazon_fleet', name: 'Amazon Owned Branded Cargo Van', rateCents: 47_500 },
  { ownership: 'rental', name: 'Branded Last Mile Rental (LMR) Cargo Van', rateCents: 202_000 },
  { ownership: 'leased', name: 'DSP Leased Van Cargo Van', rateCents: 170_000 },
] as const;

/** The card's lines other than route blocks: item, variant, block hours, cents. */
const OTHER_LINES: [string, string, number | '', number][] = [
  ['training', '', TRAINING.hours, TRAINING.cents],
  ['ride-along', '', '', 57_900],
  ['late-cancel', '', '', LATE_CANCEL_CENTS],
  ['unplanned-delay', '', '', DELAY_HOUR_CENTS],
  ['per-package', '', '', PER_PACKAGE_CENTS],
  ['pickup', '', '', 5],
  ...Object.entries(INCENTIVE_CENTS).map(([tier, cents]): [string, string, '', number] => [
    'incentive',
    tier,
    '',
    cents,
  ]),
  // The Fixed Monthly invoice's class is its line's description without "Cargo Van".
  ...FLEET_CLASSES.map((c): [string, string, '', number] => [
    'fleet',
    c.name.replace(/\s+Cargo Van$/, ''),
    '',
    c.rateCents,
  ]),
];

const HEADER = ['Effective From', 'Item', 'Service Type', 'Block Hours', 'Rate'];

/** The rate card from a day on: every service type's 8, 9 and 10-hour blocks, then the other lines. */
export function rateCardFile(station: PricedStation, from: string): DemoFile {
  const types = [...new Set([...Object.values(VAN_SERVICE), NURSERY])];
  const routes = types.flatMap((t) =>
    BLOCKS.map((h): Cell[] => [from, 'route', t, h, formatDollars(h * station.hourCents)]),
  );
  const others = OTHER_LINES.map(([item, variant, hours, cents]): Cell[] => [
    from,
    item,
    variant,
    hours,
    formatDollars(cents),
  ]);
  return {
    kind: 'rate-card',
    stationCode: station.code,
    weekStart: from,
    baseName: `${station.code}_Rate_Card_${from}`,
    header: HEADER,
    rows: [...routes, ...others],
  };
}
