import { describe, expect, it } from 'vitest';
import type { Cause } from './cause.js';
import { causeText, coachingText } from './texts.js';

// Coaching issue: messages to DAs in English or Spanish (market.md: "Coaching only in English" is a
// complaint about today's tools).

const events: Cause = {
  type: 'events',
  eventType: 'Following Distance',
  days: 7,
  events: ['2025-03-03', '2025-03-04', '2025-03-05'].map((d, i) => ({
    id: `r${i}`,
    eventId: `EV-${i}`,
    businessDate: d,
    occurredAt: `${d}T17:00:00.000Z`,
    type: 'Following Distance',
    subtype: null,
    severity: null,
    videoLink: null,
  })),
};

describe('coaching texts', () => {
  it('says the cause in the DA’s language', () => {
    expect(causeText(events, 'en')).toBe('3 "Following Distance" events (03/03–03/05)');
    expect(causeText(events, 'es')).toBe('3 eventos de "Distancia de seguimiento" (03/03–03/05)');
    const dcr: Cause = { type: 'metric', metric: 'dcr', unit: 'ratio', value: 0.97, threshold: 0.985 };
    expect(causeText(dcr, 'en')).toMatch(/: 97\.0% last week \(goal: 98\.5%\)$/);
    expect(causeText(dcr, 'es')).toMatch(/: 97\.0% la semana pasada \(meta: 98\.5%\)$/);
    const drop: Cause = { type: 'tier_drop', from: 'fantastic', to: 'fair', score: 70 };
    expect(causeText(drop, 'es')).toBe('tu nivel de la semana bajó de Fantastic a Fair');
  });

  it('writes each action’s message from its template, in Spanish for a Spanish-speaking DA', () => {
    const who = { firstName: 'Ana', orgName: 'Acme DSP' };
    const es = coachingText('one_on_one', events, 'es', who);
    expect(es.body).toBe(
      'Ana, tu gerente quiere hablar contigo en una reunión 1:1 corta sobre: 3 eventos de "Distancia de seguimiento" (03/03–03/05). Detalles en Stationhand.',
    );
    expect(es.template.key).toBe('coaching_one_on_one');
    const praise = coachingText(
      'recognition',
      { type: 'fantastic', standing: 'fantastic', score: 95 },
      'en',
      who,
    );
    expect(praise.body).toBe('Great work, Ana! You had a Fantastic week. Thank you from Acme DSP.');
  });
});
