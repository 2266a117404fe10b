import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { type Answer, answer, client } from '../app/api.js';
import { useSession } from '../app/auth.js';
import { dayStart, formatDateTime, formatValue } from '../app/format.js';
import { usePagedQuery } from '../app/paging.js';
import { SelectField, TextField } from '../app/ui/fields.js';
import { PageHeader } from '../app/ui/page.js';
import { LoadMore, QueryStatus, StatusBadge } from '../app/ui/status.js';
import { useDirectory } from '../tenancy/directory.js';

type AuditEntry = Answer<'/audit', 'get'>['items'][number];

const ENTITIES: Record<string, string> = {
  org: 'Organisation',
  station: 'Station',
  member: 'Person',
  invitation: 'Invitation',
  driver: 'DA',
  api_token: 'API token',
  import: 'Import',
};

const ACTIONS = { create: 'Created', update: 'Changed', delete: 'Deleted' } as const;
const isAction = (a: string): a is AuditEntry['action'] => a in ACTIONS;
const FILTERS = ['entity', 'entityId', 'actorUserId', 'action', 'from', 'to'] as const;
type Filters = Record<(typeof FILTERS)[number], string>;

function readFilters(params: URLSearchParams): Filters {
  return Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? ''])) as Filters;
}

export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const applied = readFilters(params);
  const [draft, setDraft] = useState<Filters>(applied);
  const [lastApplied, setLastApplied] = useState(params.toString());
  if (lastApplied !== params.toString()) {
    setLastApplied(params.toString());
    setDraft(applied);
  }
  const { members, nameOf } = useDirectory();
  const { me } = useSession();

  const { query: audit, items } = usePagedQuery(['audit', applied], (cursor) =>
    answer(
      client.GET('/audit', {
        params: {
          query: {
            limit: 50,
            cursor,
            entity: applied.entity,
            entityId: applied.entityId.trim(),
            actorUserId: applied.actorUserId,
            action: isAction(applied.action) ? applied.action : undefined,
            from: applied.from ? dayStart(applied.from) : undefined,
            to: applied.to ? dayStart(applied.to, 1) : undefined,
          },
        },
      }),
    ),
  );

  function apply(next: Filters) {
    const search = new URLSearchParams();
    for (const f of FILTERS) if (next[f]) search.set(f, next[f]);
    setParams(search);
  }
  function submit(e: FormEvent) {
    e.preventDefault();
    apply(draft);
  }
  const set = (key: keyof Filters) => (value: string) => setDraft({ ...draft, [key]: value });

  const entityOptions = [
    { value: '', label: 'Anything' },
    ...Object.entries(ENTITIES).map(([value, label]) => ({ value, label })),
  ];
  if (draft.entity && !ENTITIES[draft.entity])
    entityOptions.push({ value: draft.entity, label: draft.entity });

  function describeEntity(entry: AuditEntry): string {
    const kind = ENTITIES[entry.entity] ?? entry.entity;
    if (entry.entity === 'station') {
      const code = me.stations.find((s) => s.id === entry.entityId)?.code ?? textOf(entry, 'code');
      return code ? `${kind} ${code}` : kind;
    }
    if (entry.entity === 'member') {
      const name = nameOf(entry.entityId) ?? textOf(entry, 'name') ?? textOf(entry, 'email');
      return name ? `${kind} ${name}` : kind;
    }
    if (entry.entity === 'invitation') {
      const email = textOf(entry, 'email');
      return email ? `${kind} of ${email}` : kind;
    }
    if (entry.entity === 'driver') {
      const name = [textOf(entry, 'first_name'), textOf(entry, 'last_name')].filter(Boolean).join(' ');
      return name ? `${kind} ${name}` : kind;
    }
    if (entry.entity === 'api_token' || entry.entity === 'org') {
      const name = textOf(entry, 'name');
      return name ? `${kind} “${name}”` : kind;
    }
    if (entry.entity === 'import') {
      const file = textOf(entry, 'file_name') ?? textOf(entry, 'fileName');
      return file ? `${kind} ${file}` : kind;
    }
    return kind;
  }

  return (
    <div className="stack-lg">
      <PageHeader
        title="Audit log"
        description="Every change to your organisation’s records: who, when, before and after."
      />
      <form className="filters card" onSubmit={submit} aria-label="Filter the audit log">
        <SelectField
          label="Record type"
          value={draft.entity}
          onValue={set('entity')}
          options={entityOptions}
        />
        <SelectField
          label="Action"
          value={draft.action}
          onValue={set('action')}
          options={[
            { value: '', label: 'Any' },
            { value: 'create', label: 'Created' },
            { value: 'update', label: 'Changed' },
            { value: 'delete', label: 'Deleted' },
          ]}
        />
        <SelectField
          label="Who"
          value={draft.actorUserId}
          onValue={set('actorUserId')}
          options={[
            { value: '', label: 'Anyone' },
            ...members.map((m) => ({ value: m.id, label: m.name })),
            ...(draft.actorUserId && !members.some((m) => m.id === draft.actorUserId)
              ? [{ value: draft.actorUserId, label: draft.actorUserId }]
              : []),
          ]}
        />
        <TextField
          label="From"
          type="date"
          value={draft.from}
          onValue={set('from')}
          max={draft.to || undefined}
        />
        <TextField
          label="To"
          type="date"
          value={draft.to}
          onValue={set('to')}
          min={draft.from || undefined}
        />
        <TextField
          label="Record id"
          value={draft.entityId}
          onValue={set('entityId')}
          className="field-wide"
          autoComplete="off"
          spellCheck={false}
        />
        <div className="filter-actions">
          <button type="submit" className="button-primary">
            Apply filters
          </button>
          <button
            type="button"
            className="button-ghost"
            onClick={() => apply({ entity: '', entityId: '', actorUserId: '', action: '', from: '', to: '' })}
          >
            Clear
          </button>
        </div>
      </form>

      <QueryStatus query={audit} isEmpty={items.length === 0} empty="No changes match these filters." />
      {items.length > 0 ? (
        <ol className="audit-list" aria-label="Audit entries, newest first">
          {items.map((entry) => (
            <li key={entry.id} className="audit-entry card">
              <div className="audit-head">
                <StatusBadge
                  tone={entry.action === 'create' ? 'good' : entry.action === 'delete' ? 'bad' : 'neutral'}
                >
                  {ACTIONS[entry.action]}
                </StatusBadge>
                <strong className="audit-what">{describeEntity(entry)}</strong>
                <span className="audit-who">by {entry.actorLabel}</span>
                <time className="audit-when muted" dateTime={entry.at}>
                  {formatDateTime(entry.at)}
                </time>
              </div>
              <Changes entry={entry} />
              <button
                type="button"
                className="link-button audit-id"
                onClick={() => apply({ ...applied, entity: entry.entity, entityId: entry.entityId })}
              >
                History of this record<span className="sr-only"> ({entry.entityId})</span>
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      <LoadMore query={audit} />
    </div>
  );
}

function textOf(entry: AuditEntry, field: string): string | undefined {
  const change = entry.changes[field];
  const value = change ? (change.after ?? change.before) : undefined;
  return typeof value === 'string' && value ? value : undefined;
}

const HIDDEN = new Set(['id', 'org_id', 'orgId', 'password_hash', 'totp_secret', 'totp_pending_secret']);
const NOT_IN_SUMMARY = new Set(['created_at', 'updated_at', 'createdAt', 'updatedAt']);

function Changes({ entry }: { entry: AuditEntry }) {
  const { me } = useSession();
  const fields = Object.entries(entry.changes).filter(([field]) => !HIDDEN.has(field));
  if (fields.length === 0) return null;

  const show = (field: string, value: unknown): string => {
    // Station ids read better as station codes.
    if (/station_?ids?$/i.test(field)) {
      const ids = Array.isArray(value) ? value : typeof value === 'string' ? [value] : null;
      if (ids)
        return ids.length
          ? ids.map((id) => me.stations.find((s) => s.id === id)?.code ?? String(id)).join(', ')
          : 'none';
      if (value === null) return 'all stations';
    }
    return formatValue(value);
  };

  const table = (
    <table className="changes">
      <thead>
        <tr>
          <th scope="col">Field</th>
          {entry.action !== 'create' ? <th scope="col">Before</th> : null}
          {entry.action !== 'delete' ? <th scope="col">After</th> : null}
        </tr>
      </thead>
      <tbody>
        {fields.map(([field, { before, after }]) => (
          <tr key={field}>
            <th scope="row">{field}</th>
            {entry.action !== 'create' ? <td className="before">{show(field, before)}</td> : null}
            {entry.action !== 'delete' ? <td className="after">{show(field, after)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
  if (entry.action === 'update') return table;

  // A created or deleted record: a one-line summary, every field on request.
  const summary = fields
    .filter(([field]) => !NOT_IN_SUMMARY.has(field))
    .slice(0, 4)
    .map(
      ([field, { before, after }]) => `${field}: ${show(field, entry.action === 'create' ? after : before)}`,
    )
    .join(' · ');
  return (
    <div className="audit-summary">
      <p className="muted">{summary}</p>
      <details>
        <summary>All {fields.length} fields</summary>
        {table}
      </details>
    </div>
  );
}
