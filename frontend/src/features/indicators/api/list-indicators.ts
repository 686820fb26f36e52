import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export function indicatorsQuery(q?: string) {
  return queryOptions({
    queryKey: ['indicators', q ?? ''],
    queryFn: async () => unwrap(await api.GET('/api/v1/indicators', { params: { query: { q, size: 1000 } } })),
  });
}

export function useIndicators(q?: string) {
  return useQuery(indicatorsQuery(q));
}
