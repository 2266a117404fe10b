import { VAN_TYPE_LABELS } from '../fleet/labels.js';
import type { VanType } from '../people/api.js';
import type { Replacement } from './api.js';
import { hours } from './board-model.js';

/** Whole dollars: an overtime cost is an estimate. */
const money = (cents: number) => `$${Math.round(cents / 100).toLocaleString('en-US')}`;

/** The headings the replacement candidates are grouped under. */
export const GROUP_LABELS: Record<Replacement['group'], string> = {
  standby: 'Free standbys',
  scheduled: 'Scheduled, no route yet',
  off_today: 'Off today',
};

const vanTypes = (types: string[]) => types.map((t) => VAN_TYPE_LABELS[t as VanType] ?? t).join(', ');

/** One DA's facts for a route: their week, what they drive and the overtime it would cost. */
export const replacementFacts = (r: Replacement) =>
  `${r.checkedIn ? 'checked in · ' : ''}${hours(r.weekMinutes)} this week → ${hours(r.weekMinutesAfter)} · ${vanTypes(r.vanTypes)} · ${
    r.overtimeMinutes > 0
      ? `${hours(r.overtimeMinutes)} overtime, about ${money(r.overtimeCostCents)}`
      : 'no overtime'
  }`;
