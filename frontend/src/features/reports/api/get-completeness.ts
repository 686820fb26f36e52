import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export function completenessQuery(unitId: string, form: string, period: string) {
  return queryOptions({
    queryKey: ['reports', 'completeness', unitId, form, period],
    queryFn: async () => unwrap(await api.GET('/api/v1/reports/completeness', { params: { query: { unitId, form, period } } })),
  });
}

/** Which units directly below have reported, on time or late. */
export function useCompleteness(unitId: string | undefined, form: string, period: string) {
  return useQuery({ ...completenessQuery(unitId ?? '', form, period), enabled: !!unitId });
}
