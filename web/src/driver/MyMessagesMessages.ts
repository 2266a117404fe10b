import { defineMessage, defineMessages } from 'react-intl';

export const MY_MESSAGES = defineMessages({
  title: { id: 'me.messages.title', defaultMessage: 'Messages' },
  back: { id: 'me.messages.back', defaultMessage: '‹ Back' },
  none: { id: 'me.messages.none', defaultMessage: 'No messages yet.' },
  new: { id: 'me.messages.new', defaultMessage: 'New' },
  open: { id: 'me.messages.open', defaultMessage: 'Open' },
  openSchedule: { id: 'me.messages.openSchedule', defaultMessage: 'See my schedule' },
  unread: defineMessage<{ n: number }>({
    id: 'me.messages.unread',
    defaultMessage: '{n, plural, other {# new}}',
  }),
});
