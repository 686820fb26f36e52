import { queryOptions, useQuery } from '@tanstack/react-query';
import type { paths } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export type AnalyticsQuery = NonNullable<paths['/api/v1/analytics/values']['get']['parameters']['query']>;

export function analyticsValuesQuery(query: AnalyticsQuery) {
  return queryOptions({
    queryKey: ['analytics', 'values', query],
    queryFn: async () => unwrap(await api.GET('/api/v1/analytics/values', { params: { query } })),
    enabled: Boolean(query.unitId),
  });
}

export function useAnalyticsValues(query: AnalyticsQuery) {
  return useQuery(analyticsValuesQuery(query));
}
