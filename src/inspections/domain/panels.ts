/**
 * The van diagram: the panels an inspection marks and a damage record names. One short list shared by
 * both, so damage found on an inspection and damage reported by a manager speak of the same parts.
 */
export const PANELS = [
  'front_bumper',
  'hood',
  'windshield',
  'roof',
  'driver_side_front',
  'driver_side_rear',
  'passenger_side_front',
  'passenger_side_rear',
  'rear_doors',
  'rear_bumper',
] as const;
export type Panel = (typeof PANELS)[number];

export const PANEL_LABELS: Record<Panel, string> = {
  front_bumper: 'Front bumper',
  hood: 'Hood',
  windshield: 'Windshield',
  roof: 'Roof',
  driver_side_front: 'Driver side, front',
  driver_side_rear: 'Driver side, rear',
  passenger_side_front: 'Passenger side, front',
  passenger_side_rear: 'Passenger side, rear',
  rear_doors: 'Rear doors',
  rear_bumper: 'Rear bumper',
};

/** "Hood and rear bumper": panels in diagram order, for messages. */
export function panelList(panels: readonly Panel[]): string {
  const names = PANELS.filter((p) => panels.includes(p)).map((p) => PANEL_LABELS[p].toLowerCase());
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
