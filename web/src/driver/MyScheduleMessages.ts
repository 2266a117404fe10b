import { defineMessage, defineMessages, type MessageValue } from 'react-intl';

export const MY_SCHEDULE = defineMessages({
  title: { id: 'me.schedule.title', defaultMessage: 'My schedule' },
  back: { id: 'me.schedule.back', defaultMessage: '‹ Back' },
  thisWeek: { id: 'me.schedule.thisWeek', defaultMessage: 'This week' },
  nextWeek: { id: 'me.schedule.nextWeek', defaultMessage: 'Next week' },
  weekOf: defineMessage<{ a: MessageValue; b: MessageValue }>({
    id: 'me.schedule.weekOf',
    defaultMessage: '{a} – {b}',
  }),
  none: { id: 'me.schedule.none', defaultMessage: 'No shifts published for this week yet.' },
  confirm: { id: 'me.schedule.confirm', defaultMessage: 'Confirm' },
  confirming: { id: 'me.schedule.confirming', defaultMessage: 'Confirming…' },
  confirmAll: defineMessage<{ n: MessageValue }>({
    id: 'me.schedule.confirmAll',
    defaultMessage: 'Confirm all ({n})',
  }),
  confirmed: { id: 'me.schedule.confirmed', defaultMessage: 'Confirmed' },
  allConfirmed: {
    id: 'me.schedule.allConfirmed',
    defaultMessage: 'All your shifts are confirmed. Thank you!',
  },
  calledOut: { id: 'me.schedule.calledOut', defaultMessage: 'Called out' },
  noShow: { id: 'me.schedule.noShow', defaultMessage: 'No-show' },
  shiftLine: defineMessage<{ k: MessageValue; s: MessageValue; l: MessageValue }>({
    id: 'me.schedule.shiftLine',
    defaultMessage: '{k} · {s} · {l}',
  }),
  noRecord: {
    id: 'me.schedule.noRecord',
    defaultMessage: 'Your login is not linked to a driver record yet. Ask your manager.',
  },
});

/** Shift kinds in the DA's language. */
export const SHIFT_KINDS = defineMessages({
  route: { id: 'me.shiftKind.route', defaultMessage: 'Route' },
  standby: { id: 'me.shiftKind.standby', defaultMessage: 'Standby' },
  training: { id: 'me.shiftKind.training', defaultMessage: 'Training' },
  'ride-along': { id: 'me.shiftKind.rideAlong', defaultMessage: 'Ride-along' },
  rescue: { id: 'me.shiftKind.rescue', defaultMessage: 'Rescue' },
  office: { id: 'me.shiftKind.office', defaultMessage: 'Office' },
});
