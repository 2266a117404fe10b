import { defineMessage, defineMessages, type MessageValue } from 'react-intl';

export const MY_COACHING = defineMessages({
  title: { id: 'me.coaching.title', defaultMessage: 'My coaching' },
  back: { id: 'me.coaching.back', defaultMessage: '‹ Back' },
  none: { id: 'me.coaching.none', defaultMessage: 'No coaching for you yet.' },
  noRecord: {
    id: 'me.coaching.noRecord',
    defaultMessage: 'Your login is not linked to a driver record yet. Ask your manager.',
  },
  weekOf: defineMessage<{ date: MessageValue }>({
    id: 'me.coaching.weekOf',
    defaultMessage: 'Week of {date}',
  }),
  events: { id: 'me.coaching.events', defaultMessage: 'Events' },
  video: { id: 'me.coaching.video', defaultMessage: 'Watch the video' },
  newTab: { id: 'me.coaching.newTab', defaultMessage: '(opens in a new tab)' },
  acknowledge: { id: 'me.coaching.acknowledge', defaultMessage: 'Acknowledge' },
  sending: { id: 'me.coaching.sending', defaultMessage: 'Sending…' },
  sign: { id: 'me.coaching.sign', defaultMessage: 'Type your full name to sign' },
  signHint: defineMessage<{ name: MessageValue }>({
    id: 'me.coaching.signHint',
    defaultMessage: 'As we have it: {name}',
  }),
  readWarning: { id: 'me.coaching.readWarning', defaultMessage: 'Read the written warning (PDF)' },
  dispute: { id: 'me.coaching.dispute', defaultMessage: 'Dispute' },
  disputeLabel: { id: 'me.coaching.disputeLabel', defaultMessage: 'In your own words: what is wrong?' },
  disputeHint: { id: 'me.coaching.disputeHint', defaultMessage: 'Your manager reads it and answers here.' },
  send: { id: 'me.coaching.send', defaultMessage: 'Send' },
  needSignature: { id: 'me.coaching.needSignature', defaultMessage: 'Type your full name to sign first.' },
  needWords: { id: 'me.coaching.needWords', defaultMessage: 'Write at least 3 characters first.' },
  cancel: { id: 'me.coaching.cancel', defaultMessage: 'Cancel' },
  youWrote: { id: 'me.coaching.youWrote', defaultMessage: 'You wrote:' },
  managerNote: { id: 'me.coaching.managerNote', defaultMessage: 'Note from your manager:' },
  acknowledgedOn: defineMessage<{ date: MessageValue }>({
    id: 'me.coaching.acknowledgedOn',
    defaultMessage: 'Acknowledged {date}',
  }),
  homeTitle: { id: 'me.coaching.homeTitle', defaultMessage: 'Coaching' },
  homeLink: { id: 'me.coaching.homeLink', defaultMessage: 'My coaching' },
  waiting: defineMessage<{ n: MessageValue }>({ id: 'me.coaching.waiting', defaultMessage: '{n} waiting' }),
});

/** statuses */
export const MY_COACHING_STATUSES = defineMessages({
  open: { id: 'me.coaching.statuses.open', defaultMessage: 'New' },
  acknowledged: { id: 'me.coaching.statuses.acknowledged', defaultMessage: 'Acknowledged' },
  disputed: { id: 'me.coaching.statuses.disputed', defaultMessage: 'Disputed' },
  upheld: { id: 'me.coaching.statuses.upheld', defaultMessage: 'Kept by your manager' },
  dismissed: { id: 'me.coaching.statuses.dismissed', defaultMessage: 'Dismissed' },
});

/** resolutions */
export const MY_COACHING_RESOLUTIONS = defineMessages({
  upheld: {
    id: 'me.coaching.resolutions.upheld',
    defaultMessage: 'Your manager kept it: please acknowledge it.',
  },
  dismissed: {
    id: 'me.coaching.resolutions.dismissed',
    defaultMessage: 'Your manager dismissed it: nothing more to do.',
  },
});
