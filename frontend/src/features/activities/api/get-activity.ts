import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export function activityQuery(id: string) {
  return queryOptions({
    queryKey: ['activities', id],
    queryFn: async () => unwrap(await api.GET('/api/v1/activities/{id}', { params: { path: { id } } })),
  });
}

export function useActivity(id: string) {
  return useQuery(activityQuery(id));
}
