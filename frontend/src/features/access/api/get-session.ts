import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export const sessionQuery = queryOptions({
  queryKey: ['session'],
  queryFn: async () => unwrap(await api.GET('/api/v1/session')),
  retry: false,
  staleTime: 5 * 60_000,
});

/** Who is signed in; an error (401) means nobody. */
export function useSession() {
  return useQuery(sessionQuery);
}
