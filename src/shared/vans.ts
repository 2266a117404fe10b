/** The kinds of van a DSP runs: routes, vans and DAs' qualifications all speak of them. */
export const VAN_TYPES = ['edv', 'cdv', 'step_van', 'rental'] as const;
export type VanType = (typeof VAN_TYPES)[number];
export const VAN_TYPE_LABELS: Record<VanType, string> = {
  edv: 'EDV',
  cdv: 'CDV',
  step_van: 'Step van',
  rental: 'Rental',
};
