import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSession } from '../app/auth.js';
import { CellLines, type Column, DataTable, RowButton } from '../app/table.js';
import { ConfirmDialog } from '../app/ui/dialog.js';
import { Checkbox } from '../app/ui/fields.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { QueryStatus, StatusBadge } from '../app/ui/status.js';
import { coachingApi, coachingKeys, type Rule, type RuleIn } from './api.js';
import { ladderLabel, triggerLabel } from './labels.js';
import { RuleDialog } from './RuleDialog.js';

/** What the API takes back of a rule it sent. */
const inputOf = (r: Rule): RuleIn => ({
  name: r.name,
  active: r.active,
  trigger: r.trigger,
  ladder: r.ladder,
  escalationDays: r.escalationDays,
});

/** The org's coaching rules: on/off at a click, edited in a dialog, deleted while nothing came of them. */
export function RulesPanel() {
  const { can } = useSession();
  const canWrite = can('coaching.write');
  const queryClient = useQueryClient();
  const rules = useQuery({ queryKey: coachingKeys.rules, queryFn: () => coachingApi.rules() });
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Rule | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const toggle = useMutation({
    mutationFn: (r: Rule) => coachingApi.saveRule(r.id, { ...inputOf(r), active: !r.active }),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: coachingKeys.all });
      setMessage(`${saved.name} is ${saved.active ? 'on' : 'off'}.`);
    },
  });
  const suggested = rules.data?.suggested ?? false;
  const list = rules.data?.rules ?? [];

  const columns: Column<Rule>[] = [
    { header: 'Rule', cell: (r) => <CellLines main={r.name} sub={triggerLabel(r.trigger)} /> },
    {
      header: 'On',
      cell: (r) =>
        canWrite ? (
          <Checkbox
            label={
              <>
                On<span className="sr-only"> {r.name}</span>
              </>
            }
            checked={r.active}
            disabled={toggle.isPending}
            onChecked={() => toggle.mutate(r)}
          />
        ) : (
          <StatusBadge tone={r.active ? 'good' : 'neutral'}>{r.active ? 'On' : 'Off'}</StatusBadge>
        ),
    },
    {
      header: 'Steps',
      cell: (r) => <CellLines main={ladderLabel(r.ladder)} sub={`within ${r.escalationDays} days`} />,
    },
    { header: 'Measured by', className: 'hide-narrow', cell: (r) => r.measureLabel },
    { header: 'Items', className: 'num', cell: (r) => r.items },
  ];

  return (
    <div className="stack-lg">
      {suggested ? (
        <Notice kind="warning">
          These are the suggested rules, in force until you save your own. Saving or switching any of them
          keeps all of them as your organisation’s, to change as you like.
        </Notice>
      ) : null}
      {message ? <Notice kind="success">{message}</Notice> : null}
      <ErrorNotice error={toggle.error} />
      {canWrite ? (
        <p>
          <button type="button" className="button-primary" onClick={() => setEditing('new')}>
            New rule
          </button>
        </p>
      ) : null}
      <QueryStatus
        query={rules}
        isEmpty={list.length === 0}
        empty="No coaching rules: nothing sets coaching off."
      />
      <DataTable
        caption="Coaching rules"
        card
        rows={list}
        columns={columns}
        testId="coaching-rules"
        actions={
          canWrite
            ? (r) => (
                <div className="button-row">
                  <RowButton label="Edit" subject={r.name} onClick={() => setEditing(r)} />
                  {/* A suggestion is not the org's to delete yet: turn it off, which keeps them all. */}
                  {suggested ? null : (
                    <RowButton label="Delete" subject={r.name} danger onClick={() => setDeleting(r)} />
                  )}
                </div>
              )
            : undefined
        }
      />
      {editing ? (
        <RuleDialog
          {...(editing === 'new' ? {} : { rule: editing })}
          onClose={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            setMessage(`${saved.name} saved.`);
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog
          title={`Delete “${deleting.name}”?`}
          confirmLabel="Delete rule"
          danger
          run={() => coachingApi.deleteRule(deleting.id)}
          onCancel={() => setDeleting(null)}
          onDone={async () => {
            await queryClient.invalidateQueries({ queryKey: coachingKeys.all });
            setMessage(`${deleting.name} deleted.`);
            setDeleting(null);
          }}
        >
          <p>
            A rule that has coaching items keeps them as its record: it cannot be deleted, only turned off.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
