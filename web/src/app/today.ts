import { useQuery } from '@tanstack/react-query';
import { type Answer, answer, client } from './api.js';

export type Today = Answer<'/today', 'get'>;
export type TodayLine = Today['items'][number];

/** Today's work: the office's (`/today`) or a DA's own (`/me/today`), refreshed every minute. */
export function useToday(who: 'staff' | 'driver', enabled = true) {
  return useQuery({
    queryKey: ['today', who],
    queryFn: () => answer(who === 'staff' ? client.GET('/today') : client.GET('/me/today')),
    refetchInterval: 60_000,
    enabled,
  });
}
