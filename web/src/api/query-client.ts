import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiProblem } from './problem';

const signedOut = (err: unknown) => err instanceof ApiProblem && err.status === 401;

/** Server state for the whole app. A 401 anywhere means the session ended: the session query learns it, and the app goes to sign-in. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (err) => signedOut(err) && client.setQueryData(['session'], null) }),
    mutationCache: new MutationCache({ onError: (err) => signedOut(err) && client.setQueryData(['session'], null) }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (count, err) => !(err instanceof ApiProblem && err.status < 500) && count < 2,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
  return client;
}
