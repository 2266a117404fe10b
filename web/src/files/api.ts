import { api, queryString } from '../app/api.js';

export type FilePurpose = 'document' | 'photo' | 'video';

/** A stored file as the API describes it; records carry these for what is attached to them. */
export interface FileRef {
  id: string;
  contentType: string;
  sizeBytes: number;
  fileName: string;
  url: string;
  thumbnailUrl: string | null;
  createdAt: string;
}

/** Uploads one file; attach it to a record by sending its `id` with that record. */
export function uploadFile(blob: Blob, fileName: string, purpose: FilePurpose, driverId?: string) {
  const form = new FormData();
  form.append('file', blob, fileName);
  return api.post<FileRef>(`/files${queryString({ purpose, driverId })}`, form);
}
