import type { ReactNode } from 'react';
import { defineMessages, useIntl } from 'react-intl';
import { ErrorNotice } from './notice.js';

const UI_MESSAGES = defineMessages({
  loading: { id: 'ui.loading', defaultMessage: 'Loading…' },
});

export function Loading({ label }: { label?: string }) {
  const t = useIntl().formatMessage;
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t(UI_MESSAGES.loading)}
    </p>
  );
}

function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** Where a list query stands: loading, failed, or answered with nothing to show. */
export function QueryStatus({
  query,
  isEmpty,
  empty,
}: {
  query: { isPending: boolean; isSuccess: boolean; error: unknown };
  isEmpty?: boolean;
  empty?: ReactNode;
}) {
  return (
    <>
      {query.isPending ? <Loading /> : null}
      <ErrorNotice error={query.error} />
      {query.isSuccess && isEmpty ? <EmptyState>{empty}</EmptyState> : null}
    </>
  );
}

/** The next page of a cursor-paged list (`usePagedQuery`), while there is one. */
export function LoadMore({
  query,
}: {
  query: { hasNextPage: boolean; isFetchingNextPage: boolean; fetchNextPage: () => Promise<unknown> };
}) {
  if (!query.hasNextPage) return null;
  return (
    <div className="load-more">
      <button
        type="button"
        className="button-secondary"
        onClick={() => void query.fetchNextPage()}
        disabled={query.isFetchingNextPage}
      >
        {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
      </button>
    </div>
  );
}

export function StatusBadge({
  tone,
  children,
}: {
  tone: 'good' | 'bad' | 'neutral' | 'warn';
  children: ReactNode;
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
