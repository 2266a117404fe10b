// The files slice's tables, assembled into `Database` by src/db/schema.ts.

export type FilePurpose = 'document' | 'photo' | 'video';

export interface FilesTable {
  org_id: string;
  id: string;
  purpose: FilePurpose;
  /** Sniffed from the bytes, never taken from the client. */
  content_type: string;
  size_bytes: number;
  sha256: string;
  file_name: string;
  storage_key: string;
  thumbnail_key: string | null;
  /** The DA the file concerns; that DA may read it. */
  driver_id: string | null;
  uploaded_by: string | null;
  created_at: string;
}
