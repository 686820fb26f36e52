import { useMutation } from '@tanstack/react-query';
import type { components } from '@/api/schema';
import { apiHeaders } from '@/lib/api-client';
import { ApiError, type Problem } from '@/lib/problem';

export type Attachment = components['schemas']['Attachment'];

/** multipart/form-data upload; openapi-fetch has no multipart serialiser, so this uses fetch with the same URL. */
export async function addAttachment(activityId: string, file: File): Promise<Attachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  const res = await fetch(`/api/v1/activities/${encodeURIComponent(activityId)}/attachments`, {
    method: 'POST',
    body: form,
    headers: apiHeaders(),
  });
  const body: unknown = await res.json();
  if (!res.ok) throw new ApiError(body as Problem);
  return body as Attachment;
}

export function useAddAttachment() {
  return useMutation({ mutationFn: ({ activityId, file }: { activityId: string; file: File }) => addAttachment(activityId, file) });
}
