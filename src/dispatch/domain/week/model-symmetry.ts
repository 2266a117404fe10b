import type { MilpBuilder } from './milp.js';
import type { DaColumns } from './model-da-rows.js';
import type { DaWeek } from './shifts.js';

/** What makes two DAs interchangeable in the model: same days open, same pins, same wishes, same history. */
const symmetryKey = (w: DaWeek): string =>
  JSON.stringify([
    w.unavailable.map((u) => u === null),
    w.pins.map((p) => (p ? [p.kind, p.start, p.minutes] : null)),
    w.da.wantsDays,
    w.preferred,
    w.workedLastWeek,
    w.da.consecutiveDaysBeforeWeek,
    w.lastEnd,
  ]);

/**
 * Interchangeable DAs in a fixed order by days worked (any plan can be relabelled to satisfy it), so
 * branch-and-bound does not explore the same plan once per order. Returns how many groups it ordered.
 */
export function addSymmetryRows(
  m: MilpBuilder,
  weeks: readonly DaWeek[],
  perDa: readonly DaColumns[],
): number {
  let symmetricGroups = 0;
  const groups = new Map<string, number[]>();
  weeks.forEach((w, d) => {
    const key = symmetryKey(w);
    groups.set(key, [...(groups.get(key) ?? []), d]);
  });
  for (const members of groups.values()) {
    if (members.length < 2 || (perDa[members[0] ?? 0]?.units.length ?? 0) === 0) continue;
    symmetricGroups++;
    for (let k = 1; k < members.length; k++) {
      const a = perDa[members[k - 1] ?? 0]?.units ?? [];
      const b = perDa[members[k] ?? 0]?.units ?? [];
      m.row([...a, ...b], [...a.map(() => 1), ...b.map(() => -1)], 0, Number.POSITIVE_INFINITY);
    }
  }
  return symmetricGroups;
}
