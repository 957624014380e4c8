import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-error';
import { sessionQueryKey } from './session';

const isClientError = (error: unknown): boolean => error instanceof ApiError && error.status >= 400 && error.status < 500;

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (query.queryKey[0] !== sessionQueryKey[0]) forgetSessionIfExpired(error);
      },
    }),
    mutationCache: new MutationCache({ onError: (error) => forgetSessionIfExpired(error) }),
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });

  // A session that ended elsewhere (sign out everywhere, suspension) shows up as 401 on the next call.
  function forgetSessionIfExpired(error: unknown): void {
    if (error instanceof ApiError && error.code === 'unauthenticated') {
      queryClient.setQueryData(sessionQueryKey, null);
    }
  }

  return queryClient;
}
