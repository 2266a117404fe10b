import { type SelectQueryBuilder, sql } from 'kysely';
import { decodeCursor, type Page, toPage } from '../shared/pagination.js';

/**
 * One page of a single-table query, newest first by (`created_at`, `id`): the cursor is the last row's
 * `created_at|id`, so rows written meanwhile never shift a page (keyset, not offset, paging).
 */
export async function newestFirstPage<
  DB,
  TB extends keyof DB,
  O extends { created_at: string; id: string },
  T,
>(
  query: SelectQueryBuilder<DB, TB, O>,
  page: { limit: number; cursor?: string | undefined },
  map: (row: O) => T,
): Promise<Page<T>> {
  let q = query;
  const [createdAt, id] = decodeCursor(page.cursor)?.split('|') ?? [];
  if (createdAt && id) {
    const at = sql.ref('created_at');
    q = q.where(sql<boolean>`(${at} < ${createdAt} or (${at} = ${createdAt} and ${sql.ref('id')} < ${id}))`);
  }
  const rows = await q
    .orderBy(sql.ref('created_at'), 'desc')
    .orderBy(sql.ref('id'), 'desc')
    .limit(page.limit + 1)
    .execute();
  return toPage(rows as O[], page.limit, (r) => `${r.created_at}|${r.id}`, map);
}
