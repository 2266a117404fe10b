import { defineMessage, defineMessages, type MessageValue } from 'react-intl';

export const MY_TIME_OFF = defineMessages({
  title: { id: 'me.timeOff.title', defaultMessage: 'Time off' },
  back: { id: 'me.timeOff.back', defaultMessage: '‹ Back' },
  intro: {
    id: 'me.timeOff.intro',
    defaultMessage: 'Ask for days off. Your manager approves or denies the request and you get a message.',
  },
  firstDate: { id: 'me.timeOff.firstDate', defaultMessage: 'First day off' },
  lastDate: { id: 'me.timeOff.lastDate', defaultMessage: 'Last day off' },
  needFirst: { id: 'me.timeOff.needFirst', defaultMessage: 'Choose your first day off.' },
  lastHint: { id: 'me.timeOff.lastHint', defaultMessage: 'The same day for one day off.' },
  reason: { id: 'me.timeOff.reason', defaultMessage: 'Reason (optional)' },
  reasonHint: { id: 'me.timeOff.reasonHint', defaultMessage: 'Your manager reads it.' },
  send: { id: 'me.timeOff.send', defaultMessage: 'Ask for time off' },
  sending: { id: 'me.timeOff.sending', defaultMessage: 'Sending…' },
  sent: { id: 'me.timeOff.sent', defaultMessage: 'Sent. You get a message when your manager decides.' },
  order: { id: 'me.timeOff.order', defaultMessage: 'The last day is before the first.' },
  mine: { id: 'me.timeOff.mine', defaultMessage: 'My requests' },
  none: { id: 'me.timeOff.none', defaultMessage: 'No requests.' },
  days: defineMessage<{ n: number }>({
    id: 'me.timeOff.days',
    defaultMessage: '{n, plural, one {# day} other {# days}}',
  }),
  managerSaid: defineMessage<{ n: MessageValue }>({
    id: 'me.timeOff.managerSaid',
    defaultMessage: 'Your manager: “{n}”',
  }),
  withdraw: { id: 'me.timeOff.withdraw', defaultMessage: 'Withdraw' },
  withdrawQuestion: { id: 'me.timeOff.withdrawQuestion', defaultMessage: 'Withdraw this request?' },
  withdrawYes: { id: 'me.timeOff.withdrawYes', defaultMessage: 'Yes, withdraw' },
  withdrawNo: { id: 'me.timeOff.withdrawNo', defaultMessage: 'No, keep it' },
  withdrawn: { id: 'me.timeOff.withdrawn', defaultMessage: 'Request withdrawn.' },
});

/** statuses */
export const MY_TIME_OFF_STATUSES = defineMessages({
  pending: { id: 'me.timeOff.statuses.pending', defaultMessage: 'Waiting' },
  approved: { id: 'me.timeOff.statuses.approved', defaultMessage: 'Approved' },
  denied: { id: 'me.timeOff.statuses.denied', defaultMessage: 'Denied' },
  cancelled: { id: 'me.timeOff.statuses.cancelled', defaultMessage: 'Withdrawn' },
});
