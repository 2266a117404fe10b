import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ONBOARDING_STEPS,
  type OnboardingStatus,
  onboardingProgress,
  stepApplies,
  stepKey,
} from './onboarding.js';

// Issue 3: "default steps: application, background check, motor vehicle record, drug test, license
// verified, DOT medical card for step-van drivers, I-9, W-4, handbook acknowledged, Amazon training /
// ride-along".

const steps = DEFAULT_ONBOARDING_STEPS.map((s) => ({ ...s, id: s.key }));

describe('onboarding checklist', () => {
  it('issue 3: starts with the ten default steps in order', () => {
    expect(DEFAULT_ONBOARDING_STEPS.map((s) => s.label)).toEqual([
      'Application',
      'Background check',
      'Motor vehicle record',
      'Drug test',
      'License verified',
      'DOT medical card',
      'I-9',
      'W-4',
      'Handbook acknowledged',
      'Amazon training / ride-along',
    ]);
  });

  it('issue 3: the DOT medical card applies only to DAs who may drive step vans', () => {
    const dot = steps.find((s) => s.key === 'dot_medical_card');
    expect(dot && stepApplies(dot, ['edv', 'cdv'])).toBe(false);
    expect(dot && stepApplies(dot, ['cdv', 'step_van'])).toBe(true);
  });

  it('counts done and waived as complete over the steps that apply (9 without step vans, 10 with)', () => {
    const status = (map: Record<string, OnboardingStatus>) => (id: string) => map[id] ?? 'todo';
    const some = status({ application: 'done', i9: 'waived', drug_test: 'failed', dot_medical_card: 'done' });
    expect(onboardingProgress(steps, some, ['edv'])).toEqual({
      complete: 2,
      total: 9,
      failed: 1,
      ready: false,
    });
    expect(onboardingProgress(steps, some, ['step_van'])).toEqual({
      complete: 3,
      total: 10,
      failed: 1,
      ready: false,
    });
  });

  it('is ready for active when every step that applies is done or waived', () => {
    const all = (id: string): OnboardingStatus => (id === 'w4' ? 'waived' : 'done');
    expect(onboardingProgress(steps, all, ['edv']).ready).toBe(true);
    const noDot = (id: string): OnboardingStatus => (id === 'dot_medical_card' ? 'todo' : 'done');
    expect(onboardingProgress(steps, noDot, ['edv']).ready).toBe(true);
    expect(onboardingProgress(steps, noDot, ['step_van']).ready).toBe(false);
  });

  it('makes a key for an org’s own step from its label', () => {
    expect(stepKey('  Uniform issued! ')).toBe('uniform_issued');
    expect(stepKey('Señal de tránsito')).toBe('senal_de_transito');
    expect(stepKey('***')).toBe('step');
  });
});
