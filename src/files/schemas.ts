import { z } from 'zod';

export const FileOut = z.object({
  id: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  fileName: z.string(),
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
  createdAt: z.string(),
});

/** A list of attached file ids in a request body. */
export const FileIds = z.array(z.string().min(1).max(100)).max(20);
