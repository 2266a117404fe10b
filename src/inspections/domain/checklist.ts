import { type FieldProblem, fieldProblem } from '../../app/problems.js';
export const CHECK_RESULTS = ['pass', 'fail', 'na'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];

/** One line of a van type's DVIC: what to look at, and whether failing it keeps the van off the road. */
export interface TemplateItem {
  key: string;
  label: string;
  critical: boolean;
}

/**
 * The twelve checks every DVIC starts with (issue 9). Critical by default are the ones that make a van
 * unsafe or unlawful to drive and cannot be put right at the curb: tires, lights, brakes, leaks,
 * seatbelts, mirrors and windshield (the parts a roadside inspection puts a vehicle out of service for).
 * Wipers, horn, camera, cargo area and body panels are reported and fixed, but the van may go out;
 * a manager can make any item critical for a van type.
 */
export const DEFAULT_ITEMS: readonly TemplateItem[] = [
  { key: 'tires', label: 'Tires', critical: true },
  { key: 'lights', label: 'Lights', critical: true },
  { key: 'mirrors', label: 'Mirrors', critical: true },
  { key: 'windshield', label: 'Windshield', critical: true },
  { key: 'wipers', label: 'Wipers', critical: false },
  { key: 'horn', label: 'Horn', critical: false },
  { key: 'brakes', label: 'Brakes', critical: true },
  { key: 'leaks', label: 'Leaks', critical: true },
  { key: 'seatbelts', label: 'Seatbelts', critical: true },
  { key: 'camera', label: 'Camera unobstructed', critical: false },
  { key: 'cargo_area', label: 'Cargo area', critical: false },
  { key: 'body_panels', label: 'Body panels', critical: false },
];

/** A van type's checklist before anyone has changed it: the same twelve checks for every type. */
export const defaultItems = (): TemplateItem[] => DEFAULT_ITEMS.map((i) => ({ ...i }));

export type Problem = FieldProblem;

/** A checklist a manager saves: keys are short and unique, and there is something to check. */
export function templateProblems(items: readonly TemplateItem[]): Problem[] {
  const problems: Problem[] = [];
  if (items.length === 0) problems.push({ path: 'items', message: 'A checklist needs at least one item.' });
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.key))
      problems.push({ path: `items.${i}.key`, message: `${item.key} is listed twice.` });
    seen.add(item.key);
  });
  return problems;
}

/** What the DA answered for one check. */
export interface ItemAnswer {
  key: string;
  result: CheckResult;
  note: string | null;
  photoIds: string[];
}

/** An answer kept with the check as it read that day, so a later template change leaves history alone. */
export interface AnsweredItem extends ItemAnswer {
  label: string;
  critical: boolean;
}

/**
 * Every check of the template answered once, nothing else. A failed check says what is wrong (a note
 * or a photo: the evidence a shop and a claim need). A critical check is pass or fail, never n/a,
 * so a rushed DA cannot skip the brakes.
 */
export function answerProblems(template: readonly TemplateItem[], answers: readonly ItemAnswer[]): Problem[] {
  const problems: Problem[] = [];
  const byKey = new Map(template.map((t) => [t.key, t]));
  const answered = new Set<string>();
  answers.forEach((a, i) => {
    const item = byKey.get(a.key);
    if (!item)
      problems.push(
        fieldProblem(`items.${i}.key`, { code: 'inspection.notOnChecklist', args: { key: a.key } }),
      );
    else if (answered.has(a.key))
      problems.push(
        fieldProblem(`items.${i}.key`, { code: 'inspection.answeredTwice', args: { key: a.key } }),
      );
    else if (item.critical && a.result === 'na')
      problems.push(
        fieldProblem(`items.${i}.result`, { code: 'inspection.passOrFail', args: { label: item.label } }),
      );
    else if (a.result === 'fail' && !a.note?.trim() && a.photoIds.length === 0)
      problems.push(
        fieldProblem(`items.${i}.note`, { code: 'inspection.sayWhatIsWrong', args: { label: item.label } }),
      );
    answered.add(a.key);
  });
  template.forEach((t) => {
    if (!answered.has(t.key))
      problems.push(fieldProblem('items', { code: 'inspection.notAnswered', args: { label: t.label } }));
  });
  return problems;
}

/** The answers in the template's order, each with the check's label and whether it is critical. */
export function answeredItems(
  template: readonly TemplateItem[],
  answers: readonly ItemAnswer[],
): AnsweredItem[] {
  const byKey = new Map(answers.map((a) => [a.key, a]));
  return template.flatMap((t) => {
    const a = byKey.get(t.key);
    return a ? [{ ...a, note: a.note?.trim() || null, label: t.label, critical: t.critical }] : [];
  });
}

export interface Outcome {
  /** No check failed. */
  passed: boolean;
  failed: AnsweredItem[];
  /** Failed checks that ground the van. */
  criticalFailures: AnsweredItem[];
}

export function outcomeOf(items: readonly AnsweredItem[]): Outcome {
  const failed = items.filter((i) => i.result === 'fail');
  return { passed: failed.length === 0, failed, criticalFailures: failed.filter((i) => i.critical) };
}
