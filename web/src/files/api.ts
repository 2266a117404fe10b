import { type Answer, answer, client, formBody } from '../app/api.js';

export type FilePurpose = 'document' | 'photo' | 'video';

/** A stored file as the API describes it; records carry these for what is attached to them. */
export type FileRef = Answer<'/files', 'post'>;

/** Uploads one file; attach it to a record by sending its `id` with that record. */
export function uploadFile(blob: Blob, fileName: string, purpose: FilePurpose, driverId?: string) {
  const form = new FormData();
  form.append('file', blob, fileName);
  return answer(client.POST('/files', { params: { query: { purpose, driverId } }, ...formBody(form) }));
}
