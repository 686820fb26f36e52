import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { api } from '@/lib/api-client';
import { unwrap } from '@/lib/problem';

export type ValueInput = components['schemas']['ValueInput'];

export function useUpsertValues() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (values: ValueInput[]) => unwrap(await api.PUT('/api/v1/values', { body: { values } })),
    onSuccess: () => client.invalidateQueries({ queryKey: ['values'] }),
  });
}
