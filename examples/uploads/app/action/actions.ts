'use server';

import { revalidatePath } from 'next/cache';
import { actionMaxBytes, saveUpload, sha256, uploadMeta } from '@/lib/uploads';

export type UploadState = { status: 'idle' } | { status: 'uploaded' | 'error'; message: string };

// The whole multipart body has arrived by the time this runs (up to bodySizeLimit in next.config.ts).
export async function uploadAction(_prev: UploadState, formData: FormData): Promise<UploadState> {
  const file = formData.get('file');
  if (!(file instanceof File) || file.size === 0) return { status: 'error', message: 'Choose a file to upload.' };
  const meta = uploadMeta.safeParse({ name: file.name, type: file.type });
  if (!meta.success) return { status: 'error', message: meta.error.issues[0]!.message };
  if (file.size > actionMaxBytes) return { status: 'error', message: 'The file is larger than 1 MB.' };
  const bytes = Buffer.from(await file.arrayBuffer());
  const upload = saveUpload(meta.data, bytes.byteLength, sha256().update(bytes).digest('hex'), 'action');
  revalidatePath('/action');
  return { status: 'uploaded', message: `Uploaded ${upload.name} (${upload.size} bytes).` };
}
