import { english, type Said } from '../../app/i18n.js';
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

/** Why the step cannot be taken now, as catalogue words, or null. */
export function whyNot(item: ItemState, step: Step): Said | null {
  const status = { status: item.status };
  switch (step.kind) {
    case 'acknowledge':
      if (item.status !== 'open' && item.status !== 'upheld')
        return { code: 'coaching.already', args: status };
      if (item.action === 'written_warning') return signatureProblem(step.signature, step.fullName);
      return null;
    case 'dispute':
      if (item.action === 'recognition') return { code: 'coaching.recognitionNotDisputed' };
      return item.status === 'open' ? null : { code: 'coaching.onlyOpenDisputed', args: status };
    case 'resolve':
      return item.status === 'disputed' ? null : { code: 'coaching.onlyDisputedResolved', args: status };
    case 'hold':
      if (!MEETINGS.includes(item.action)) return { code: 'coaching.onlyMeetingsHeld' };
      if (item.status === 'dismissed') return { code: 'coaching.dismissed' };
      return item.heldAt ? { code: 'coaching.heldAlready' } : null;
  }
}

/** Why the step cannot be taken now, in English, or null. */
export function refusal(item: ItemState, step: Step): string | null {
  const why = whyNot(item, step);
  return why && english(why);
}

const normal = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** A warning is signed with the DA's full name as the company has it, typed by the DA. */
function signatureProblem(signature: string | null, fullName: string): Said | null {
  if (!signature?.trim()) return { code: 'coaching.signFullName' };
  return normal(signature) === normal(fullName)
    ? null
    : { code: 'coaching.nameAsWeHaveIt', args: { fullName } };
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
