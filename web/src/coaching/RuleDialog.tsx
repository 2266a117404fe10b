import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { METRICS } from '../../../src/performance/domain/metrics.js';
import { FormDialog } from '../app/ui/dialog.js';
import { Checkbox, fieldError, SelectField, TextField } from '../app/ui/fields.js';
import { coachingApi, coachingKeys, type Rule, type Trigger } from './api.js';
import { LadderEditor } from './LadderEditor.js';
import { ACTIONS } from './labels.js';
import {
  actionsFor,
  draftOf,
  isPercent,
  type RuleDraft,
  ruleOf,
  withMetric,
  withType,
} from './rule-draft.js';

const TRIGGER_TYPES: { value: Trigger['type']; label: string }[] = [
  { value: 'events', label: 'Safety events: a number within some days' },
  { value: 'metric', label: 'A weekly metric past a threshold' },
  { value: 'tier_drop', label: 'The weekly standing drops' },
  { value: 'fantastic', label: 'A Fantastic week (recognition)' },
];

/** Cortex's and Netradyne's usual Metric Types, offered while typing; any other name works too. */
const EVENT_TYPES = [
  'Following Distance',
  'Speeding',
  'Distraction',
  'Sign/Signal Violation',
  'Seatbelt-Off',
];

/** A new rule (no `rule`) or an edit of one; saving a suggested rule keeps the suggestions as the org's. */
export function RuleDialog({
  rule,
  onClose,
  onSaved,
}: {
  rule?: Rule;
  onClose: () => void;
  onSaved: (r: Rule) => void;
}) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(rule));
  const input = ruleOf(draft);
  const save = useMutation({
    mutationFn: () => {
      if (!input) throw new Error('Fill in every field first.');
      return rule ? coachingApi.saveRule(rule.id, input) : coachingApi.createRule(input);
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: coachingKeys.all });
      onSaved(saved);
    },
  });
  const set =
    <K extends keyof RuleDraft>(key: K) =>
    (value: RuleDraft[K]) =>
      setDraft((d) => ({ ...d, [key]: value }));
  const error = (path: string) => fieldError(save.error, path);
  return (
    <FormDialog
      title={rule ? `Edit “${rule.name}”` : 'New coaching rule'}
      onClose={onClose}
      submission={save}
      ready={input !== null}
      whyNotReady="Fill in every field of the rule."
      submitLabel="Save rule"
      pendingLabel="Saving…"
      wide
    >
      <TextField
        label="Name"
        value={draft.name}
        onValue={set('name')}
        maxLength={120}
        error={error('name')}
      />
      <Checkbox label="On: the rule runs" checked={draft.active} onChecked={set('active')} />
      <SelectField
        label="Set off by"
        value={draft.type}
        onValue={(type) => setDraft((d) => withType(d, type as Trigger['type'], ACTIONS))}
        options={TRIGGER_TYPES}
        error={error('trigger')}
      />
      <TriggerFields draft={draft} set={set} onDraft={setDraft} error={error} />
      <LadderEditor
        ladder={draft.ladder}
        allowed={actionsFor(draft.type, ACTIONS)}
        onChange={set('ladder')}
        error={error('ladder')}
      />
      <TextField
        label="Escalation window (days)"
        type="number"
        inputMode="numeric"
        min={1}
        max={365}
        value={draft.escalationDays}
        onValue={set('escalationDays')}
        error={error('escalationDays')}
        hint="Set off again within this many days of the last time, the DA moves to the next step."
      />
    </FormDialog>
  );
}

type Setter = <K extends keyof RuleDraft>(key: K) => (value: RuleDraft[K]) => void;

/** The fields of the chosen trigger: events' type, count and days, or a metric and its threshold. */
function TriggerFields({
  draft,
  set,
  onDraft,
  error,
}: {
  draft: RuleDraft;
  set: Setter;
  onDraft: (change: (d: RuleDraft) => RuleDraft) => void;
  error: (path: string) => string | undefined;
}) {
  if (draft.type === 'events') {
    return (
      <div className="form-grid">
        <TextField
          label="Event type"
          value={draft.eventType}
          onValue={set('eventType')}
          list="coaching-event-types"
          maxLength={80}
          error={error('trigger.eventType')}
          hint="As the safety file's Metric Type names it."
        />
        <datalist id="coaching-event-types">
          {EVENT_TYPES.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
        <TextField
          label="Events"
          type="number"
          inputMode="numeric"
          min={1}
          max={50}
          value={draft.count}
          onValue={set('count')}
          error={error('trigger.count')}
        />
        <TextField
          label="Within days"
          type="number"
          inputMode="numeric"
          min={1}
          max={90}
          value={draft.days}
          onValue={set('days')}
          error={error('trigger.days')}
        />
      </div>
    );
  }
  if (draft.type !== 'metric') return null;
  const info = METRICS.find((m) => m.key === draft.metric);
  const percent = isPercent(draft.metric);
  return (
    <div className="form-grid">
      <SelectField
        label="Metric"
        value={draft.metric}
        onValue={(metric) => onDraft((d) => withMetric(d, metric as RuleDraft['metric']))}
        options={METRICS.map((m) => ({ value: m.key, label: m.label }))}
        error={error('trigger.metric')}
      />
      <TextField
        label={percent ? 'Threshold (%)' : 'Threshold'}
        type="number"
        inputMode="decimal"
        step="any"
        value={draft.threshold}
        onValue={set('threshold')}
        error={error('trigger.threshold')}
        hint={`The DA’s week sets the rule off when it is ${info?.direction === 'higher' ? 'below' : 'above'} this${
          percent ? ', in percent (98.5 for 98.5%)' : ''
        }.`}
      />
    </div>
  );
}
