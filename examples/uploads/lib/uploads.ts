// Shared rules and storage for uploads. Files are hashed and measured; a real app would stream to object storage.
import { createHash } from 'node:crypto';
import { z } from 'zod';

export const allowedTypes = ['image/png', 'image/jpeg', 'text/plain'] as const;
export const actionMaxBytes = 1024 * 1024; // 1 MB through a Server Action
export const handlerMaxBytes = 5 * 1024 * 1024; // 5 MB through the streaming Route Handler

export const uploadMeta = z.object({
  name: z.string().trim().min(1, 'The file needs a name.').max(120, 'Keep the file name under 120 characters.'),
  type: z.enum(allowedTypes, { error: `Upload a PNG, JPEG or plain-text file.` }),
});

export interface Upload {
  id: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  via: 'action' | 'handler';
}

const uploads = ((globalThis as { __uploads?: Upload[] }).__uploads ??= []);

export const listUploads = () => [...uploads];

export function saveUpload(meta: z.infer<typeof uploadMeta>, size: number, sha256: string, via: Upload['via']): Upload {
  const upload = { id: `up_${uploads.length + 1}`, ...meta, size, sha256, via };
  uploads.push(upload);
  return upload;
}

export const formatSize = (bytes: number) => (bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`);
export const sha256 = () => createHash('sha256');
