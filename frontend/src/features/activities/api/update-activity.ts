import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';
import type { ActivityInput } from './create-activity';

/** A merge patch of the edited fields (null clears one), sent with the version read, so a concurrent edit is a 412. */
export function useUpdateActivity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: Partial<Record<keyof ActivityInput, unknown>> }) =>
      unwrap(
        await api.PATCH('/api/v1/activities/{id}', {
          params: { path: { id }, header: { 'If-Match': `"${version}"` } },
          body: patch as ActivityInput,
          headers: { 'Content-Type': 'application/merge-patch+json' },
        }),
      ),
    onSuccess: () => client.invalidateQueries({ queryKey: ['activities'] }),
  });
}
