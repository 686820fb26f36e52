import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/v1/session');
    },
    // Nothing of the previous user stays in memory, not even what a screen held: the page starts afresh (and the
    // sign-in page is not taken for a session that expired mid-work, which keeps the screen).
    onSettled: () => {
      client.clear();
      window.location.assign('/');
    },
  });
}
