import { describe, expect, it } from 'vitest';
import type { Action } from './rules.js';
import { type ItemState, refusal, type Status, type Step, statusAfter } from './steps.js';

// Coaching issue: DA acknowledge (a written warning signed with their typed full name) or dispute in
// their own words; a manager upholds or dismisses; meetings recorded as held; recognition not disputed.

const item = (action: Action, status: Status = 'open', heldAt: string | null = null): ItemState => ({
  action,
  status,
  heldAt,
});
const ack = (signature: string | null = null): Step => ({
  kind: 'acknowledge',
  signature,
  fullName: 'Ana María Garcia',
});

describe('refusal and statusAfter', () => {
  it('lets an open or upheld item be acknowledged, once', () => {
    expect(refusal(item('message'), ack())).toBeNull();
    expect(refusal(item('message', 'upheld'), ack())).toBeNull();
    expect(refusal(item('message', 'acknowledged'), ack())).toBe('It is acknowledged already.');
    expect(refusal(item('message', 'disputed'), ack())).toBe('It is disputed already.');
    expect(statusAfter(item('message'), ack())).toBe('acknowledged');
  });

  it('signs a written warning only with the DA’s full name, spaces and case aside', () => {
    const warning = item('written_warning');
    expect(refusal(warning, ack())).toBe('A written warning is signed: type your full name.');
    expect(refusal(warning, ack('   '))).toBe('A written warning is signed: type your full name.');
    expect(refusal(warning, ack('Ana Garcia'))).toBe('Type your full name as we have it: Ana María Garcia.');
    expect(refusal(warning, ack('  ana   maría GARCIA '))).toBeNull();
  });

  it('lets only an open item be disputed, and never recognition', () => {
    const dispute: Step = { kind: 'dispute', text: 'It was a cut-in.' };
    expect(refusal(item('message'), dispute)).toBeNull();
    expect(refusal(item('written_warning'), dispute)).toBeNull();
    expect(refusal(item('recognition'), dispute)).toBe('Recognition is not disputed.');
    expect(refusal(item('message', 'upheld'), dispute)).toMatch(/^Only an open item can be disputed/);
    expect(statusAfter(item('message'), dispute)).toBe('disputed');
  });

  it('resolves only a disputed item, to upheld or dismissed', () => {
    const dismiss: Step = { kind: 'resolve', resolution: 'dismissed' };
    const uphold: Step = { kind: 'resolve', resolution: 'upheld' };
    expect(refusal(item('message', 'disputed'), dismiss)).toBeNull();
    expect(refusal(item('message', 'open'), uphold)).toBe(
      'Only a disputed item is resolved; this one is open.',
    );
    expect(statusAfter(item('message', 'disputed'), dismiss)).toBe('dismissed');
    expect(statusAfter(item('message', 'disputed'), uphold)).toBe('upheld');
  });

  it('holds a 1:1, ride-along or warning meeting once, keeping the status', () => {
    const hold: Step = { kind: 'hold' };
    expect(refusal(item('one_on_one'), hold)).toBeNull();
    expect(refusal(item('ride_along', 'acknowledged'), hold)).toBeNull();
    expect(refusal(item('message'), hold)).toBe('Only a 1:1, a ride-along or a written warning is held.');
    expect(refusal(item('one_on_one', 'dismissed'), hold)).toBe('The item was dismissed.');
    expect(refusal(item('one_on_one', 'open', '2025-03-10T10:00:00Z'), hold)).toBe(
      'It was recorded as held already.',
    );
    expect(statusAfter(item('one_on_one', 'acknowledged'), hold)).toBe('acknowledged');
  });
});
