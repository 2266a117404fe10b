import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, answer, client, onProblem, setCsrfToken } from './api.js';
import type { Me, Permission } from './types.js';

export const ME_KEY = ['me'] as const;

/**
 * Whether this browser signed in and has not signed out since. The session cookie is httpOnly, so
 * the app cannot see it; without this hint every first visit would ask GET /me only to be told 401
 * (an error in the browser console). A stale hint costs one 401; a missing one, one sign-in.
 */
const HINT_KEY = 'stationhand.signedIn';

export function setSignedInHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(HINT_KEY, '1');
    else localStorage.removeItem(HINT_KEY);
  } catch {
    // Storage unavailable (private mode): fall back to asking the server every time.
  }
}

function mayBeSignedIn(): boolean {
  try {
    return localStorage.getItem(HINT_KEY) === '1';
  } catch {
    return true;
  }
}

async function fetchMe(): Promise<Me | null> {
  if (!mayBeSignedIn()) return null;
  try {
    const me = await answer(client.GET('/me'));
    setCsrfToken(me.csrfToken);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      setSignedInHint(false);
      return null;
    }
    throw error;
  }
}

/** Who is signed in: `null` when nobody is, `undefined` while loading. */
export function useMeQuery() {
  return useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000, retry: 1 });
}

/** Paths whose 401/403 answers are the caller's business, not a sign that the session ended. */
const OWN_ANSWERS = new Set(['/auth/login', '/auth/totp', '/me', '/auth/logout']);

/** Keeps the signed-in state honest when any request finds the session gone or 2FA now required. */
export function SessionWatcher({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onProblem((problem, path) => {
        if (OWN_ANSWERS.has(path.split('?')[0] ?? path)) return;
        if (problem.status === 401) {
          setCsrfToken(null);
          setSignedInHint(false);
          queryClient.setQueryData(ME_KEY, null);
        } else if (problem.status === 403) {
          void queryClient.invalidateQueries({ queryKey: ME_KEY });
        }
      }),
    [queryClient],
  );
  return children;
}

export interface Session {
  me: Me;
  can: (permission: Permission) => boolean;
  signOut: () => Promise<void>;
  switchOrg: (orgId: string) => Promise<void>;
  acceptInvitation: (id: string) => Promise<void>;
  declineInvitation: (id: string) => Promise<void>;
  refresh: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSignOut(): () => Promise<void> {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    try {
      await answer(client.POST('/auth/logout'));
    } catch {
      // Signed out already, or the server is away: the local state is cleared either way.
    }
    setCsrfToken(null);
    setSignedInHint(false);
    queryClient.clear();
    queryClient.setQueryData(ME_KEY, null);
    navigate('/login', { replace: true });
  }, [queryClient, navigate]);
}

export function SessionProvider({ me, children }: { me: Me; children: ReactNode }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const signOut = useSignOut();

  const value = useMemo<Session>(() => {
    const perms = new Set(me.permissions);
    /** Opens the org the session is now in (switched to, or just joined), from its home page. */
    const enter = (next: Me) => {
      setCsrfToken(next.csrfToken);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      queryClient.setQueryData(ME_KEY, next);
      navigate(next.role === 'driver' ? '/me' : '/', { replace: true });
    };
    return {
      me,
      can: (permission) => perms.has(permission),
      signOut,
      switchOrg: async (orgId) => enter(await answer(client.POST('/me/org', { body: { orgId } }))),
      acceptInvitation: async (id) =>
        enter(await answer(client.POST('/me/invitations/{id}/accept', { params: { path: { id } } }))),
      declineInvitation: async (id) => {
        await answer(client.POST('/me/invitations/{id}/decline', { params: { path: { id } } }));
        await queryClient.invalidateQueries({ queryKey: ME_KEY });
      },
      refresh: async () => {
        await queryClient.invalidateQueries({ queryKey: ME_KEY });
      },
    };
  }, [me, queryClient, navigate, signOut]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The signed-in person; only inside the signed-in part of the app. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
