import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export function unitTargetsQuery(unitId: string, period: string) {
  return queryOptions({
    queryKey: ['targets', unitId, period],
    queryFn: async () => unwrap(await api.GET('/api/v1/targets', { params: { query: { unitId, period, size: 1000 } } })),
  });
}

export function useUnitTargets(unitId: string | undefined, period: string) {
  return useQuery({ ...unitTargetsQuery(unitId ?? '', period), enabled: Boolean(unitId) });
}
