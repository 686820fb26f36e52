import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

/** A unit's own values within a period (every indicator). */
export function unitValuesQuery(unitId: string, period: string) {
  return queryOptions({
    queryKey: ['values', unitId, period],
    queryFn: async () => unwrap(await api.GET('/api/v1/values', { params: { query: { unitId, period, size: 1000 } } })),
  });
}

export function useUnitValues(unitId: string | undefined, period: string) {
  return useQuery({ ...unitValuesQuery(unitId ?? '', period), enabled: Boolean(unitId) });
}
