import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export type ReportAction = 'submit' | 'approve' | 'return' | 'reopen';

/** Moves a report along the workflow; return and reopen carry the reason. */
export function useReportTransition() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, action, reason }: { id: string; action: ReportAction; reason?: string }) => {
      const path = { params: { path: { id } } };
      switch (action) {
        case 'submit':
          return unwrap(await api.POST('/api/v1/reports/{id}/submit', path));
        case 'approve':
          return unwrap(await api.POST('/api/v1/reports/{id}/approve', path));
        case 'return':
          return unwrap(await api.POST('/api/v1/reports/{id}/return', { ...path, body: { reason } }));
        default:
          return unwrap(await api.POST('/api/v1/reports/{id}/reopen', { ...path, body: { reason } }));
      }
    },
    onSettled: () => client.invalidateQueries({ queryKey: ['reports'] }),
  });
}
