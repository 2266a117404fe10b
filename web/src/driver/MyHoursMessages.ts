import { defineMessage, defineMessages, type MessageDescriptor, type MessageValue } from 'react-intl';
import type { MyWeek } from '../payroll/me-api.js';

/** The DA's hours and pay of a week (/me/hours). */
export const MY_HOURS = defineMessages({
  title: { id: 'me.hours.title', defaultMessage: 'My hours and pay' },
  weekOf: defineMessage<{ from: MessageValue; to: MessageValue }>({
    id: 'me.hours.weekOf',
    defaultMessage: 'Week of {from} – {to}',
  }),
  previousWeek: { id: 'me.hours.previousWeek', defaultMessage: '‹ Previous week' },
  nextWeek: { id: 'me.hours.nextWeek', defaultMessage: 'Next week ›' },
  thisWeek: { id: 'me.hours.thisWeek', defaultMessage: 'This week' },
  noWork: { id: 'me.hours.noWork', defaultMessage: 'No time punched' },
  worked: { id: 'me.hours.worked', defaultMessage: 'Worked' },
  meal: { id: 'me.hours.meal', defaultMessage: 'Meal' },
  rest: { id: 'me.hours.rest', defaultMessage: 'Break' },
  codeHours: defineMessage<{ code: MessageValue; h: number }>({
    id: 'me.hours.codeHours',
    defaultMessage: '{code} {h, number, ::.00} h',
  }),
  minutes: defineMessage<{ m: number }>({ id: 'me.hours.minutes', defaultMessage: '{m, number} min' }),
  totals: { id: 'me.hours.totals', defaultMessage: 'Week totals' },
  premiumsTitle: { id: 'me.hours.premiumsTitle', defaultMessage: 'Premiums owed to me' },
  noPremiums: { id: 'me.hours.noPremiums', defaultMessage: 'No meal or break premiums this week.' },
  managerSaid: defineMessage<{ reason: MessageValue }>({
    id: 'me.hours.managerSaid',
    defaultMessage: 'Manager: {reason}',
  }),
  payTitle: { id: 'me.hours.payTitle', defaultMessage: 'My pay this week' },
  rateIs: defineMessage<{ rate: number }>({
    id: 'me.hours.rateIs',
    defaultMessage: 'Your rate: {rate, number, ::currency/USD} an hour',
  }),
  noRate: { id: 'me.hours.noRate', defaultMessage: 'Your hourly rate is not on file. Ask your manager.' },
  total: { id: 'me.hours.total', defaultMessage: 'Total before taxes' },
  payNote: {
    id: 'me.hours.payNote',
    defaultMessage:
      'Worked out from your punches. Your paycheck is the final word; ask if something looks wrong.',
  },
  rulesIn: defineMessage<{ rules: MessageValue; station: MessageValue }>({
    id: 'me.hours.rulesIn',
    defaultMessage: 'Rules for {station}: {rules}',
  }),
  outsideTitle: { id: 'me.hours.outsideTitle', defaultMessage: 'Punches away from the station' },
  outsideLine: defineMessage<{ kind: MessageValue; time: MessageValue }>({
    id: 'me.hours.outsideLine',
    defaultMessage: '{kind} at {time} was away from the station.',
  }),
  askTitle: { id: 'me.hours.askTitle', defaultMessage: 'Something wrong with a day?' },
  askHint: {
    id: 'me.hours.askHint',
    defaultMessage: 'Tell your manager in your own words. It goes to their list to check before payday.',
  },
  askDay: { id: 'me.hours.askDay', defaultMessage: 'Day' },
  askWords: { id: 'me.hours.askWords', defaultMessage: 'What is wrong' },
  askExample: {
    id: 'me.hours.askExample',
    defaultMessage: 'My route closed at 19:05 and I was clocked out at 18:30',
  },
  askNeedDay: { id: 'me.hours.askNeedDay', defaultMessage: 'Choose the day.' },
  askNeedWords: { id: 'me.hours.askNeedWords', defaultMessage: 'Say what is wrong (at least 3 characters).' },
  askSend: { id: 'me.hours.askSend', defaultMessage: 'Send to my manager' },
  askSent: { id: 'me.hours.askSent', defaultMessage: 'Sent. Your manager will look at it before payday.' },
  questionsTitle: { id: 'me.hours.questionsTitle', defaultMessage: 'My questions' },
  answer: defineMessage<{ reason: MessageValue }>({
    id: 'me.hours.answer',
    defaultMessage: 'Answer: {reason}',
  }),
});

/** The pay codes of hours worked. */
export const PAY_CODES: Record<'REG' | 'OT' | 'DT', MessageDescriptor> = defineMessages({
  REG: { id: 'me.hours.code.REG', defaultMessage: 'Regular' },
  OT: { id: 'me.hours.code.OT', defaultMessage: 'Overtime' },
  DT: { id: 'me.hours.code.DT', defaultMessage: 'Double time' },
});

/** The lines of the week's pay, by the label the server gives them (shown as is when not here). */
export const PAY_LINES: Record<string, MessageDescriptor> = defineMessages({
  Regular: { id: 'me.hours.pay.regular', defaultMessage: 'Regular' },
  Overtime: { id: 'me.hours.pay.overtime', defaultMessage: 'Overtime' },
  'Double time': { id: 'me.hours.pay.doubleTime', defaultMessage: 'Double time' },
  'Meal premium': { id: 'me.hours.pay.mealPremium', defaultMessage: 'Meal premium' },
  'Rest premium': { id: 'me.hours.pay.restPremium', defaultMessage: 'Break premium' },
});

type Premium = MyWeek['premiums'][number];

export const PREMIUM_KINDS: Record<Premium['kind'], MessageDescriptor> = defineMessages({
  meal: { id: 'me.hours.premium.meal', defaultMessage: 'Meal premium (1 hour of pay)' },
  rest: { id: 'me.hours.premium.rest', defaultMessage: 'Break premium (1 hour of pay)' },
});

export const PREMIUM_STATUS: Record<Premium['status'], MessageDescriptor> = defineMessages({
  reviewing: { id: 'me.hours.premiumStatus.reviewing', defaultMessage: 'Your manager is reviewing it' },
  owed: { id: 'me.hours.premiumStatus.owed', defaultMessage: 'Owed to you' },
  paid: { id: 'me.hours.premiumStatus.paid', defaultMessage: 'Paid' },
  settled: { id: 'me.hours.premiumStatus.settled', defaultMessage: 'Not owed' },
});

export const QUESTION_STATUS: Record<MyWeek['questions'][number]['status'], MessageDescriptor> =
  defineMessages({
    open: { id: 'me.hours.questionStatus.open', defaultMessage: 'Waiting for your manager' },
    resolved: { id: 'me.hours.questionStatus.resolved', defaultMessage: 'Answered' },
  });
