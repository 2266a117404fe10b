import { HttpProblem, notFound } from '../app/problems.js';
import { recordAudit } from '../audit/store.js';
import type { Actor } from '../auth/domain/permissions.js';
import type { Db } from '../db/database.js';
import type { CoachingRulesTable } from '../db/schema.js';
import { newId, nowIso } from '../shared/ids.js';
import {
  ladderProblem,
  measureLabel,
  measureOf,
  type Rule,
  type RuleIn,
  SUGGESTED_RULES,
  TriggerSchema,
} from './domain/rules.js';
import { deleteRuleRow, itemCountsByRule, listRuleRows, upsertRuleRow } from './store.js';

const ruleOf = (r: CoachingRulesTable): Rule => ({
  id: r.id,
  name: r.name,
  active: r.active === 1,
  trigger: TriggerSchema.parse(JSON.parse(r.trigger)),
  ladder: JSON.parse(r.ladder) as Rule['ladder'],
  escalationDays: r.escalation_days,
});

/** The org's rules, or the suggested ones until it saves its own. */
export async function rulesInForce(db: Db, orgId: string): Promise<{ suggested: boolean; rules: Rule[] }> {
  const rows = await listRuleRows(db, orgId);
  return rows.length === 0
    ? { suggested: true, rules: [...SUGGESTED_RULES] }
    : { suggested: false, rules: rows.map(ruleOf) };
}

export async function listRules(db: Db, orgId: string) {
  const { suggested, rules } = await rulesInForce(db, orgId);
  const counts = await itemCountsByRule(db, orgId);
  return {
    suggested,
    rules: rules.map((r) => {
      const measure = measureOf(r.trigger);
      return { ...r, measure, measureLabel: measureLabel(measure), items: counts.get(r.id) ?? 0 };
    }),
  };
}

function checkRule(input: RuleIn): void {
  const problem = ladderProblem(input);
  if (problem) throw new HttpProblem(422, 'Invalid rule', problem, [{ path: 'ladder', message: problem }]);
}

const rowOf = (actor: Actor, rule: Rule, position: number, at: string): CoachingRulesTable => ({
  org_id: actor.orgId,
  id: rule.id,
  name: rule.name,
  active: rule.active ? 1 : 0,
  trigger: JSON.stringify(rule.trigger),
  ladder: JSON.stringify(rule.ladder),
  escalation_days: rule.escalationDays,
  position,
  updated_by: actor.label,
  created_at: at,
  updated_at: at,
});

/**
 * Saves a rule (new when `id` is null). While the suggested rules are in force, the first save stores
 * them all as the org's own, so changing one does not switch the others off.
 */
export async function saveRule(db: Db, actor: Actor, id: string | null, input: RuleIn) {
  checkRule(input);
  return db.transaction().execute(async (trx) => {
    const { suggested, rules } = await rulesInForce(trx, actor.orgId);
    const at = nowIso();
    if (suggested) {
      for (const [i, r] of rules.entries()) await upsertRuleRow(trx, rowOf(actor, r, i, at));
    }
    const before = id ? rules.find((r) => r.id === id) : undefined;
    if (id && !before) throw notFound(`Coaching rule ${id}`);
    const rule: Rule = { ...input, id: id ?? newId() };
    const position = before ? rules.indexOf(before) : rules.length;
    await upsertRuleRow(trx, { ...rowOf(actor, rule, position, at), created_at: at });
    await recordAudit(trx, actor, {
      entity: 'coaching_rule',
      entityId: rule.id,
      before: before ?? null,
      after: rule,
    });
    return (await listRules(trx, actor.orgId)).rules.find((r) => r.id === rule.id) as Awaited<
      ReturnType<typeof listRules>
    >['rules'][number];
  });
}

/** A rule with items stays (the items name it), and so does the last one; either can be turned off. */
export async function deleteRule(db: Db, actor: Actor, id: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { suggested, rules } = await rulesInForce(trx, actor.orgId);
    const rule = rules.find((r) => r.id === id);
    if (!rule || suggested) throw notFound(`Saved coaching rule ${id}`);
    const items = (await itemCountsByRule(trx, actor.orgId)).get(id) ?? 0;
    if (items > 0) {
      const count = `${items} coaching item${items === 1 ? '' : 's'}`;
      throw new HttpProblem(409, 'Conflict', `"${rule.name}" opened ${count}; turn it off instead.`);
    }
    // With no rule of its own the org would be back on the suggested rules, all of them on.
    if (rules.length === 1)
      throw new HttpProblem(409, 'Conflict', `"${rule.name}" is the last rule; turn it off instead.`);
    await deleteRuleRow(trx, actor.orgId, id);
    await recordAudit(trx, actor, { entity: 'coaching_rule', entityId: id, before: rule, after: null });
  });
}
