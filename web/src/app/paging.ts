import { type QueryKey, useInfiniteQuery } from '@tanstack/react-query';
import type { Page } from './api.js';

/**
 * A cursor-paged list (pages of `{ items, nextCursor }`): the query, for its state and `LoadMore`,
 * and every item of the pages loaded so far.
 */
export function usePagedQuery<T>(
  queryKey: QueryKey,
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
) {
  const query = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) => fetchPage(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const items = query.data?.pages.flatMap((p) => p.items) ?? [];
  return { query, items };
}
