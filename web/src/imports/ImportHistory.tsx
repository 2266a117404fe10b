import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ME_KEY, useSession } from '../app/auth.js';
import { formatDateTime, formatShort } from '../app/format.js';
import {
  Checkbox,
  ConfirmDialog,
  EmptyState,
  ErrorNotice,
  Loading,
  LoadMore,
  StatusBadge,
} from '../app/ui.js';
import { importsApi } from './api.js';
import type { ImportKindInfo, ImportStatus, ImportSummary } from './types.js';

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
  return (
    <div className="progress" role="status" aria-live="polite">
      {running && running.rows > 0 ? (
        <>
          <progress value={running.processed} max={running.rows} aria-label="Import progress" />
          <span>
            {running.processed.toLocaleString()} of {running.rows.toLocaleString()} rows
          </span>
        </>
      ) : (
        <>
          <progress aria-label="Import progress" />
          <span>Importing{running ? ` — ${running.processed.toLocaleString()} rows so far` : '…'}</span>
        </>
      )}
    </div>
  );
}

export function ImportHistory({ kinds }: { kinds: ImportKindInfo[] }) {
  const queryClient = useQueryClient();
  const { me } = useSession();
  // Previews (dry runs) and rejected files changed nothing; they stay out of the way unless asked for.
  const [showAll, setShowAll] = useState(false);
  const [undoing, setUndoing] = useState<ImportSummary | null>(null);
  const history = useInfiniteQuery({
    queryKey: ['imports', 'history'],
    queryFn: ({ pageParam }) => importsApi.history(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const undo = useMutation({
    mutationFn: (id: string) => importsApi.undo(id),
    onSuccess: async () => {
      setUndoing(null);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['imports'] }),
        queryClient.invalidateQueries({ queryKey: ['stations'] }),
        queryClient.invalidateQueries({ queryKey: ['users'] }),
        queryClient.invalidateQueries({ queryKey: ME_KEY }),
      ]);
    },
  });
  const all = history.data?.pages.flatMap((p) => p.items) ?? [];
  const items = showAll ? all : all.filter((i) => i.status !== 'preview' && i.status !== 'rejected');
  const labelOf = (kind: string) => kinds.find((k) => k.kind === kind)?.label ?? kind;
  const stationOf = (id: string | null | undefined) =>
    id ? me.stations.find((s) => s.id === id)?.code : undefined;

  return (
    <section className="card stack" aria-labelledby="import-history">
      <div className="section-head">
        <h2 id="import-history">History</h2>
        <Checkbox label="Show previews and rejected files" checked={showAll} onChecked={setShowAll} />
      </div>
      {history.isPending ? <Loading /> : null}
      <ErrorNotice error={history.error} />
      {history.isSuccess && items.length === 0 ? <EmptyState>No imports yet.</EmptyState> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="stack-table" data-testid="import-history">
            <caption className="sr-only">Import history, newest first</caption>
            <thead>
              <tr>
                <th scope="col">File</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">
                  Rows
                </th>
                <th scope="col" className="num hide-narrow">
                  New
                </th>
                <th scope="col" className="num hide-narrow">
                  Changed
                </th>
                <th scope="col" className="num hide-narrow">
                  Same
                </th>
                <th scope="col" className="num hide-narrow">
                  Problems
                </th>
                <th scope="col" className="hide-narrow">
                  By
                </th>
                <th scope="col">When</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id}>
                  <td>
                    <div className="cell-main">{i.fileName}</div>
                    <div className="cell-sub">
                      {labelOf(i.kind)}
                      {stationOf(i.stationId) ? ` · ${stationOf(i.stationId)}` : ''}
                    </div>
                  </td>
                  <td data-label="Status">
                    <StatusBadge tone={STATUS[i.status]?.tone ?? 'neutral'}>
                      {STATUS[i.status]?.label ?? i.status}
                    </StatusBadge>
                    {i.status === 'running' ? (
                      <div className="cell-sub">
                        {i.processed} / {i.rows}
                      </div>
                    ) : null}
                  </td>
                  <td data-label="Rows" className="num">
                    {i.rows}
                  </td>
                  <td data-label="New" className="num hide-narrow">
                    {i.created}
                  </td>
                  <td data-label="Changed" className="num hide-narrow">
                    {i.updated}
                  </td>
                  <td data-label="Same" className="num hide-narrow">
                    {i.unchanged}
                  </td>
                  <td data-label="Problems" className="num hide-narrow">
                    {i.errorCount}
                  </td>
                  <td data-label="By" className="hide-narrow">
                    {i.createdBy?.name ?? '—'}
                  </td>
                  <td data-label="When" className="nowrap">
                    <span title={formatDateTime(i.createdAt)}>{formatShort(i.createdAt)}</span>
                    {i.undoneAt ? <div className="cell-sub">undone {formatShort(i.undoneAt)}</div> : null}
                  </td>
                  <td className="actions">
                    {i.status === 'committed' && !i.undoneAt ? (
                      <button
                        type="button"
                        className="button-secondary button-small"
                        onClick={() => {
                          undo.reset();
                          setUndoing(i);
                        }}
                      >
                        Undo<span className="sr-only"> {i.fileName}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <LoadMore
        hasMore={history.hasNextPage}
        loading={history.isFetchingNextPage}
        onMore={() => void history.fetchNextPage()}
      />
      {undoing ? (
        <ConfirmDialog
          title={`Undo ${undoing.fileName}?`}
          confirmLabel="Undo import"
          danger
          pending={undo.isPending}
          error={undo.error}
          onConfirm={() => undo.mutate(undoing.id)}
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
