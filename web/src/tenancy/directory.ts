import { useQuery } from '@tanstack/react-query';
import { useSession } from '../app/auth.js';
import { type Member, tenancyApi } from './api.js';

/** Names of the people in the org (first 500), to show "who" instead of an id. */
export function useDirectory(): {
  members: Member[];
  nameOf: (id: string | null | undefined) => string | undefined;
} {
  const { can } = useSession();
  const members = useQuery({
    queryKey: ['users', 'directory'],
    queryFn: () => tenancyApi.users({ limit: 500 }),
    enabled: can('users.read'),
    staleTime: 60_000,
  });
  const items = members.data?.items ?? [];
  return {
    members: items,
    nameOf: (id) => (id ? items.find((m) => m.id === id)?.name : undefined),
  };
}
