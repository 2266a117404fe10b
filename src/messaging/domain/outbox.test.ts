import { describe, expect, it } from 'vitest';
import { afterAttempt, MAX_ATTEMPTS, type OutboxCandidate, planOutbox, retryDelayMinutes } from './outbox.js';
import { DEFAULT_SETTINGS } from './settings.js';

const on = { ...DEFAULT_SETTINGS, smsEnabled: true };
const noon = new Date('2026-06-11T19:00:00Z'); // 12:00 in Los Angeles
const phone = '+15125550100';
const candidate = (id: string, over: Partial<OutboxCandidate> = {}): OutboxCandidate => ({
  id,
  toPhone: phone,
  da: { phone, smsConsentAt: '2026-01-01T00:00:00.000Z' },
  timeZone: 'America/Los_Angeles',
  optedOutAt: null,
  ...over,
});

describe('the outbox plan', () => {
  it('sends what is due within the org’s rate limit, oldest first, and leaves the rest for the next minute', () => {
    const due = ['a', 'b', 'c', 'd'].map((id) => candidate(id));
    expect(planOutbox(due, { ...on, ratePerMinute: 3 }, 1, noon)).toEqual({
      settle: [],
      defer: [],
      send: ['a', 'b'],
    });
    expect(planOutbox(due, { ...on, ratePerMinute: 3 }, 5, noon).send).toEqual([]);
  });

  it('blocks a number that replied STOP and a DA who withdrew consent, and fails what can no longer go', () => {
    const plan = planOutbox(
      [
        candidate('stop', { optedOutAt: '2026-06-01T10:00:00.000Z' }),
        candidate('consent', { da: { phone, smsConsentAt: null } }),
        candidate('moved', { da: { phone: '+15125550199', smsConsentAt: '2026-01-01' } }),
        candidate('gone', { da: null, timeZone: null }),
      ],
      on,
      0,
      noon,
    );
    expect(plan.send).toEqual([]);
    expect(plan.settle).toEqual([
      { id: 'stop', status: 'blocked', error: 'The number replied STOP on 2026-06-01.' },
      { id: 'consent', status: 'blocked', error: 'The DA withdrew consent to texts.' },
      { id: 'moved', status: 'failed', error: 'The DA’s phone number changed; not sent to the old one.' },
      { id: 'gone', status: 'failed', error: 'The DA is no longer on file.' },
    ]);
  });

  it('fails every due text once the org turns texts off', () => {
    expect(planOutbox([candidate('a')], DEFAULT_SETTINGS, 0, noon).settle).toMatchObject([
      { id: 'a', status: 'failed' },
    ]);
  });

  it('defers texts in quiet hours at the DA’s station to the morning, without using the rate limit', () => {
    const night = new Date('2026-06-11T06:00:00Z'); // 23:00 in Los Angeles, 02:00 in New York
    const plan = planOutbox(
      [
        candidate('la'),
        candidate('ny', { timeZone: 'America/New_York' }),
        candidate('hi', { timeZone: 'Pacific/Honolulu' }),
      ],
      { ...on, ratePerMinute: 1 },
      0,
      night,
    );
    expect(plan.defer).toEqual([
      { id: 'la', until: '2026-06-11T15:00:00.000Z' },
      { id: 'ny', until: '2026-06-11T12:00:00.000Z' },
    ]);
    expect(plan.send).toEqual(['hi']); // 20:00 in Honolulu
  });
});

describe('after an attempt', () => {
  const now = new Date('2026-06-11T19:00:00Z');

  it('retries after 1, 5, 25 and 125 minutes, then gives up at the fifth attempt', () => {
    expect([1, 2, 3, 4].map(retryDelayMinutes)).toEqual([1, 5, 25, 125]);
    expect(afterAttempt({ kind: 'retry', error: 'Twilio error 20429: Too Many Requests' }, 2, now)).toEqual({
      status: 'queued',
      providerId: null,
      nextAttemptAt: '2026-06-11T19:05:00.000Z',
      lastError: 'Twilio error 20429: Too Many Requests',
    });
    expect(afterAttempt({ kind: 'retry', error: 'Down.' }, MAX_ATTEMPTS, now)).toMatchObject({
      status: 'failed',
      nextAttemptAt: null,
      lastError: 'Down. Gave up after 5 attempts.',
    });
  });

  it('records the provider’s id of a sent text, and settles failed and blocked ones at once', () => {
    expect(afterAttempt({ kind: 'sent', providerId: 'SM1' }, 1, now)).toMatchObject({
      status: 'sent',
      providerId: 'SM1',
    });
    expect(afterAttempt({ kind: 'failed', error: 'Bad number.' }, 1, now)).toMatchObject({
      status: 'failed',
    });
    expect(afterAttempt({ kind: 'blocked', error: 'Unsubscribed.' }, 1, now)).toMatchObject({
      status: 'blocked',
    });
  });
});
