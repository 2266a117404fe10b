import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { ME_KEY, useSession } from '../app/auth.js';
import { formatDateTime, formatShort } from '../app/format.js';
import { usePagedQuery } from '../app/paging.js';
import { CellLines, DataTable, RowButton } from '../app/table.js';
import { ConfirmDialog } from '../app/ui/dialog.js';
import { Checkbox } from '../app/ui/fields.js';
import { LoadMore, QueryStatus, StatusBadge } from '../app/ui/status.js';
import type { ImportKindInfo, ImportStatus, ImportSummary } from './api.js';
import { importsApi } from './api.js';

const STATUS: Record<ImportStatus, { label: string; tone: 'good' | 'bad' | 'neutral' | 'warn' }> = {
  running: { label: 'Running', tone: 'warn' },
  committed: { label: 'Committed', tone: 'good' },
  rejected: { label: 'Rejected', tone: 'bad' },
  preview: { label: 'Preview', tone: 'neutral' },
  undone: { label: 'Undone', tone: 'neutral' },
  failed: { label: 'Failed', tone: 'bad' },
};

/** While a commit is on its way, the server's import row tells how far it got. */
export function RunningImport({ kind }: { kind: string }) {
  const progress = useQuery({
    queryKey: ['imports', 'progress'],
    queryFn: () => importsApi.history(),
    refetchInterval: 750,
    gcTime: 0,
  });
  const running = progress.data?.items.find((i) => i.status === 'running' && i.kind === kind);
  // The server counts rows while it checks the file; once every row is checked it knows the total and saves.
  const text = !running
    ? 'Importing…'
    : running.rows > 0
      ? `Saving ${running.rows.toLocaleString()} rows…`
      : `Checking rows — ${running.processed.toLocaleString()} so far`;
  return (
    <div className="progress" role="status" aria-live="polite">
      <progress aria-label="Import progress" />
      <span>{text}</span>
    </div>
  );
}

export function ImportHistory({ kinds }: { kinds: ImportKindInfo[] }) {
  const queryClient = useQueryClient();
  const { me } = useSession();
  // Previews (dry runs) never change anything; they stay out of the way unless asked for.
  const [showAll, setShowAll] = useState(false);
  const [undoing, setUndoing] = useState<ImportSummary | null>(null);
  const { query: history, items: all } = usePagedQuery(['imports', 'history'], importsApi.history);
  const items = showAll ? all : all.filter((i) => !i.dryRun);
  const labelOf = (kind: string) => kinds.find((k) => k.kind === kind)?.label ?? kind;
  const stationOf = (id: string | null | undefined) =>
    id ? me.stations.find((s) => s.id === id)?.code : undefined;

  return (
    <section className="card stack" aria-labelledby="import-history">
      <div className="section-head">
        <h2 id="import-history">History</h2>
        <Checkbox label="Show previews" checked={showAll} onChecked={setShowAll} />
      </div>
      <QueryStatus query={history} isEmpty={items.length === 0} empty="No imports yet." />
      <DataTable
        caption="Import history, newest first"
        testId="import-history"
        rows={items}
        columns={[
          {
            header: 'File',
            cell: (i) => (
              <CellLines
                main={i.fileName}
                sub={
                  <>
                    {labelOf(i.kind)}
                    {stationOf(i.stationId) ? ` · ${stationOf(i.stationId)}` : ''}
                  </>
                }
              />
            ),
          },
          {
            header: 'Status',
            cell: (i) => (
              <>
                <StatusBadge tone={STATUS[i.status]?.tone ?? 'neutral'}>
                  {i.dryRun && i.status === 'rejected'
                    ? 'Preview: problems'
                    : (STATUS[i.status]?.label ?? i.status)}
                </StatusBadge>
                {i.status === 'running' ? (
                  <div className="cell-sub">
                    {/* The total is known once every row is checked; then the save works through it. */}
                    {i.rows > 0 ? `Saving ${i.rows} rows` : `${i.processed} rows checked`}
                  </div>
                ) : null}
                {i.failure ? <div className="cell-sub">{i.failure}</div> : null}
                {i.unmatched && i.status === 'committed' ? (
                  <div className="cell-sub">
                    {i.unmatched.message}
                    {i.unmatched.link ? (
                      <>
                        {' '}
                        <Link to={i.unmatched.link}>Link {i.unmatched.field}s</Link>
                      </>
                    ) : null}
                  </div>
                ) : null}
              </>
            ),
          },
          { header: 'Rows', className: 'num', cell: (i) => i.rows },
          { header: 'New', className: 'num hide-narrow', cell: (i) => i.created },
          { header: 'Changed', className: 'num hide-narrow', cell: (i) => i.updated },
          { header: 'Same', className: 'num hide-narrow', cell: (i) => i.unchanged },
          { header: 'Problems', className: 'num hide-narrow', cell: (i) => i.errorCount },
          { header: 'By', className: 'hide-narrow', cell: (i) => i.createdBy?.name ?? '—' },
          {
            header: 'When',
            cellClassName: 'nowrap',
            cell: (i) => (
              <>
                <span title={formatDateTime(i.createdAt)}>{formatShort(i.createdAt)}</span>
                {i.undoneAt ? <div className="cell-sub">undone {formatShort(i.undoneAt)}</div> : null}
              </>
            ),
          },
        ]}
        actions={(i) =>
          i.status === 'committed' && !i.undoneAt ? (
            <RowButton label="Undo" subject={i.fileName} onClick={() => setUndoing(i)} />
          ) : null
        }
      />
      <LoadMore query={history} />
      {undoing ? (
        <ConfirmDialog
          title={`Undo ${undoing.fileName}?`}
          confirmLabel="Undo import"
          danger
          run={() => importsApi.undo(undoing.id)}
          onDone={async () => {
            setUndoing(null);
            await Promise.all([
              queryClient.invalidateQueries({ queryKey: ['imports'] }),
              queryClient.invalidateQueries({ queryKey: ['stations'] }),
              queryClient.invalidateQueries({ queryKey: ['users'] }),
              queryClient.invalidateQueries({ queryKey: ME_KEY }),
            ]);
          }}
          onCancel={() => setUndoing(null)}
        >
          <p>
            The {undoing.created} records it created are deleted and the {undoing.updated} it changed go back
            to how they were. The audit log keeps both.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
