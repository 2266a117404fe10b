import { invoiceTallies, wstTallies } from './amazon-tallies.js';
import { between, type Discrepancy, type DiscrepancyKind } from './discrepancy.js';
import { type Category, lineKey, type RecordRoute, type Tally, type WeekRecords } from './expected.js';
import { priced, routeRate } from './expected-prices.js';
import type { Invoice } from './invoice.js';
import { formatQuantity } from './money.js';
import type { RateLine } from './rate-card.js';
import { closedDays, recordTallies, serviceTypes, untypedRoutes } from './record-tallies.js';
import { typeKey } from './route-check.js';
import type { ServiceDetailsRow } from './service-details.js';

/**
 * Item 4: our records against WST and the invoice. Routes are compared day by day with WST when the
 * week has a WST file (WST is then checked against the invoice by `checkRoutes`, so no dollar is
 * counted twice), else with the invoice; ride-along days likewise, over the week. Training, late
 * cancels and delays are compared with the invoice over the week (WST's Training and Unplanned Delay files are not read); packages with WST's
 * shipments delivered. Units not defined the same way are said "not comparable", never priced.
 */
export interface ExpectedWeek {
  weekStart: string;
  records: WeekRecords;
  wst: ServiceDetailsRow[] | null;
  invoice: Invoice | null;
  card: RateLine[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const sum = (ts: Tally[]) => ts.reduce((n, t) => n + t.quantity, 0);
const cents = (ts: Tally[]) =>
  ts.some((t) => t.cents === null) ? null : ts.reduce((n, t) => n + (t.cents ?? 0), 0);
const evidenceOf = (...groups: Tally[][]) => groups.flat().flatMap((t) => t.evidence);

export const lineTitle = (t: Pick<Tally, 'category' | 'serviceType' | 'blockHours'>): string =>
  ({
    route: `${t.serviceType} - Block of ${t.blockHours} Hours`,
    training: `Training - Block of ${t.blockHours} Hours`,
    'ride-along': 'Ride Along / On-Road Experience (days)',
    'late-cancel': 'Late cancels',
    'unplanned-delay': 'Unplanned delay (hours)',
    packages: 'Packages delivered',
  })[t.category];

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

interface Block {
  hours: number;
  ours: Tally[];
  theirs: Tally[];
  short: number;
  extra: number;
}

/** One day's routes of one service type, ours against theirs, block by block. */
function routeDay(ours: Tally[], theirs: Tally[], source: string, card: readonly RateLine[]): Discrepancy[] {
  const first = (ours[0] ?? theirs[0]) as Tally;
  const { serviceType, date } = first;
  const rate = (hours: number) => routeRate(card, serviceType, hours, date ?? '');
  const times = (n: number, hours: number) => {
    const r = rate(hours);
    return r === null ? null : n * r;
  };
  const blocks = [...groupBy([...ours, ...theirs], (t) => String(t.blockHours)).keys()].map((h): Block => {
    const hours = Number(h);
    const o = ours.filter((t) => t.blockHours === hours);
    const t = theirs.filter((x) => x.blockHours === hours);
    return {
      hours,
      ours: o,
      theirs: t,
      short: Math.max(0, sum(o) - sum(t)),
      extra: Math.max(0, sum(t) - sum(o)),
    };
  });
  const found: Discrepancy[] = [];
  const at = (hours: number) => ({ category: 'route' as const, serviceType, blockHours: hours });
  for (const run of blocks)
    for (const paid of blocks) {
      const n = Math.min(run.short, paid.extra);
      if (n === 0 || run === paid) continue;
      run.short -= n;
      paid.extra -= n;
      found.push(
        between(
          {
            kind: 'records-block-length',
            date,
            line: lineKey(at(run.hours)),
            description: `${serviceType}: ${plural(n, 'route')} we ran for ${run.hours} h, a Block of ${paid.hours} Hours in ${source}`,
            evidence: evidenceOf(run.ours, paid.theirs),
          },
          times(n, run.hours),
          times(n, paid.hours),
        ),
      );
    }
  for (const b of blocks) {
    const counts = `${plural(sum(b.ours), 'route')} run (our day closes), ${formatQuantity(sum(b.theirs))} in ${source}`;
    const found1 = (kind: DiscrepancyKind, expected: number | null, other: number | null) =>
      between(
        {
          kind,
          date,
          line: lineKey(at(b.hours)),
          description: `${lineTitle(at(b.hours))}: ${counts}`,
          evidence: evidenceOf(b.ours, b.theirs),
        },
        expected,
        other,
      );
    if (b.short > 0)
      found.push(
        found1(
          theirs.length === 0 ? 'records-route-missing' : 'records-route-short',
          times(b.short, b.hours),
          0,
        ),
      );
    if (b.extra > 0) found.push(found1('records-route-count', 0, times(b.extra, b.hours)));
  }
  return found;
}

/** A day with routes in WST or on the invoice but no day close of ours is said once, not priced. */
function unclosedDay(date: string, theirs: Tally[], source: string): Discrepancy {
  const description = `${formatQuantity(sum(theirs))} routes in ${source} on a day with no day close in our records`;
  return between({ kind: 'not-comparable', date, description, evidence: evidenceOf(theirs) }, null, null);
}

function compareRoutes(
  ours: Tally[],
  theirs: Tally[],
  source: string,
  card: readonly RateLine[],
  days: Set<string>,
) {
  const key = (t: Tally) => `${t.date}|${typeKey(t.serviceType)}`;
  const routes = theirs.filter((t) => t.category === 'route' && t.date !== null);
  const mine = groupBy(
    ours.filter((t) => t.category === 'route'),
    key,
  );
  const other = groupBy(
    routes.filter((t) => days.has(t.date ?? '')),
    key,
  );
  const unclosed = groupBy(
    routes.filter((t) => !days.has(t.date ?? '')),
    (t) => t.date ?? '',
  );
  return [
    ...[...new Set([...mine.keys(), ...other.keys()])].flatMap((k) =>
      routeDay(mine.get(k) ?? [], other.get(k) ?? [], source, card),
    ),
    ...[...unclosed].map(([date, ts]) => unclosedDay(date, ts, source)),
  ];
}

/** Routes of every service type, when blocks are compared by length alone. */
const ALL_TYPES = 'All service types';

const KINDS: Record<Exclude<Category, 'route'>, DiscrepancyKind> = {
  training: 'records-training',
  'ride-along': 'records-ride-along',
  'late-cancel': 'records-late-cancel',
  'unplanned-delay': 'records-delay',
  packages: 'records-packages',
};

/**
 * A category over the whole week, line by line: the quantities, or (priced both ways) the amounts,
 * differ. Our days of an item the rate card has no price for and the other side has no line of are
 * not expected pay (a ride-along the station is not paid for).
 */
function compareWeek(category: Exclude<Category, 'route'>, ours: Tally[], theirs: Tally[], source: string) {
  const of = (ts: Tally[]) =>
    groupBy(
      ts.filter((t) => t.category === category),
      lineKey,
    );
  const mine = of(ours);
  const other = of(theirs);
  return [...new Set([...mine.keys(), ...other.keys()])].flatMap((k) => {
    const o = mine.get(k) ?? [];
    const t = other.get(k) ?? [];
    const [expected, billed] = [cents(o), cents(t)];
    const sameCount = Math.abs(sum(o) - sum(t)) < 0.005;
    if (sameCount && (expected === null || billed === null || expected === billed)) return [];
    // Neither the station's card prices it nor the invoice pays it: not what this station is paid for.
    if (expected === null && t.length === 0) return [];
    const line = (o[0] ?? t[0]) as Tally;
    const description = `${lineTitle(line)}: ${formatQuantity(Math.round(sum(o) * 100) / 100)} in our records, ${formatQuantity(sum(t))} in ${source}`;
    return [
      between(
        { kind: KINDS[category], date: null, line: k, description, evidence: evidenceOf(o, t) },
        expected,
        billed,
      ),
    ];
  });
}

/** Routes we ran with no service type, ours or WST's, are said, not priced. */
function untyped(routes: RecordRoute[]): Discrepancy[] {
  return routes.map((r) =>
    between(
      {
        kind: 'not-comparable',
        date: r.date,
        description: `Route ${r.code}: no service type on our route and no WST row for it, so no block to price or compare`,
        evidence: [
          {
            file: 'records',
            row: 0,
            record: { table: 'routes', id: r.id, label: `Route ${r.code} on ${r.date}` },
          },
        ],
      },
      null,
      null,
    ),
  );
}

/** Our packages against the invoice's per-piece deliveries: payment-eligible packages, counted otherwise. */
function packagesAgainstInvoice(ours: Tally[], invoice: Tally[]): Discrepancy[] {
  const o = ours.filter((t) => t.category === 'packages');
  const i = invoice.filter((t) => t.category === 'packages');
  if (o.length === 0 || i.length === 0 || sum(o) === sum(i)) return [];
  const description = `Packages: ${formatQuantity(sum(o))} delivered by our day closes; the invoice pays ${formatQuantity(sum(i))} per-piece deliveries, counted as payment-eligible packages`;
  return [
    between(
      { kind: 'not-comparable', date: null, line: 'packages', description, evidence: evidenceOf(i) },
      null,
      null,
    ),
  ];
}

/** Every tally of the week, from each source, priced: what the Money week page shows. */
export function weekTallies(week: ExpectedWeek) {
  const price = (t: Omit<Tally, 'cents'>) => priced(week.card, t, week.weekStart);
  return {
    records: recordTallies(week.records, serviceTypes(week.records, week.wst)).map(price),
    wst: week.wst ? wstTallies(week.wst).map(price) : null,
    invoice: week.invoice ? invoiceTallies(week.invoice) : null,
  };
}

/**
 * Our records are compared only on days they cover (a route of ours closed that day): a station that
 * does not close its routes in Stationhand, or a day not closed yet, is not a variance.
 */
export function checkExpected(week: ExpectedWeek): Discrepancy[] {
  const days = closedDays(week.records);
  if (days.size === 0) return [];
  const { records, wst, invoice } = weekTallies(week);
  // The invoice names Amazon's service types where ours are Cortex's: without WST, blocks are compared
  // by length over all service types.
  const anyType = (ts: Tally[]) =>
    ts.map((t) => (t.category === 'route' ? { ...t, serviceType: ALL_TYPES } : t));
  const onOurDays = (ts: Tally[]) => ts.filter((t) => t.date === null || days.has(t.date));
  return [
    ...untyped(untypedRoutes(week.records, serviceTypes(week.records, week.wst))),
    ...(wst
      ? compareRoutes(records, wst, 'WST', week.card, days)
      : invoice
        ? compareRoutes(anyType(records), anyType(invoice), 'the invoice', week.card, days)
        : []),
    ...(invoice
      ? (['training', 'late-cancel', 'unplanned-delay'] as const).flatMap((c) =>
          compareWeek(c, records, invoice, 'the invoice'),
        )
      : []),
    // Ride-alongs go our records → WST → invoice as routes do (WST's ORE rows are checked against the
    // invoice's ORE lines by `checkRoutes`), else straight against the invoice.
    ...(wst
      ? compareWeek('ride-along', records, onOurDays(wst), 'WST')
      : invoice
        ? compareWeek('ride-along', records, invoice, 'the invoice')
        : []),
    ...(wst?.some((t) => t.category === 'packages')
      ? compareWeek('packages', records, onOurDays(wst), 'WST')
      : []),
    ...(invoice ? packagesAgainstInvoice(records, invoice) : []),
  ];
}
