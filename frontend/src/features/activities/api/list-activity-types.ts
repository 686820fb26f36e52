import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export function activityTypesQuery() {
  return queryOptions({
    queryKey: ['activity-types'],
    queryFn: async () => unwrap(await api.GET('/api/v1/activity-types', { params: { query: { active: true } } })),
    staleTime: 10 * 60_000,
  });
}

export function useActivityTypes() {
  return useQuery(activityTypesQuery());
}
