import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export type ActivityQuery = NonNullable<paths['/api/v1/activities']['get']['parameters']['query']>;

export function activitiesQuery(query: ActivityQuery) {
  return queryOptions({
    queryKey: ['activities', 'list', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/activities', { params: { query } })),
    placeholderData: keepPreviousData,
  });
}

export function useActivities(query: ActivityQuery) {
  return useQuery(activitiesQuery(query));
}
