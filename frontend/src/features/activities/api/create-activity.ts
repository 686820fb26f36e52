import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export type ActivityInput = components['schemas']['ActivityInput'];

export function useCreateActivity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: ActivityInput) => unwrap(await api.POST('/api/v1/activities', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['activities'] }),
  });
}
