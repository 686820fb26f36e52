import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (change: components['schemas']['PasswordChange']) =>
      unwrap(await api.PUT('/api/v1/session/password', { body: change })),
    // The session is no longer flagged: the rest of the application opens.
    onSuccess: () => client.invalidateQueries({ queryKey: ['session'] }),
  });
}
