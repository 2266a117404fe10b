import { defineMessage, defineMessages, type MessageDescriptor, type MessageValue } from 'react-intl';
import type { PunchKind } from '../payroll/me-api.js';

/** The DA's time clock and hours pages (and their home card). */
export const MY_CLOCK = defineMessages({
  back: { id: 'me.clock.back', defaultMessage: '‹ Back' },
  clockTitle: { id: 'me.clock.title', defaultMessage: 'Time clock' },
  openClock: { id: 'me.clock.open', defaultMessage: 'Open time clock' },
  openHours: { id: 'me.clock.openHours', defaultMessage: 'My hours and pay' },
  notIn: { id: 'me.clock.notIn', defaultMessage: 'You are not clocked in.' },
  workingSince: defineMessage<{ time: MessageValue }>({
    id: 'me.clock.workingSince',
    defaultMessage: 'Working since {time}',
  }),
  onMealSince: defineMessage<{ time: MessageValue }>({
    id: 'me.clock.onMealSince',
    defaultMessage: 'On meal since {time}',
  }),
  onRestSince: defineMessage<{ time: MessageValue }>({
    id: 'me.clock.onRestSince',
    defaultMessage: 'On break since {time}',
  }),
  savedOnPhone: {
    id: 'me.clock.savedOnPhone',
    defaultMessage: 'Saved on your phone, will send when you have a connection. The time you tapped is kept.',
  },
  waiting: defineMessage<{ n: number }>({
    id: 'me.clock.waiting',
    defaultMessage:
      '{n, plural, one {# punch saved on this phone, will send.} other {# punches saved on this phone, will send.}}',
  }),
  sendNow: { id: 'me.clock.sendNow', defaultMessage: 'Send now' },
  unsaved: {
    id: 'me.clock.unsaved',
    defaultMessage:
      'No connection and this phone cannot keep the punch. Try again, or tell your manager the time.',
  },
  refused: defineMessage<{ message: MessageValue }>({
    id: 'me.clock.refused',
    defaultMessage: 'Not accepted: {message}',
  }),
  dismiss: { id: 'me.clock.dismiss', defaultMessage: 'OK, remove it' },
  outsideRadius: {
    id: 'me.clock.outsideRadius',
    defaultMessage:
      'This punch was taken away from the station. It is kept as you punched it; your manager may ask about it.',
  },
  locating: { id: 'me.clock.locating', defaultMessage: 'Finding your location…' },
  noLocation: {
    id: 'me.clock.noLocation',
    defaultMessage: 'Location is off: your punch is kept without it.',
  },
  noRecord: {
    id: 'me.clock.noRecord',
    defaultMessage: 'Your login is not linked to a driver record yet. Ask your manager.',
  },
});

/** The buttons of the clock, by punch kind. */
export const PUNCH_ACTIONS: Record<PunchKind, MessageDescriptor> = defineMessages({
  in: { id: 'me.clock.action.in', defaultMessage: 'Clock in' },
  meal_start: { id: 'me.clock.action.meal_start', defaultMessage: 'Start meal' },
  meal_end: { id: 'me.clock.action.meal_end', defaultMessage: 'End meal' },
  rest_start: { id: 'me.clock.action.rest_start', defaultMessage: 'Start break' },
  rest_end: { id: 'me.clock.action.rest_end', defaultMessage: 'End break' },
  out: { id: 'me.clock.action.out', defaultMessage: 'Clock out' },
});

/** What a punch did, by punch kind. */
export const PUNCH_DONE: Record<PunchKind, MessageDescriptor> = defineMessages({
  in: { id: 'me.clock.done.in', defaultMessage: 'Clocked in' },
  meal_start: { id: 'me.clock.done.meal_start', defaultMessage: 'Meal started' },
  meal_end: { id: 'me.clock.done.meal_end', defaultMessage: 'Meal ended' },
  rest_start: { id: 'me.clock.done.rest_start', defaultMessage: 'Break started' },
  rest_end: { id: 'me.clock.done.rest_end', defaultMessage: 'Break ended' },
  out: { id: 'me.clock.done.out', defaultMessage: 'Clocked out' },
});
