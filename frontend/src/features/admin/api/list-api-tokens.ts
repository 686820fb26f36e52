import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export const apiTokensQuery = queryOptions({
  queryKey: ['api-tokens'],
  queryFn: async () => unwrap(await api.GET('/api/v1/api-tokens')),
});

/** The signed-in person's own API tokens (never their secrets). */
export function useApiTokens() {
  return useQuery(apiTokensQuery);
}
