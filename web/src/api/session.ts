import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { ZSessionInfo, apiPaths, type SessionInfo, type User } from '@alumni/shared';
import { ApiError } from './api-error';
import { rememberCsrfToken, request } from './client';

export const sessionQueryKey = ['session'] as const;

/** The signed-in session, or null when nobody is signed in. */
export async function getSession(): Promise<SessionInfo | null> {
  try {
    const session = await request(apiPaths.session, { schema: ZSessionInfo });
    rememberCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const sessionQueryOptions = () =>
  queryOptions({ queryKey: sessionQueryKey, queryFn: getSession, staleTime: 5 * 60_000 });

export const useSession = () => useQuery(sessionQueryOptions());

export function useSessionUser(): User | null {
  const { data } = useSession();
  return data?.user ?? null;
}

/** Replaces the session after sign-in or sign-out; on sign-out every other cached answer goes too. */
export function storeSession(queryClient: QueryClient, session: SessionInfo | null): void {
  if (session) {
    rememberCsrfToken(session.csrfToken);
  } else {
    rememberCsrfToken(null);
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
  }
  queryClient.setQueryData(sessionQueryKey, session);
}

export function useStoreSession(): (session: SessionInfo | null) => void {
  const queryClient = useQueryClient();
  return useCallback((session: SessionInfo | null) => storeSession(queryClient, session), [queryClient]);
}

/** Updates the signed-in user in the cached session, for answers that return only the user. */
export function useStoreUser(): (user: User) => void {
  const queryClient = useQueryClient();
  return useCallback(
    (user: User) => {
      queryClient.setQueryData<SessionInfo | null>(sessionQueryKey, (current) => (current ? { ...current, user } : current));
    },
    [queryClient],
  );
}
