import { defineMessage, defineMessages, type MessageValue } from 'react-intl';

export const MY_TODAY = defineMessages({
  title: { id: 'me.today.title', defaultMessage: 'Today' },
  today: defineMessage<{ day: MessageValue }>({ id: 'me.today.today', defaultMessage: 'Today · {day}' }),
  next: defineMessage<{ day: MessageValue }>({ id: 'me.today.next', defaultMessage: 'Next route · {day}' }),
  noShift: { id: 'me.today.noShift', defaultMessage: 'You are not on the schedule today.' },
  noRoute: {
    id: 'me.today.noRoute',
    defaultMessage:
      'No route yet. Your route, van, staging and wave show here once dispatch sends the roster.',
  },
  route: { id: 'me.today.route', defaultMessage: 'Route' },
  wave: { id: 'me.today.wave', defaultMessage: 'Wave' },
  staging: { id: 'me.today.staging', defaultMessage: 'Staging' },
  van: { id: 'me.today.van', defaultMessage: 'Van' },
  vanLater: { id: 'me.today.vanLater', defaultMessage: 'Not yet' },
  stops: defineMessage<{ s: MessageValue; p: string }>({
    id: 'me.today.stops',
    defaultMessage: '{s} stops{p, select, none {} other { · {p} packages}}',
  }),
  checkIn: { id: 'me.today.checkIn', defaultMessage: 'Check in' },
  checkingIn: { id: 'me.today.checkingIn', defaultMessage: 'Checking in…' },
  checkedIn: defineMessage<{ t: MessageValue }>({
    id: 'me.today.checkedIn',
    defaultMessage: 'Checked in at {t}.',
  }),
  calledOut: { id: 'me.today.calledOut', defaultMessage: 'This shift was called out.' },
  noShow: { id: 'me.today.noShow', defaultMessage: 'This shift was marked a no-show.' },
  links: { id: 'me.today.links', defaultMessage: 'My schedule' },
  schedule: { id: 'me.today.schedule', defaultMessage: 'My shifts' },
  toConfirm: defineMessage<{ n: MessageValue }>({
    id: 'me.today.toConfirm',
    defaultMessage: '{n} to confirm',
  }),
  timeOff: { id: 'me.today.timeOff', defaultMessage: 'Ask for time off' },
  availability: { id: 'me.today.availability', defaultMessage: 'Days I can work' },
  messages: { id: 'me.today.messages', defaultMessage: 'Messages' },
  unread: defineMessage<{ n: MessageValue }>({ id: 'me.today.unread', defaultMessage: '{n} unread' }),
});
