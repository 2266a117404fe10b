import type { RateItem } from '../../db/schema.js';
import type { Category, Tally } from './expected.js';
import { lineAmountCents } from './money.js';
import { type RateLine, rateOn } from './rate-card.js';

// A tally priced by the station's rate card in force on its day.

const RATE_ITEM: Record<Category, RateItem> = {
  route: 'route',
  training: 'training',
  'ride-along': 'ride-along',
  'late-cancel': 'late-cancel',
  'unplanned-delay': 'unplanned-delay',
  packages: 'per-package',
};

/**
 * A route block's rate on a day: the card's for the service type, else the one rate every service type's
 * block of that length has then (our own routes carry Cortex's service type, "Standard Parcel", where
 * Amazon's lines name the van: "… - Rivian MEDIUM"); null when the card does not settle it.
 */
export function routeRate(
  card: readonly RateLine[],
  serviceType: string,
  hours: number,
  date: string,
): number | null {
  const own = rateOn(card, { item: 'route', variant: serviceType, blockHours: hours }, date);
  if (own !== null) return own;
  const variants = new Set(
    card.filter((l) => l.item === 'route' && l.blockHours === hours).map((l) => l.variant),
  );
  const rates = new Set(
    [...variants].map((v) => rateOn(card, { item: 'route', variant: v, blockHours: hours }, date)),
  );
  return rates.size === 1 ? ([...rates][0] ?? null) : null;
}

/**
 * A ride-along day's rate: the card's ride-along line, else the one rate its by-the-block ride-along
 * lines have that day (a day is one ORE block, whatever its length).
 */
export function rideAlongRate(card: readonly RateLine[], date: string): number | null {
  const want = (blockHours: number) => ({ item: 'ride-along' as const, variant: '', blockHours });
  const own = rateOn(card, want(0), date);
  if (own !== null) return own;
  const blocks = new Set(card.filter((l) => l.item === 'ride-along').map((l) => l.blockHours));
  const rates = new Set([...blocks].map((h) => rateOn(card, want(h), date)).filter((r) => r !== null));
  return rates.size === 1 ? ([...rates][0] ?? null) : null;
}

/** A line's quantity priced by the card on its day (the week's first day for undated ones). */
export function priced(card: readonly RateLine[], t: Omit<Tally, 'cents'>, weekStart: string): Tally {
  const date = t.date ?? weekStart;
  const rate =
    t.category === 'route'
      ? routeRate(card, t.serviceType, t.blockHours, date)
      : t.category === 'ride-along'
        ? rideAlongRate(card, date)
        : rateOn(
            card,
            { item: RATE_ITEM[t.category], variant: t.serviceType, blockHours: t.blockHours },
            date,
          );
  return { ...t, cents: rate === null ? null : lineAmountCents(t.quantity, rate) };
}
