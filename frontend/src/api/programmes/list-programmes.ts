import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export function programmesQuery(activeOn?: string) {
  return queryOptions({
    queryKey: ['programmes', activeOn ?? 'all'],
    queryFn: async () => unwrap(await api.GET('/api/v1/programmes', { params: { query: { activeOn, size: 1000 } } })),
    staleTime: 10 * 60_000,
  });
}

export function useProgrammes(activeOn?: string) {
  return useQuery(programmesQuery(activeOn));
}
