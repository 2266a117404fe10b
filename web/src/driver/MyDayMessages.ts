import { defineMessage, defineMessages, type MessageValue } from 'react-intl';

/** The DA's "your day" card on /me: one message per kind of line of /me/today. */
export const MY_DAY = defineMessages({
  title: { id: 'me.day.title', defaultMessage: 'Your day' },
  nothing: { id: 'me.day.nothing', defaultMessage: 'Nothing waiting for you. Have a safe day.' },
  shiftToday: defineMessage<{ start: MessageValue }>({
    id: 'me.day.shiftToday',
    defaultMessage: 'Today: shift at {start}',
  }),
  withRoute: defineMessage<{ route: MessageValue }>({
    id: 'me.day.withRoute',
    defaultMessage: ', route {route}',
  }),
  withVan: defineMessage<{ van: MessageValue }>({ id: 'me.day.withVan', defaultMessage: ', van {van}' }),
  inspection: defineMessage<{ van: MessageValue }>({
    id: 'me.day.inspection',
    defaultMessage: 'Do the pre-trip inspection of van {van} before you leave',
  }),
  shiftTomorrow: defineMessage<{ start: MessageValue }>({
    id: 'me.day.shiftTomorrow',
    defaultMessage: 'Tomorrow: shift at {start}',
  }),
  confirm: defineMessage<{ n: number }>({
    id: 'me.day.confirm',
    defaultMessage: '{n, plural, one {Confirm # shift} other {Confirm # shifts}}',
  }),
  documents: defineMessage<{ n: number; expired: 'yes' | 'no'; days: number }>({
    id: 'me.day.documents',
    defaultMessage:
      '{n, plural, one {# document} other {# documents}} to renew: {expired, select, yes {expired} other {{days, plural, =0 {expires today} =1 {expires tomorrow} other {expires in # days}}}}',
  }),
  coaching: defineMessage<{ n: number }>({
    id: 'me.day.coaching',
    defaultMessage:
      '{n, plural, one {# coaching item to read and acknowledge} other {# coaching items to read and acknowledge}}',
  }),
});
