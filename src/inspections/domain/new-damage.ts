import { PANELS, type Panel, panelList } from './panels.js';

export const INSPECTION_KINDS = ['pre_trip', 'post_trip'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

const KIND_WORDS: Record<InspectionKind, string> = { pre_trip: 'pre-trip', post_trip: 'post-trip' };

/** Damage an inspector marked on one panel of the diagram. */
export interface DamageMark {
  panel: Panel;
  note: string | null;
  photoIds: string[];
}

/** What attribution needs to know of an inspection. */
export interface InspectionFacts {
  id: string;
  kind: InspectionKind;
  /** The DA who inspected (null when a staff member did). */
  driverId: string | null;
  /** The inspector as people know them. */
  inspectorName: string;
  businessDate: string;
  startedAt: string;
  damageMarks: readonly Pick<DamageMark, 'panel'>[];
}

/**
 * Panels damaged on `current` and not on `previous`, the van's inspection before it, in diagram order.
 * The van's first inspection has nothing to compare with: its marks are where the record starts.
 */
export function newDamage(
  previous: Pick<InspectionFacts, 'damageMarks'> | null,
  current: Pick<InspectionFacts, 'damageMarks'>,
): Panel[] {
  if (!previous) return [];
  const before = new Set(previous.damageMarks.map((m) => m.panel));
  const now = new Set(current.damageMarks.map((m) => m.panel));
  return PANELS.filter((p) => now.has(p) && !before.has(p));
}

export interface Attribution {
  /** shift: one DA had the van; parked: nobody did; unclear: the inspections cannot say who. */
  kind: 'shift' | 'parked' | 'unclear';
  /** The DA whose shift it was. */
  driverId: string | null;
  /** The business date of that shift. */
  shiftDate: string | null;
  /** The evidence in words, naming both inspections. */
  explanation: string;
}

const describe = (i: InspectionFacts) => `${i.inspectorName}’s ${KIND_WORDS[i.kind]} on ${i.businessDate}`;

/**
 * Whose shift new damage happened on, from the two inspections around it (issue 10):
 * - after a pre-trip, the van went out with that DA; the damage is on their shift that day, whether the
 *   next inspection is their own post-trip or the next DA's pre-trip (they skipped the post-trip);
 * - after a post-trip and before a pre-trip, the van was parked: nobody's shift, both inspections named;
 * - after a post-trip and before another post-trip, the next DA drove without a pre-trip: their shift,
 *   though the parked hours before it are in the window too.
 * Where the inspections cannot single out a DA (a staff inspection, the van changing hands mid-shift,
 * a second pre-trip the same morning) the answer is unclear and says why.
 */
export function attributeNewDamage(
  previous: InspectionFacts,
  current: InspectionFacts,
  panels: readonly Panel[],
): Attribution {
  const found = `${capitalise(panelList(panels))} damage found on ${describe(current)}, not on ${describe(previous)}.`;
  const unclear = (why: string): Attribution => ({
    kind: 'unclear',
    driverId: null,
    shiftDate: null,
    explanation: `${found} ${why}`,
  });
  if (previous.kind === 'pre_trip') {
    if (!previous.driverId)
      return unclear('No DA is on record for the shift after it; check who drove the van.');
    const sameDriver = previous.driverId === current.driverId;
    if (current.kind === 'pre_trip' && sameDriver && current.businessDate === previous.businessDate) {
      return unclear('Both are pre-trips the same day by the same DA: the van had not been out yet.');
    }
    if (current.kind === 'post_trip' && !sameDriver) {
      return unclear('The van changed hands during the shift; check who drove it when.');
    }
    const skipped = current.kind === 'pre_trip' ? ` and did no post-trip` : '';
    return {
      kind: 'shift',
      driverId: previous.driverId,
      shiftDate: previous.businessDate,
      explanation: `${found} ${previous.inspectorName} had the van on ${previous.businessDate}${skipped}.`,
    };
  }
  if (current.kind === 'pre_trip') {
    return {
      kind: 'parked',
      driverId: null,
      shiftDate: null,
      explanation: `${found} The van was parked between them: no DA had it. Check the lot, and whether the post-trip missed it.`,
    };
  }
  if (!current.driverId) return unclear('The van went out without a pre-trip and no DA is on record for it.');
  return {
    kind: 'shift',
    driverId: current.driverId,
    shiftDate: current.businessDate,
    explanation: `${found} ${current.inspectorName} drove the van on ${current.businessDate} without a pre-trip, so the hours it stood parked before are in the window too.`,
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
