import { defineMessage, defineMessages, type MessageValue } from 'react-intl';

/** The DA's home page: greeting, cleared to drive, station and account. */
export const HOME = defineMessages({
  title: { id: 'me.home.title', defaultMessage: 'Me' },
  hello: defineMessage<{ name: MessageValue }>({ id: 'me.home.hello', defaultMessage: 'Hi, {name}' }),
  roleAt: defineMessage<{ role: MessageValue; org: MessageValue }>({
    id: 'me.home.roleAt',
    defaultMessage: '{role} at {org}',
  }),
  stations: defineMessage<{ n: number }>({
    id: 'me.home.stations',
    defaultMessage: '{n, plural, one {Your station} other {Your stations}}',
  }),
  noStation: { id: 'me.home.noStation', defaultMessage: 'No station assigned yet. Ask your dispatcher.' },
  localTime: defineMessage<{ time: MessageValue }>({
    id: 'me.home.localTime',
    defaultMessage: 'local time {time}',
  }),
  otherOrgs: { id: 'me.home.otherOrgs', defaultMessage: 'Other companies' },
  switchTo: defineMessage<{ org: MessageValue }>({
    id: 'me.home.switchTo',
    defaultMessage: 'Switch to {org}',
  }),
  account: { id: 'me.home.account', defaultMessage: 'Account' },
  changePassword: { id: 'me.home.changePassword', defaultMessage: 'Change password' },
  signOut: { id: 'me.home.signOut', defaultMessage: 'Sign out' },
});

/** The DA's answer to "can I be given a route today?". */
export const CLEARANCE = defineMessages({
  title: { id: 'me.clearance.title', defaultMessage: 'Cleared to drive' },
  cleared: { id: 'me.clearance.cleared', defaultMessage: 'You are cleared to drive.' },
  vans: defineMessage<{ vans: MessageValue }>({ id: 'me.clearance.vans', defaultMessage: 'Vans: {vans}.' }),
  noVans: { id: 'me.clearance.noVans', defaultMessage: 'None' },
  notYet: { id: 'me.clearance.notYet', defaultMessage: 'You can’t be given a route yet.' },
  talk: { id: 'me.clearance.talk', defaultMessage: 'Talk to your manager about:' },
  license: defineMessage<{ date: MessageValue }>({
    id: 'me.clearance.license',
    defaultMessage: 'Driver’s license valid until {date}',
  }),
  medical: defineMessage<{ date: MessageValue }>({
    id: 'me.clearance.medical',
    defaultMessage: 'DOT medical card until {date}',
  }),
});

/** Why a DA is not cleared, by the server's cause code (src/people/domain/cleared.ts). */
export const CLEARANCE_CAUSES = defineMessages({
  status: defineMessage<{ value: string }>({
    id: 'me.clearance.cause.status',
    defaultMessage:
      'Your status is {value, select, applicant {applicant} onboarding {onboarding} inactive {inactive} terminated {terminated} other {not set}}, not active.',
  }),
  no_license: { id: 'me.clearance.cause.no_license', defaultMessage: 'No driver’s license expiry on file.' },
  license_expired: defineMessage<{ value: MessageValue }>({
    id: 'me.clearance.cause.license_expired',
    defaultMessage: 'Your driver’s license expired on {value}.',
  }),
  step_failed: defineMessage<{ value: MessageValue }>({
    id: 'me.clearance.cause.step_failed',
    defaultMessage: 'Onboarding step failed: {value}.',
  }),
  no_van_types: {
    id: 'me.clearance.cause.no_van_types',
    defaultMessage: 'No van types you are qualified for.',
  },
  medical_expired: defineMessage<{ value: MessageValue }>({
    id: 'me.clearance.cause.medical_expired',
    defaultMessage: 'Your DOT medical card expired on {value}.',
  }),
  no_medical: {
    id: 'me.clearance.cause.no_medical',
    defaultMessage: 'No DOT medical card on file (step vans).',
  },
});

/** The password page. */
export const PASSWORD = defineMessages({
  back: { id: 'me.password.back', defaultMessage: '‹ Back' },
  title: { id: 'me.password.title', defaultMessage: 'Change password' },
  done: {
    id: 'me.password.done',
    defaultMessage: 'Password changed. Other phones and computers were signed out.',
  },
});
