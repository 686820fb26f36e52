import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export function unitQuery(id: string) {
  return queryOptions({
    queryKey: ['units', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/units/{id}', { params: { path: { id } } })),
  });
}

export function useUnit(id: string | undefined) {
  return useQuery({ ...unitQuery(id ?? ''), enabled: Boolean(id) });
}
