import type { VanType } from '../../shared/vans.js';
import type { DocumentType } from './documents.js';

export const ONBOARDING_STATUSES = ['todo', 'done', 'waived', 'failed'] as const;
export type OnboardingStatus = (typeof ONBOARDING_STATUSES)[number];

export type StepAppliesTo = 'all' | 'step_van';

export interface StepTemplate {
  key: string;
  label: string;
  appliesTo: StepAppliesTo;
  documentType: DocumentType | null;
}

/** The checklist an org starts with (issue 3), in the order a new hire goes through it. */
export const DEFAULT_ONBOARDING_STEPS: StepTemplate[] = [
  { key: 'application', label: 'Application', appliesTo: 'all', documentType: null },
  { key: 'background_check', label: 'Background check', appliesTo: 'all', documentType: 'background_check' },
  { key: 'mvr', label: 'Motor vehicle record', appliesTo: 'all', documentType: 'mvr' },
  { key: 'drug_test', label: 'Drug test', appliesTo: 'all', documentType: 'drug_test' },
  { key: 'license_verified', label: 'License verified', appliesTo: 'all', documentType: 'drivers_license' },
  {
    key: 'dot_medical_card',
    label: 'DOT medical card',
    appliesTo: 'step_van',
    documentType: 'dot_medical_card',
  },
  { key: 'i9', label: 'I-9', appliesTo: 'all', documentType: 'i9' },
  { key: 'w4', label: 'W-4', appliesTo: 'all', documentType: 'w4' },
  { key: 'handbook', label: 'Handbook acknowledged', appliesTo: 'all', documentType: 'handbook' },
  {
    key: 'amazon_training',
    label: 'Amazon training / ride-along',
    appliesTo: 'all',
    documentType: 'training',
  },
];

/** Whether a step is on this DA's checklist: the DOT medical card only for those who may drive step vans. */
export const stepApplies = (step: { appliesTo: StepAppliesTo }, vanTypes: readonly VanType[]): boolean =>
  step.appliesTo === 'all' || vanTypes.includes('step_van');

/** A step counts as complete when done, or waived by a manager (e.g. a rehire's I-9 still on file). */
export const stepComplete = (status: OnboardingStatus): boolean => status === 'done' || status === 'waived';

export interface OnboardingProgress {
  /** Steps complete (done or waived) of those that apply. */
  complete: number;
  total: number;
  failed: number;
  /** Every step that applies is complete: the DA may be made active. */
  ready: boolean;
}

/** Progress over the steps that apply to a DA, from each step's status (missing = to do). */
export function onboardingProgress(
  steps: { id: string; appliesTo: StepAppliesTo }[],
  statusOf: (stepId: string) => OnboardingStatus,
  vanTypes: readonly VanType[],
): OnboardingProgress {
  const mine = steps.filter((s) => stepApplies(s, vanTypes));
  const statuses = mine.map((s) => statusOf(s.id));
  const complete = statuses.filter(stepComplete).length;
  const failed = statuses.filter((s) => s === 'failed').length;
  return { complete, total: mine.length, failed, ready: complete === mine.length };
}

/** A key for a step the org adds itself, from its label ("Uniform issued" → uniform_issued). */
export function stepKey(label: string): string {
  const key = label
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  return key || 'step';
}
