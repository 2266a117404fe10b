import {
  defineMessage,
  defineMessages,
  type IntlShape,
  type MessageDescriptor,
  type MessageValue,
} from 'react-intl';
import type { BodySide, Panel } from './api.js';

/** The inspection flow's words on the DA's phone (/me/inspection and its card on /me). */
export const INSPECTION = defineMessages({
  title: { id: 'me.inspection.title', defaultMessage: 'Vehicle inspection' },
  homeLink: { id: 'me.inspection.homeLink', defaultMessage: 'Inspect my van' },
  homeBlurb: {
    id: 'me.inspection.homeBlurb',
    defaultMessage: 'Pre-trip before you leave, post-trip when you are back.',
  },
  pending: defineMessage<{ n: number }>({
    id: 'me.inspection.pending',
    defaultMessage: '{n, plural, one {# inspection waiting to send} other {# inspections waiting to send}}',
  }),
  rejected: defineMessage<{ n: number }>({
    id: 'me.inspection.rejected',
    defaultMessage: '{n, plural, one {# inspection needs fixing} other {# inspections need fixing}}',
  }),
  pickVan: { id: 'me.inspection.pickVan', defaultMessage: 'Which van?' },
  searchVan: { id: 'me.inspection.searchVan', defaultMessage: 'Search by van number' },
  noVans: { id: 'me.inspection.noVans', defaultMessage: 'No vans match.' },
  vanGrounded: { id: 'me.inspection.vanGrounded', defaultMessage: 'Grounded' },
  preTripPassed: { id: 'me.inspection.preTripPassed', defaultMessage: 'Pre-trip done' },
  preTripFailed: { id: 'me.inspection.preTripFailed', defaultMessage: 'Pre-trip failed' },
  preTripMissing: { id: 'me.inspection.preTripMissing', defaultMessage: 'No pre-trip today' },
  whichKind: { id: 'me.inspection.whichKind', defaultMessage: 'Which inspection?' },
  todayVan: defineMessage<{ route: MessageValue }>({
    id: 'me.inspection.todayVan',
    defaultMessage: 'Your van today (route {route})',
  }),
  otherVan: { id: 'me.inspection.otherVan', defaultMessage: 'Another van' },
  secondPreTrip: defineMessage<{ time: MessageValue; who: MessageValue }>({
    id: 'me.inspection.secondPreTrip',
    defaultMessage:
      'This van already had a pre-trip today at {time} by {who}. A second pre-trip of the same van is usually the wrong van.',
  }),
  startAnother: { id: 'me.inspection.startAnother', defaultMessage: 'Start another pre-trip' },
  starting: { id: 'me.inspection.starting', defaultMessage: 'Getting the checklist…' },
  resume: defineMessage<{ van: MessageValue }>({
    id: 'me.inspection.resume',
    defaultMessage: 'You have an inspection of van {van} in progress.',
  }),
  discard: { id: 'me.inspection.discard', defaultMessage: 'Discard it' },
  stepOf: defineMessage<{ n: number; of: number }>({
    id: 'me.inspection.stepOf',
    defaultMessage: 'Step {n} of {of}',
  }),
  checklist: { id: 'me.inspection.checklist', defaultMessage: 'Checklist' },
  checklistHelp: {
    id: 'me.inspection.checklistHelp',
    defaultMessage: 'Check each item on the van. If something is wrong, say what and take a photo.',
  },
  pass: { id: 'me.inspection.pass', defaultMessage: 'Pass' },
  fail: { id: 'me.inspection.fail', defaultMessage: 'Fail' },
  na: { id: 'me.inspection.na', defaultMessage: 'N/A' },
  critical: { id: 'me.inspection.critical', defaultMessage: 'Critical' },
  whatIsWrong: defineMessage<{ item: MessageValue }>({
    id: 'me.inspection.whatIsWrong',
    defaultMessage: 'What is wrong with: {item}?',
  }),
  addPhoto: { id: 'me.inspection.addPhoto', defaultMessage: 'Add a photo' },
  retake: { id: 'me.inspection.retake', defaultMessage: 'Retake' },
  removePhoto: { id: 'me.inspection.removePhoto', defaultMessage: 'Remove photo' },
  photos: { id: 'me.inspection.photos', defaultMessage: 'Photos' },
  photosHelp: {
    id: 'me.inspection.photosHelp',
    defaultMessage: 'Walk around the van: one photo of each side, and one of the odometer.',
  },
  odometerPhoto: { id: 'me.inspection.odometerPhoto', defaultMessage: 'Odometer photo' },
  video: { id: 'me.inspection.video', defaultMessage: 'Video (optional)' },
  readings: { id: 'me.inspection.readings', defaultMessage: 'Odometer and fuel' },
  odometer: { id: 'me.inspection.odometer', defaultMessage: 'Odometer (miles)' },
  fuel: { id: 'me.inspection.fuel', defaultMessage: 'Fuel level (%)' },
  charge: { id: 'me.inspection.charge', defaultMessage: 'Charge level (%)' },
  damage: { id: 'me.inspection.damage', defaultMessage: 'Damage' },
  damageHelp: {
    id: 'me.inspection.damageHelp',
    defaultMessage: 'Tap every panel that has damage. Damage already known is marked; add anything new.',
  },
  knownDamage: { id: 'me.inspection.knownDamage', defaultMessage: 'already known' },
  damageNote: defineMessage<{ panel: MessageValue }>({
    id: 'me.inspection.damageNote',
    defaultMessage: 'Damage on {panel}',
  }),
  review: { id: 'me.inspection.review', defaultMessage: 'Review and send' },
  elapsed: defineMessage<{ time: MessageValue }>({
    id: 'me.inspection.elapsed',
    defaultMessage: 'Time so far: {time}',
  }),
  rushedHint: defineMessage<{ time: MessageValue }>({
    id: 'me.inspection.rushedHint',
    defaultMessage: 'Take your time: an inspection under {time} is flagged as rushed.',
  }),
  willGround: defineMessage<{ items: MessageValue }>({
    id: 'me.inspection.willGround',
    defaultMessage: 'A critical check failed ({items}). The van will be grounded when you send this.',
  }),
  failedList: defineMessage<{ items: MessageValue }>({
    id: 'me.inspection.failedList',
    defaultMessage: 'Failed: {items}',
  }),
  allPassed: { id: 'me.inspection.allPassed', defaultMessage: 'Every check passed.' },
  missing: { id: 'me.inspection.missing', defaultMessage: 'Still to do:' },
  next: { id: 'me.inspection.next', defaultMessage: 'Next' },
  back: { id: 'me.inspection.back', defaultMessage: 'Back' },
  submit: { id: 'me.inspection.submit', defaultMessage: 'Submit inspection' },
  sending: { id: 'me.inspection.sending', defaultMessage: 'Sending…' },
  sent: { id: 'me.inspection.sent', defaultMessage: 'Inspection sent.' },
  grounded: defineMessage<{ van: MessageValue }>({
    id: 'me.inspection.grounded',
    defaultMessage: 'Van {van} is grounded. Tell your dispatcher before you drive it.',
  }),
  savedOffline: {
    id: 'me.inspection.savedOffline',
    defaultMessage: 'Saved on this phone — will send when you’re back online.',
  },
  rejectedTitle: { id: 'me.inspection.rejectedTitle', defaultMessage: 'This inspection was not accepted:' },
  fixAndResend: { id: 'me.inspection.fixAndResend', defaultMessage: 'Fix and send again' },
  newInspection: { id: 'me.inspection.newInspection', defaultMessage: 'Start another inspection' },
  home: { id: 'me.inspection.home', defaultMessage: 'Back to my page' },
  recent: { id: 'me.inspection.recent', defaultMessage: 'My recent inspections' },
});

export const INSPECTION_KINDS = defineMessages({
  pre_trip: { id: 'me.inspection.kind.pre_trip', defaultMessage: 'Pre-trip' },
  post_trip: { id: 'me.inspection.kind.post_trip', defaultMessage: 'Post-trip' },
});

/** The walk-around photos, by side of the van. */
export const SIDE_PHOTOS: Record<BodySide, MessageDescriptor> = defineMessages({
  front: { id: 'me.inspection.side.front', defaultMessage: 'Front photo' },
  rear: { id: 'me.inspection.side.rear', defaultMessage: 'Rear photo' },
  driver_side: { id: 'me.inspection.side.driver_side', defaultMessage: 'Driver side photo' },
  passenger_side: { id: 'me.inspection.side.passenger_side', defaultMessage: 'Passenger side photo' },
});

/** The panels of the van diagram, by key. */
export const PANEL_NAMES: Record<Panel, MessageDescriptor> = defineMessages({
  front_bumper: { id: 'me.inspection.panel.front_bumper', defaultMessage: 'Front bumper' },
  hood: { id: 'me.inspection.panel.hood', defaultMessage: 'Hood' },
  windshield: { id: 'me.inspection.panel.windshield', defaultMessage: 'Windshield' },
  roof: { id: 'me.inspection.panel.roof', defaultMessage: 'Roof' },
  driver_side_front: { id: 'me.inspection.panel.driver_side_front', defaultMessage: 'Driver side, front' },
  driver_side_rear: { id: 'me.inspection.panel.driver_side_rear', defaultMessage: 'Driver side, rear' },
  passenger_side_front: {
    id: 'me.inspection.panel.passenger_side_front',
    defaultMessage: 'Passenger side, front',
  },
  passenger_side_rear: {
    id: 'me.inspection.panel.passenger_side_rear',
    defaultMessage: 'Passenger side, rear',
  },
  rear_doors: { id: 'me.inspection.panel.rear_doors', defaultMessage: 'Rear doors' },
  rear_bumper: { id: 'me.inspection.panel.rear_bumper', defaultMessage: 'Rear bumper' },
});

/** The default checks (src/inspections/domain/checklist.ts) by key. */
const CHECKS: Record<string, MessageDescriptor> = defineMessages({
  tires: { id: 'me.inspection.check.tires', defaultMessage: 'Tires' },
  lights: { id: 'me.inspection.check.lights', defaultMessage: 'Lights' },
  mirrors: { id: 'me.inspection.check.mirrors', defaultMessage: 'Mirrors' },
  windshield: { id: 'me.inspection.check.windshield', defaultMessage: 'Windshield' },
  wipers: { id: 'me.inspection.check.wipers', defaultMessage: 'Wipers' },
  horn: { id: 'me.inspection.check.horn', defaultMessage: 'Horn' },
  brakes: { id: 'me.inspection.check.brakes', defaultMessage: 'Brakes' },
  leaks: { id: 'me.inspection.check.leaks', defaultMessage: 'Leaks' },
  seatbelts: { id: 'me.inspection.check.seatbelts', defaultMessage: 'Seatbelts' },
  camera: { id: 'me.inspection.check.camera', defaultMessage: 'Camera unobstructed' },
  cargo_area: { id: 'me.inspection.check.cargo_area', defaultMessage: 'Cargo area' },
  body_panels: { id: 'me.inspection.check.body_panels', defaultMessage: 'Body panels' },
});

/**
 * A check's name for the DA: in English the label the template gives it (a manager may have reworded a
 * default check), in another language the translation of a default check; a check a manager added keeps
 * the label they gave it.
 */
export function checkLabel(item: { key: string; label: string }, intl: IntlShape): string {
  const known = CHECKS[item.key];
  return known && intl.locale !== intl.defaultLocale ? intl.formatMessage(known) : item.label;
}

/** "1:05" for the running timer. */
export const clock = (seconds: number) =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
