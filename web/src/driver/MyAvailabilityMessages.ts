import { defineMessage, defineMessages, type MessageValue } from 'react-intl';

export const MY_AVAILABILITY = defineMessages({
  title: { id: 'me.availability.title', defaultMessage: 'Days I can work' },
  back: { id: 'me.availability.back', defaultMessage: '‹ Back' },
  intro: {
    id: 'me.availability.intro',
    defaultMessage: 'Your manager builds the schedule from this. For a single day off, ask for time off.',
  },
  canWork: { id: 'me.availability.canWork', defaultMessage: 'Days I can work' },
  canWorkHint: { id: 'me.availability.canWorkHint', defaultMessage: 'Tap a day to turn it on or off.' },
  prefer: { id: 'me.availability.prefer', defaultMessage: 'Days I prefer' },
  preferHint: { id: 'me.availability.preferHint', defaultMessage: 'Among the days you can work.' },
  wants: { id: 'me.availability.wants', defaultMessage: 'Days a week I want to work' },
  wantsHint: defineMessage<{ a: number }>({
    id: 'me.availability.wantsHint',
    defaultMessage: 'You can work {a, plural, one {# day} other {# days}} a week. 5 is full time.',
  }),
  fewer: { id: 'me.availability.fewer', defaultMessage: 'One day fewer' },
  more: { id: 'me.availability.more', defaultMessage: 'One day more' },
  tooMany: defineMessage<{ w: MessageValue; a: MessageValue }>({
    id: 'me.availability.tooMany',
    defaultMessage: 'You ask for {w} days but can work on {a}.',
  }),
  note: { id: 'me.availability.note', defaultMessage: 'Note for your manager (optional)' },
  noteHint: { id: 'me.availability.noteHint', defaultMessage: 'e.g. school on Tuesday mornings.' },
  save: { id: 'me.availability.save', defaultMessage: 'Save' },
  saving: { id: 'me.availability.saving', defaultMessage: 'Saving…' },
  saved: { id: 'me.availability.saved', defaultMessage: 'Saved. Your manager sees it on the schedule.' },
  exceptions: { id: 'me.availability.exceptions', defaultMessage: 'Dates your manager marked' },
  canWorkThatDay: { id: 'me.availability.canWorkThatDay', defaultMessage: 'Can work' },
  cannotWorkThatDay: { id: 'me.availability.cannotWorkThatDay', defaultMessage: 'Can’t work' },
});
