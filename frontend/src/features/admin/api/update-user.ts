import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';
import type { UserCreate } from './create-user';

/** A merge patch of an account, guarded by the version the screen showed (a stale one is a 412, not a lost edit). */
export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async ({ id, version, patch }: { id: string; version: number; patch: Partial<UserCreate> }) =>
      unwrap(
        await api.PATCH('/api/v1/users/{id}', {
          params: { path: { id }, header: { 'If-Match': `"${version}"` } },
          body: patch as UserCreate,
          headers: { 'Content-Type': 'application/merge-patch+json; charset=UTF-8' },
        }),
      ),
    onSettled: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}
