import { defineMessage, defineMessages, type MessageValue } from 'react-intl';

/** The weeks the server looks back (src/dispatch/my-past-plan.ts). */
export const PAST_PLAN_WEEKS = 12;

export const MY_PAST_PLAN = defineMessages({
  title: { id: 'me.pastPlan.title', defaultMessage: 'My routes past plan' },
  back: { id: 'me.pastPlan.back', defaultMessage: '‹ Back' },
  intro: defineMessage<{ w: MessageValue }>({
    id: 'me.pastPlan.intro',
    defaultMessage:
      'Your routes of the last {w} weeks that took longer than Amazon planned, from the start and end the dispatcher closed them with.',
  }),
  none: {
    id: 'me.pastPlan.none',
    defaultMessage: 'None of your routes ran past its plan in these weeks.',
  },
  total: defineMessage<{ n: MessageValue; time: MessageValue }>({
    id: 'me.pastPlan.total',
    defaultMessage: '{n, plural, one {# route} other {# routes}} past plan, {time} in all',
  }),
  plannedActual: defineMessage<{ planned: MessageValue; actual: MessageValue }>({
    id: 'me.pastPlan.plannedActual',
    defaultMessage: 'Planned {planned} · actual {actual}',
  }),
  over: defineMessage<{ m: MessageValue }>({
    id: 'me.pastPlan.over',
    defaultMessage: '+{m} min',
  }),
  hoursMinutes: defineMessage<{ h: MessageValue; m: MessageValue }>({
    id: 'me.pastPlan.hoursMinutes',
    defaultMessage: '{h} h {m} min',
  }),
  homeTitle: { id: 'me.pastPlan.homeTitle', defaultMessage: 'Routes past plan' },
  homeCount: defineMessage<{ n: MessageValue; w: MessageValue }>({
    id: 'me.pastPlan.homeCount',
    defaultMessage:
      '{n, plural, =0 {No route past plan} one {# route past plan} other {# routes past plan}} in {w} weeks',
  }),
  homeLink: { id: 'me.pastPlan.homeLink', defaultMessage: 'See my routes past plan' },
});
