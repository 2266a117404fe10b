import type { Cell } from './demo-file.js';
import type { DrawnFeedback } from './performance-events.js';
import type { DaWeekRecord } from './performance-history.js';
import { pick, randomDigits } from './random.js';

/** Negative customer delivery feedback and delivery concessions as rows of Amazon's files. */

const COMMENTS: Record<string, string[]> = {
  'Package mishandled': ['Box was crushed on one corner.', 'Package thrown over the gate.'],
  'Driver was unprofessional': ['Driver was rude at the door.', 'Driver honked for a signature.'],
  'Delivered to wrong address': [
    'Left at my neighbour’s, two houses down.',
    'Wrong building in the complex.',
  ],
  'Package not received': ['Says delivered, nothing on the porch.', 'Photo shows a door that is not mine.'],
  'Did not follow delivery instructions': [
    'Asked for the side door, left at the front.',
    'Gate code note ignored.',
  ],
  'Package left in an unsafe place': ['Left in the rain by the curb.', 'Left in front of the garage door.'],
};

const tracking = (rand: () => number) => `TBA3${randomDigits(rand, 11)}`;

export function feedbackRow(rand: () => number, r: DaWeekRecord, f: DrawnFeedback): Cell[] {
  return [
    f.route.date,
    r.name,
    r.transporterId,
    tracking(rand),
    f.type,
    pick(rand, COMMENTS[f.type] ?? ['']),
  ];
}

export const concessionRow = (rand: () => number, r: DaWeekRecord, f: DrawnFeedback): Cell[] => [
  f.route.date,
  r.name,
  r.transporterId,
  tracking(rand),
  f.type,
];
