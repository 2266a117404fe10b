import { MULTIPLIER } from './overtime.js';
import { duration, money } from './text.js';
import type { FlatBonusMethod, PayCode, Wording } from './types.js';

/**
 * A non-discretionary bonus of the workweek: `production` (per stop, per package) always enters the
 * regular rate by the federal method; `flat` (the scorecard bonus passed to DAs) by the state's.
 */
export interface Bonus {
  kind: 'production' | 'flat';
  label: string;
  cents: number;
}

export interface PayInput {
  hourlyCents: number;
  minutes: Record<PayCode, number>;
  premiumHours: { meal: number; rest: number };
  bonuses?: readonly Bonus[];
  flatBonusMethod: FlatBonusMethod;
}

/** One line a DA can read and check: what it pays and how it was worked out. */
export interface PayLine {
  label: string;
  arithmetic: string;
  cents: number;
  /** The label and arithmetic as catalogue words, where they hold words (a bonus's own name is as given). */
  said?: { label: Wording; arithmetic?: Wording };
}

const lineSaid = (line: PayCode | 'meal' | 'rest'): Wording => ({ code: 'payroll.payLine', args: { line } });

export interface Pay {
  lines: PayLine[];
  totalCents: number;
  /** The regular rate of compensation (base + bonuses per hour), in cents, unrounded. */
  regularRateCents: number;
}

const CODE_LABEL: Record<PayCode, string> = { REG: 'Regular', OT: 'Overtime', DT: 'Double time' };

/** A rate per hour: whole cents as money, a fraction of a cent to four places. */
const rate = (cents: number): string =>
  Number.isInteger(cents) ? `${money(cents)}/h` : `$${(cents / 100).toFixed(4)}/h`;

/**
 * How a bonus spreads over the week's hours (cents per hour) and what each OT or DT hour adds.
 * Federal (29 CFR 778.110, 778.209): over all hours worked, half-time on OT, full time on DT, as
 * straight time was paid by the bonus itself. California's flat-bonus method (Alvarado v. Dart
 * Container, 2018): over non-overtime hours, × 1.5 per OT hour; × 2 per DT hour is inferred the same
 * way (Alvarado ruled on 1.5× only).
 */
function bonusSpread(bonus: Bonus, minutes: Record<PayCode, number>, method: FlatBonusMethod) {
  const all = minutes.REG + minutes.OT + minutes.DT;
  // A week with no non-overtime hours has nothing to divide by under Alvarado: all hours are used.
  const california = bonus.kind === 'flat' && method === 'california' && minutes.REG > 0;
  const divisor = california ? minutes.REG : all;
  return {
    perHour: divisor > 0 ? (bonus.cents * 60) / divisor : 0,
    over: duration(divisor),
    basis: california ? 'non_overtime' : 'worked',
    extra: california
      ? { OT: MULTIPLIER.OT, DT: MULTIPLIER.DT }
      : { OT: MULTIPLIER.OT - 1, DT: MULTIPLIER.DT - 1 },
  };
}

/** The workweek's pay in cents, each line with its arithmetic. */
export function computePay(input: PayInput): Pay {
  const { hourlyCents, minutes } = input;
  const lines: PayLine[] = [];
  for (const code of ['REG', 'OT', 'DT'] as const) {
    const m = minutes[code];
    if (m === 0) continue;
    const times = code === 'REG' ? '' : ` × ${MULTIPLIER[code]}`;
    const cents = Math.round((hourlyCents * m * MULTIPLIER[code]) / 60);
    lines.push({
      label: CODE_LABEL[code],
      arithmetic: `${duration(m)} × ${money(hourlyCents)}/h${times} = ${money(cents)}`,
      cents,
      said: { label: lineSaid(code) },
    });
  }
  let regularRateCents = hourlyCents;
  const rateParts = [`${money(hourlyCents)}/h base`];
  for (const bonus of input.bonuses ?? []) {
    lines.push({ label: bonus.label, arithmetic: money(bonus.cents), cents: bonus.cents });
    const spread = bonusSpread(bonus, minutes, input.flatBonusMethod);
    regularRateCents += spread.perHour;
    rateParts.push(`${rate(spread.perHour)} ${bonus.label}`);
    const onRate = `${money(bonus.cents)} ÷ ${spread.over} ${spread.basis === 'worked' ? 'worked' : 'non-overtime'} = ${rate(spread.perHour)}`;
    for (const code of ['OT', 'DT'] as const) {
      if (minutes[code] === 0) continue;
      const cents = Math.round((spread.perHour * minutes[code] * spread.extra[code]) / 60);
      const args = {
        bonus: money(bonus.cents),
        over: spread.over,
        basis: spread.basis,
        perHour: rate(spread.perHour),
        hours: duration(minutes[code]),
        times: spread.extra[code],
        total: money(cents),
      };
      lines.push({
        label: `${CODE_LABEL[code]} on ${bonus.label}`,
        arithmetic: `${onRate}; ${args.hours} × ${args.perHour} × ${args.times} = ${args.total}`,
        cents,
        said: {
          label: { code: 'payroll.onBonus', args: { line: code, bonus: bonus.label } },
          arithmetic: { code: 'payroll.bonusArithmetic', args },
        },
      });
    }
  }
  const parts = rateParts.length > 1 ? rateParts.join(' + ') : null;
  // The bonuses' part of the rate as the DA reads it: their names as given, "base" from the catalogue.
  const saidParts: Wording | 'none' = parts
    ? {
        code: 'payroll.rateParts',
        args: { base: rate(hourlyCents), bonuses: rateParts.slice(1).join(' + ') },
      }
    : 'none';
  const regularRate = `regular rate ${rate(regularRateCents)}${parts ? ` (${parts})` : ''}`;
  for (const kind of ['meal', 'rest'] as const) {
    const h = input.premiumHours[kind];
    if (h === 0) continue;
    const cents = Math.round(h * regularRateCents);
    lines.push({
      label: kind === 'meal' ? 'Meal premium' : 'Rest premium',
      arithmetic: `${h} h × ${regularRate} = ${money(cents)}`,
      cents,
      said: {
        label: lineSaid(kind),
        arithmetic: {
          code: 'payroll.premiumArithmetic',
          args: { hours: h, rate: rate(regularRateCents), parts: saidParts, total: money(cents) },
        },
      },
    });
  }
  return { lines, totalCents: lines.reduce((sum, l) => sum + l.cents, 0), regularRateCents };
}
