import { queryOptions, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export type SummaryQuery = NonNullable<paths['/api/v1/activities/summary']['get']['parameters']['query']>;

export function activitySummaryQuery(query: SummaryQuery) {
  return queryOptions({
    queryKey: ['activities', 'summary', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/activities/summary', { params: { query } })),
  });
}

export function useActivitySummary(query: SummaryQuery) {
  return useQuery(activitySummaryQuery(query));
}
