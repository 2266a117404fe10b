// The audit slice's tables, assembled into `Database` by src/db/schema.ts.

export interface AuditLogTable {
  org_id: string;
  id: string;
  at: string;
  actor_user_id: string | null;
  actor_label: string;
  entity: string;
  entity_id: string;
  action: 'create' | 'update' | 'delete';
  /** JSON {field: {before, after}} of the fields that changed. */
  changes: string;
}
