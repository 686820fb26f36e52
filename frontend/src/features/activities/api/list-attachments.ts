import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export function attachmentsQuery(activityId: string) {
  return queryOptions({
    queryKey: ['activities', activityId, 'attachments'],
    queryFn: async () => unwrap(await api.GET('/api/v1/activities/{activityId}/attachments', { params: { path: { activityId } } })),
  });
}

export function useAttachments(activityId: string) {
  return useQuery(attachmentsQuery(activityId));
}
