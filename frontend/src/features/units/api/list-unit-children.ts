import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export function unitChildrenQuery(unitId: string, asOf: string) {
  return queryOptions({
    queryKey: ['units', unitId, 'children', asOf],
    queryFn: async () => {
      return unwrap(
        await api.GET('/api/v1/units/{id}/children', {
          params: { path: { id: unitId }, query: { asOf, size: 1000 } },
        }),
      );
    },
  });
}

export function useUnitChildren(unitId: string, asOf: string, enabled: boolean) {
  return useQuery({ ...unitChildrenQuery(unitId, asOf), enabled });
}
