import { defineMessages, type IntlShape } from 'react-intl';

/**
 * The safety events' names as the camera vendors' files write them (Cortex, Netradyne), in the DA's
 * language. The files are in English; a name not listed here is shown as the file gave it.
 */
const EVENT_NAMES = defineMessages({
  speeding: { id: 'me.event.speeding', defaultMessage: 'Speeding' },
  over10: { id: 'me.event.over10', defaultMessage: '10-19 MPH over the limit' },
  over20: { id: 'me.event.over20', defaultMessage: '20+ MPH over the limit' },
  following: { id: 'me.event.following', defaultMessage: 'Following Distance' },
  distraction: { id: 'me.event.distraction', defaultMessage: 'Distraction' },
  driverDistraction: { id: 'me.event.driverDistraction', defaultMessage: 'Driver Distraction' },
  lookingDown: { id: 'me.event.lookingDown', defaultMessage: 'Looking Down' },
  phone: { id: 'me.event.phone', defaultMessage: 'Phone Manipulation' },
  talking: { id: 'me.event.talking', defaultMessage: 'Talking on Phone' },
  signSignal: { id: 'me.event.signSignal', defaultMessage: 'Sign/Signal Violation' },
  signViolations: { id: 'me.event.signViolations', defaultMessage: 'Sign Violations' },
  stopSignViolation: { id: 'me.event.stopSignViolation', defaultMessage: 'Stop Sign Violation' },
  stopSign: { id: 'me.event.stopSign', defaultMessage: 'Stop Sign' },
  trafficLight: { id: 'me.event.trafficLight', defaultMessage: 'Traffic Light Violation' },
  uTurn: { id: 'me.event.uTurn', defaultMessage: 'Illegal U-Turn' },
  seatbeltOff: { id: 'me.event.seatbeltOff', defaultMessage: 'Seatbelt-Off' },
  seatbelt: { id: 'me.event.seatbelt', defaultMessage: 'Seatbelt Compliance' },
});

const BY_NAME = new Map(Object.values(EVENT_NAMES).map((m) => [m.defaultMessage.toLowerCase(), m]));

/** An event's type or subtype from a vendor's file, in the reader's language when we know it. */
export function eventName(intl: IntlShape, name: string): string {
  const known = BY_NAME.get(name.trim().toLowerCase());
  return known ? intl.formatMessage(known) : name;
}
