import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { type Board, dispatchApi } from './api.js';

/** How often an open board asks whether anything changed (other dispatchers, DAs checking in). */
const POLL_MS = 2000;

/**
 * A station's board for a day, kept current: every couple of seconds it asks the server whether
 * the day's version moved, and only then loads the board again.
 */
export function useBoard(stationId: string, date: string) {
  const queryClient = useQueryClient();
  const key = ['dispatch-board', stationId, date];
  const query = useQuery({
    queryKey: key,
    queryFn: async () => {
      const known = queryClient.getQueryData<Board>(key);
      const res = await dispatchApi.board(stationId, date, known?.version);
      return res.changed ? res : (known as Board);
    },
    enabled: Boolean(stationId),
    refetchInterval: POLL_MS,
  });
  const reload = useCallback(
    () => queryClient.invalidateQueries({ queryKey: ['dispatch-board', stationId, date] }),
    [queryClient, stationId, date],
  );
  return { query, board: query.data, reload };
}
