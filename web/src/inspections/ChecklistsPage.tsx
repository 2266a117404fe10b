import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useSession } from '../app/auth.js';
import { Checkbox, fieldError, TextField } from '../app/ui/fields.js';
import { ErrorNotice, Notice } from '../app/ui/notice.js';
import { PageHeader, useTitle } from '../app/ui/page.js';
import { QueryStatus } from '../app/ui/status.js';
import { VAN_TYPE_LABELS } from '../fleet/labels.js';
import type { VanType } from '../people/api.js';
import { type ChecklistTemplate, INSPECTIONS_KEY, inspectionsApi, type TemplateItem } from './api.js';
import './inspections.css';

const TEMPLATES_KEY = [...INSPECTIONS_KEY, 'templates'] as const;

/** A key for a check the manager adds ("Fire extinguisher" → fire_extinguisher), unique in the list. */
function keyFor(label: string, taken: readonly TemplateItem[]): string {
  const base =
    label
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 40) || 'check';
  let key = base;
  for (let n = 2; taken.some((i) => i.key === key); n++) key = `${base}_${n}`;
  return key;
}

/** The DVIC checklist of each van type: what the DA checks, and which failures ground the van. */
export function ChecklistsPage() {
  useTitle('Inspection checklists');
  const query = useQuery({ queryKey: TEMPLATES_KEY, queryFn: () => inspectionsApi.templates() });
  return (
    <div className="stack">
      <PageHeader
        title="Inspection checklists"
        description="What a DA checks on each van type before and after the route. A failed critical check grounds the van at once."
        actions={
          <Link to="/fleet" className="button-secondary">
            Back to the fleet
          </Link>
        }
      />
      <QueryStatus query={query} />
      {query.data?.items.map((t) => (
        <TemplateEditor key={t.vanType} template={t} />
      ))}
    </div>
  );
}

function TemplateEditor({ template }: { template: ChecklistTemplate }) {
  const { can } = useSession();
  const canWrite = can('fleet.write');
  const queryClient = useQueryClient();
  const [items, setItems] = useState<TemplateItem[]>(template.items);
  const [newLabel, setNewLabel] = useState('');
  const [saved, setSaved] = useState(false);
  const changed = JSON.stringify(items) !== JSON.stringify(template.items);
  const save = useMutation({
    mutationFn: () => inspectionsApi.saveTemplate(template.vanType, items),
    onSuccess: async (stored) => {
      setItems(stored.items);
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: TEMPLATES_KEY });
    },
  });
  const edit = (i: number, patch: Partial<TemplateItem>) => {
    setSaved(false);
    setItems((list) => list.map((item, k) => (k === i ? { ...item, ...patch } : item)));
  };
  const move = (i: number, by: -1 | 1) => {
    setSaved(false);
    setItems((list) => {
      const next = [...list];
      const [item] = next.splice(i, 1);
      if (item) next.splice(i + by, 0, item);
      return next;
    });
  };
  const label = VAN_TYPE_LABELS[template.vanType as VanType] ?? template.vanType;
  const headingId = `checklist-${template.vanType}`;

  return (
    <section className="card stack" aria-labelledby={headingId} data-testid={`checklist-${template.vanType}`}>
      <h2 id={headingId}>
        {label} <span className="muted">{template.saved ? '' : '(the default checklist)'}</span>
      </h2>
      {saved ? (
        <Notice kind="success">Saved. Inspections already done keep the checks they answered.</Notice>
      ) : null}
      <ErrorNotice error={save.error} />
      <ol className="checklist-items">
        {items.map((item, i) => (
          <li key={item.key} className="checklist-item">
            <TextField
              label={`Check ${i + 1}`}
              value={item.label}
              onValue={(v) => edit(i, { label: v })}
              disabled={!canWrite}
              error={fieldError(save.error, `items.${i}.label`) ?? fieldError(save.error, `items.${i}.key`)}
            />
            <Checkbox
              label="Critical: a fail grounds the van"
              checked={item.critical}
              onChecked={(critical) => edit(i, { critical })}
              disabled={!canWrite}
            />
            {canWrite ? (
              <span className="checklist-buttons">
                <button
                  type="button"
                  className="button-ghost button-small"
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  Up
                </button>
                <button
                  type="button"
                  className="button-ghost button-small"
                  disabled={i === items.length - 1}
                  onClick={() => move(i, 1)}
                >
                  Down
                </button>
                <button
                  type="button"
                  className="button-ghost button-small"
                  onClick={() => {
                    setSaved(false);
                    setItems((list) => list.filter((_, k) => k !== i));
                  }}
                >
                  Remove
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {canWrite ? (
        <div className="form-actions form-actions-start">
          <TextField
            label="New check"
            value={newLabel}
            onValue={setNewLabel}
            placeholder="e.g. Fire extinguisher"
          />
          <button
            type="button"
            className="button-secondary"
            disabled={!newLabel.trim()}
            onClick={() => {
              setSaved(false);
              setItems((list) => [
                ...list,
                { key: keyFor(newLabel, list), label: newLabel.trim(), critical: false },
              ]);
              setNewLabel('');
            }}
          >
            Add check
          </button>
          <button
            type="button"
            className="button-primary"
            disabled={!changed || save.isPending || items.some((i) => !i.label.trim())}
            onClick={() => save.mutate()}
          >
            {save.isPending ? 'Saving…' : `Save the ${label} checklist`}
          </button>
        </div>
      ) : null}
    </section>
  );
}
