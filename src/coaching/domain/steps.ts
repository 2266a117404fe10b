import type { Action } from './rules.js';

/**
 * What may happen to a coaching item next. The DA acknowledges (a written warning with their typed
 * name as signature) or disputes in their own words; a manager upholds or dismisses a dispute (an
 * upheld item waits for the DA's acknowledgement again); a 1:1, ride-along or warning meeting is
 * recorded as held. Recognition is only acknowledged.
 */
export type Status = 'open' | 'acknowledged' | 'disputed' | 'upheld' | 'dismissed';

export interface ItemState {
  action: Action;
  status: Status;
  heldAt: string | null;
}

export type Step =
  | { kind: 'acknowledge'; signature: string | null; fullName: string }
  | { kind: 'dispute'; text: string }
  | { kind: 'resolve'; resolution: 'upheld' | 'dismissed' }
  | { kind: 'hold' };

const MEETINGS: readonly Action[] = ['one_on_one', 'ride_along', 'written_warning'];

/** Why the step cannot be taken now, or null. */
export function refusal(item: ItemState, step: Step): string | null {
  switch (step.kind) {
    case 'acknowledge':
      if (item.status !== 'open' && item.status !== 'upheld') return `It is ${item.status} already.`;
      if (item.action === 'written_warning') return signatureProblem(step.signature, step.fullName);
      return null;
    case 'dispute':
      if (item.action === 'recognition') return 'Recognition is not disputed.';
      return item.status === 'open' ? null : `Only an open item can be disputed; this one is ${item.status}.`;
    case 'resolve':
      return item.status === 'disputed'
        ? null
        : `Only a disputed item is resolved; this one is ${item.status}.`;
    case 'hold':
      if (!MEETINGS.includes(item.action)) return 'Only a 1:1, a ride-along or a written warning is held.';
      if (item.status === 'dismissed') return 'The item was dismissed.';
      return item.heldAt ? 'It was recorded as held already.' : null;
  }
}

const normal = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** A warning is signed with the DA's full name as the company has it, typed by the DA. */
function signatureProblem(signature: string | null, fullName: string): string | null {
  if (!signature?.trim()) return 'A written warning is signed: type your full name.';
  return normal(signature) === normal(fullName) ? null : `Type your full name as we have it: ${fullName}.`;
}

/** The status a step leaves the item in. */
export function statusAfter(item: ItemState, step: Step): Status {
  switch (step.kind) {
    case 'acknowledge':
      return 'acknowledged';
    case 'dispute':
      return 'disputed';
    case 'resolve':
      return step.resolution;
    case 'hold':
      return item.status;
  }
}
