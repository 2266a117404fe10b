import { defineMessage, defineMessages, type MessageValue } from 'react-intl';

export const MY_ATTENDANCE = defineMessages({
  title: { id: 'me.attendance.title', defaultMessage: 'My attendance' },
  back: { id: 'me.attendance.back', defaultMessage: '‹ Back' },
  points: defineMessage<{ p: number }>({
    id: 'me.attendance.points',
    defaultMessage: '{p, plural, one {point} other {points}}',
  }),
  inDays: defineMessage<{ d: MessageValue }>({
    id: 'me.attendance.inDays',
    defaultMessage: 'in the last {d} days',
  }),
  flagged: defineMessage<{ f: MessageValue }>({
    id: 'me.attendance.flagged',
    defaultMessage: 'You have reached {f} points. Your manager will talk with you.',
  }),
  underFlag: defineMessage<{ f: MessageValue }>({
    id: 'me.attendance.underFlag',
    defaultMessage: 'Under {f} points: keep it up.',
  }),
  last30: { id: 'me.attendance.last30', defaultMessage: 'Last 30 days' },
  last90: { id: 'me.attendance.last90', defaultMessage: 'Last 90 days' },
  nothing: { id: 'me.attendance.nothing', defaultMessage: 'Nothing logged' },
  history: { id: 'me.attendance.history', defaultMessage: 'What was logged' },
  none: { id: 'me.attendance.none', defaultMessage: 'Nothing logged. Thank you!' },
  excused: { id: 'me.attendance.excused', defaultMessage: 'Excused' },
  pointsOf: defineMessage<{ p: number }>({
    id: 'me.attendance.pointsOf',
    defaultMessage: '{p, plural, one {# pt} other {# pts}}',
  }),
  noticeHours: defineMessage<{ h: MessageValue }>({
    id: 'me.attendance.noticeHours',
    defaultMessage: '{h} h notice',
  }),
  lateMinutes: defineMessage<{ m: MessageValue }>({
    id: 'me.attendance.lateMinutes',
    defaultMessage: '{m} min late',
  }),
  howTitle: { id: 'me.attendance.howTitle', defaultMessage: 'How points work' },
  how: defineMessage<{ w: MessageValue; f: MessageValue }>({
    id: 'me.attendance.how',
    defaultMessage: 'Points count for {w} days. At {f} points your manager talks with you.',
  }),
  rule: defineMessage<{ what: MessageValue; p: number }>({
    id: 'me.attendance.rule',
    defaultMessage: '{what}: {p, plural, one {# pt} other {# pts}}',
  }),
  shortNotice: defineMessage<{ h: MessageValue }>({
    id: 'me.attendance.shortNotice',
    defaultMessage: 'Callout with less than {h} h notice',
  }),
  withNotice: defineMessage<{ h: MessageValue }>({
    id: 'me.attendance.withNotice',
    defaultMessage: 'Callout with {h} h notice or more',
  }),
  lateAfter: defineMessage<{ m: MessageValue }>({
    id: 'me.attendance.lateAfter',
    defaultMessage: 'Late more than {m} min',
  }),
  excusedRule: {
    id: 'me.attendance.excusedRule',
    defaultMessage: 'Excused events (e.g. with a doctor’s note) cost no points.',
  },
  noRecord: {
    id: 'me.attendance.noRecord',
    defaultMessage: 'Your login is not linked to a driver record yet. Ask your manager.',
  },
});

/** kinds */
export const MY_ATTENDANCE_KINDS = defineMessages({
  callout: { id: 'me.attendance.kinds.callout', defaultMessage: 'Callout' },
  ncns: { id: 'me.attendance.kinds.ncns', defaultMessage: 'No call, no show' },
  late: { id: 'me.attendance.kinds.late', defaultMessage: 'Late' },
  left_early: { id: 'me.attendance.kinds.left_early', defaultMessage: 'Left early' },
  sent_home: { id: 'me.attendance.kinds.sent_home', defaultMessage: 'Sent home' },
});
