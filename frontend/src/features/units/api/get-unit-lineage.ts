import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export function unitLineageQuery(id: string) {
  return queryOptions({
    queryKey: ['units', id, 'lineage'],
    queryFn: async () => unwrap(await api.GET('/api/v1/units/{id}/lineage', { params: { path: { id } } })),
  });
}

export function useUnitLineage(id: string) {
  return useQuery(unitLineageQuery(id));
}
