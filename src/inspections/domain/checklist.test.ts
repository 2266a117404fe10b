import { describe, expect, it } from 'vitest';
import {
  answeredItems,
  answerProblems,
  DEFAULT_ITEMS,
  defaultItems,
  type ItemAnswer,
  outcomeOf,
  type Problem,
  templateProblems,
} from './checklist.js';

/** The problems as an English reader sees them (each also carries its catalogue code). */
const inEnglish = (ps: readonly Problem[]) => ps.map(({ path, message }) => ({ path, message }));

const allPass = (): ItemAnswer[] =>
  DEFAULT_ITEMS.map((i) => ({ key: i.key, result: 'pass', note: null, photoIds: [] }));

describe('default DVIC template (issue 9)', () => {
  it('has the twelve checks of the issue, in its order', () => {
    expect(defaultItems().map((i) => i.label)).toEqual([
      'Tires',
      'Lights',
      'Mirrors',
      'Windshield',
      'Wipers',
      'Horn',
      'Brakes',
      'Leaks',
      'Seatbelts',
      'Camera unobstructed',
      'Cargo area',
      'Body panels',
    ]);
  });

  it('makes tires, lights, brakes, leaks, seatbelts, mirrors and windshield critical, nothing else', () => {
    expect(
      defaultItems()
        .filter((i) => i.critical)
        .map((i) => i.key)
        .sort(),
    ).toEqual(['brakes', 'leaks', 'lights', 'mirrors', 'seatbelts', 'tires', 'windshield']);
  });

  it('hands out a copy, so editing one template leaves the defaults alone', () => {
    const items = defaultItems();
    (items[0] as { critical: boolean }).critical = false;
    expect(defaultItems()[0]?.critical).toBe(true);
  });
});

describe('templateProblems', () => {
  it('accepts the defaults and refuses an empty list or a key listed twice', () => {
    expect(templateProblems(defaultItems())).toEqual([]);
    expect(templateProblems([])).toEqual([
      { path: 'items', message: 'A checklist needs at least one item.' },
    ]);
    const twice = [...defaultItems(), { key: 'horn', label: 'Horn again', critical: false }];
    expect(templateProblems(twice)).toEqual([{ path: 'items.12.key', message: 'horn is listed twice.' }]);
  });
});

describe('answerProblems', () => {
  it('accepts every check answered once', () => {
    expect(answerProblems(DEFAULT_ITEMS, allPass())).toEqual([]);
  });

  it('names each check left out, and answers that are unknown or repeated', () => {
    const answers = allPass().filter((a) => a.key !== 'horn' && a.key !== 'brakes');
    answers.push({ key: 'flux_capacitor', result: 'pass', note: null, photoIds: [] });
    answers.push({ key: 'tires', result: 'pass', note: null, photoIds: [] });
    expect(inEnglish(answerProblems(DEFAULT_ITEMS, answers))).toEqual([
      { path: 'items.10.key', message: 'flux_capacitor is not on this van’s checklist.' },
      { path: 'items.11.key', message: 'tires is answered twice.' },
      { path: 'items', message: 'Horn is not answered.' },
      { path: 'items', message: 'Brakes is not answered.' },
    ]);
  });

  it('wants a critical check passed or failed, never n/a; other checks may be n/a', () => {
    const answers = allPass().map((a) =>
      a.key === 'brakes' || a.key === 'camera' ? { ...a, result: 'na' as const } : a,
    );
    expect(inEnglish(answerProblems(DEFAULT_ITEMS, answers))).toEqual([
      { path: 'items.6.result', message: 'Brakes must be checked: pass or fail.' },
    ]);
  });

  it('wants a failed check described by a note or a photo', () => {
    const fail = (over: Partial<ItemAnswer>) =>
      allPass().map((a) => (a.key === 'wipers' ? { ...a, result: 'fail' as const, ...over } : a));
    expect(inEnglish(answerProblems(DEFAULT_ITEMS, fail({ note: '  ' })))).toEqual([
      { path: 'items.4.note', message: 'Say what is wrong with: Wipers.' },
    ]);
    expect(answerProblems(DEFAULT_ITEMS, fail({ note: 'Streaks' }))).toEqual([]);
    expect(answerProblems(DEFAULT_ITEMS, fail({ photoIds: ['f1'] }))).toEqual([]);
  });
});

describe('outcomeOf', () => {
  it('passes when nothing failed, n/a included', () => {
    const items = answeredItems(
      DEFAULT_ITEMS,
      allPass().map((a) => (a.key === 'horn' ? { ...a, result: 'na' as const } : a)),
    );
    expect(outcomeOf(items)).toEqual({ passed: true, failed: [], criticalFailures: [] });
  });

  it('fails on any failed check, and tells a critical failure from the rest', () => {
    const answers = allPass().map((a) =>
      a.key === 'wipers' || a.key === 'tires' ? { ...a, result: 'fail' as const, note: ' flat ' } : a,
    );
    const outcome = outcomeOf(answeredItems(DEFAULT_ITEMS, answers));
    expect(outcome.passed).toBe(false);
    expect(outcome.failed.map((i) => i.key)).toEqual(['tires', 'wipers']);
    expect(outcome.criticalFailures).toEqual([
      { key: 'tires', label: 'Tires', critical: true, result: 'fail', note: 'flat', photoIds: [] },
    ]);
  });

  it('keeps the label and criticality the check had that day, in template order', () => {
    const template = [
      { key: 'b', label: 'Beta', critical: false },
      { key: 'a', label: 'Alpha', critical: true },
    ];
    const items = answeredItems(template, [
      { key: 'a', result: 'pass', note: null, photoIds: [] },
      { key: 'b', result: 'pass', note: '', photoIds: [] },
    ]);
    expect(items.map((i) => [i.key, i.label, i.critical, i.note])).toEqual([
      ['b', 'Beta', false, null],
      ['a', 'Alpha', true, null],
    ]);
  });
});
